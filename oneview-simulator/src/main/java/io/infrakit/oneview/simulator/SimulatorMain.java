package io.infrakit.oneview.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * Runs the simulator standalone until the JVM is stopped (Ctrl-C).
 *
 * <p>{@link #run(String[])} returns an exit code instead of exiting, so a CLI can embed it as a sub-command:
 * 0 after a normal stop or {@code --help}, 1 when the simulator cannot start, 2 on a usage error.
 * {@code java -cp ... io.infrakit.oneview.simulator.SimulatorMain --help} lists the options.
 */
public final class SimulatorMain {

    static final String USAGE = String.join("\n",
            "Usage: simulator [options]",
            "",
            "Runs an HPE OneView appliance simulator until stopped with Ctrl-C.",
            "",
            "Server:",
            "  --port N                 TCP port, 0 for an ephemeral one (default 8443)",
            "  --bind ADDRESS           address to listen on (default 127.0.0.1)",
            "  --http                   plain HTTP instead of HTTPS with a self-signed certificate",
            "  --cert-out FILE          write the self-signed certificate (PEM) to FILE",
            "  --min-api-version N      lowest accepted X-API-Version (default "
                    + OneViewSimulator.DEFAULT_MINIMUM_API_VERSION + ")",
            "  --api-version N          highest accepted X-API-Version, the currentVersion (default "
                    + OneViewSimulator.DEFAULT_CURRENT_API_VERSION + ")",
            "  --max-page-size N        largest page of a collection GET (default "
                    + OneViewSimulator.DEFAULT_MAX_PAGE_SIZE + ")",
            "  --max-sessions N         live sessions allowed per client address, 0 for no limit (default 0)",
            "",
            "Access (the password and the admin token are made at random at each start):",
            "  --user NAME              accepted user name (default " + OneViewSimulator.DEFAULT_USER_NAME + ")",
            "  --password PASSWORD      accepted password instead of a random one (other users can read",
            "                           command lines: prefer the random one and --credentials-out)",
            "  --credentials-out FILE   write address, username and password to FILE (mode 600): the",
            "                           plugin's --ov-credentials-file; the banner then omits the password",
            "  --admin-token-out FILE   write the admin API's token to FILE (mode 600); the banner then",
            "                           omits it. Admin requests send 'Authorization: Bearer <token>'",
            "  --no-admin               switch the admin API (/admin/...) off",
            "",
            "Inventory:",
            "  --enclosure-groups N     enclosure groups (default 1)",
            "  --enclosures N           enclosures per group (default 3)",
            "  --bays N                 bays per enclosure, 1-64 (default 8)",
            "  --hardware-types A,B,..  hardware type names (default \"SY 480 Gen10 1,SY 660 Gen10 1\");",
            "                           when given, one template \"<type> Template\" per type in EG1",
            "  --powered-on PERCENT     percentage of servers initially powered on (default 0)",
            "  --rack-servers N         rack servers, no enclosure and no bay (default 2)",
            "  --uniform                every bay a free blade, no rack servers (default: an empty bay",
            "                           and servers in ProfileError, Monitored, UpdatingFirmware,",
            "                           maintenance and Warning, as on a real appliance)",
            "  --no-deployment-server   no OS deployment server (Image Streamer): no OS deployment",
            "                           plans, profiles naming one are refused (default: one, with",
            "                           the plans 'InfraKit Linux', 'RHEL 8 Web Server', 'Empty OS Volume')",
            "  --seed N                 seed for ids, initial power states and random faults (default 42)",
            "",
            "Timing (durations like 500ms, 2s, 5m, 24h or PT2S):",
            "  --task-duration D        server-profile task duration (default 2s)",
            "  --power-duration D       power task duration (default 1s)",
            "  --session-timeout D      session idle timeout (default 24h)",
            "  --manual-clock           freeze time; advance it with POST /admin/clock/advance",
            "",
            "  -h, --help               print this help and exit",
            "");

    private SimulatorMain() {
    }

    /**
     * Runs the simulator and exits the JVM with the code of {@link #run(String[])}.
     *
     * @param args command-line options, see {@code --help}
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the simulator on {@code System.out} / {@code System.err} until the JVM shuts down or the calling thread
     * is interrupted.
     *
     * @param args command-line options, see {@code --help}
     * @return 0 after a normal stop or {@code --help}, 1 when the simulator cannot start, 2 on a usage error
     */
    public static int run(String[] args) {
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(stop::countDown, "oneview-simulator-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return run(args, System.out, System.err, sim -> { }, stop);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // the JVM is shutting down
            }
        }
    }

    /**
     * Testable core: starts, reports, waits for {@code stop} (or an interrupt), closes.
     */
    static int run(String[] args, PrintStream out, PrintStream err, Consumer<OneViewSimulator> started,
                   CountDownLatch stop) {
        SimulatorOptions options;
        try {
            options = SimulatorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("simulator: " + e.getMessage());
            err.println("Run with --help for the options.");
            return 2;
        }
        if (options.help()) {
            out.print(USAGE);
            return 0;
        }
        OneViewSimulator sim;
        try {
            sim = options.builder().start();
        } catch (RuntimeException e) {
            err.println("simulator: cannot start: " + e.getMessage());
            return 1;
        }
        try (sim) {
            Path certOut = options.certOut();
            if (certOut != null && sim.certificatePem().isPresent()) {
                try {
                    Files.writeString(certOut, sim.certificatePem().get(), StandardCharsets.US_ASCII);
                } catch (IOException e) {
                    err.println("simulator: cannot write the certificate to " + certOut + ": " + e.getMessage());
                    return 1;
                }
            }
            if (!writeSecret(options.credentialsOut(), credentialsFile(sim), "the credentials", err)
                    || !writeSecret(options.adminTokenOut(), sim.isAdminApiEnabled() ? sim.adminToken() : null,
                    "the admin token", err)) {
                return 1;
            }
            printBanner(out, sim, options);
            started.accept(sim);
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.println("OneView simulator stopped.");
        return 0;
    }

    /** @return false, having said why, when the file cannot be written */
    private static boolean writeSecret(Path file, String content, String what, PrintStream err) {
        if (file == null || content == null) {
            return true;
        }
        try {
            PrivateFile.write(file, content);
            return true;
        } catch (IOException e) {
            err.println("simulator: cannot write " + what + " to " + file + ": " + e);
            return false;
        }
    }

    /** A properties file as the plugin's {@code --ov-credentials-file} reads it. */
    private static String credentialsFile(OneViewSimulator sim) {
        Properties p = new Properties();
        p.setProperty("address", sim.baseUri().toString());
        p.setProperty("username", sim.userName());
        p.setProperty("password", sim.password());
        StringWriter text = new StringWriter();
        try {
            p.store(text, "OneView simulator at " + sim.baseUri());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void printBanner(PrintStream out, OneViewSimulator sim, SimulatorOptions options) {
        Path certOut = options.certOut();
        InventorySpec inv = sim.inventory();
        int enclosures = inv.enclosureGroups() * inv.enclosuresPerGroup();
        out.println("OneView simulator listening on " + sim.baseUri());
        out.println("  credentials:  " + sim.userName() + " / " + (options.credentialsOut() != null
                ? "(password written to " + options.credentialsOut() + ")" : sim.password()));
        out.println("  API versions: " + sim.minimumApiVersion() + " to " + sim.currentApiVersion());
        out.println("  inventory:    " + inv.populatedServerCount() + " servers (" + (inv.populatedServerCount()
                - inv.rackServers()) + " blades in " + enclosures * inv.baysPerEnclosure() + " bays of " + enclosures
                + " enclosures, " + inv.enclosureGroups() + " enclosure groups; " + inv.rackServers()
                + " rack servers; " + inv.conditions().size() + " bays in a special condition), "
                + inv.hardwareTypes().size() + " blade hardware types, " + inv.templates().size() + " templates, "
                + (inv.deploymentServer() ? inv.osDeploymentPlans().size() + " OS deployment plans"
                : "no OS deployment server"));
        out.println("  tasks:        profile " + sim.taskDuration() + ", power " + sim.powerTaskDuration()
                + (sim.clock() instanceof ManualClock ? " (manual clock)" : ""));
        out.println("  admin API:    " + (!sim.isAdminApiEnabled() ? "off"
                : sim.baseUri() + "/admin/status, header 'Authorization: Bearer " + (options.adminTokenOut() != null
                ? "<token written to " + options.adminTokenOut() + ">" : sim.adminToken()) + "'"));
        if (sim.isHttps()) {
            out.println("  certificate:  self-signed" + (certOut != null ? ", written to " + certOut
                    : "; use --cert-out FILE to save it"));
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }

    /**
     * Parses {@code 500ms}, {@code 2s}, {@code 5m}, {@code 24h}, or an ISO-8601 duration such as {@code PT2S}.
     */
    static Duration parseDuration(String v) {
        return SimulatorOptions.parseDuration(v);
    }
}
