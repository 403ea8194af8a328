package io.infrakit.oneview.cli;

import io.infrakit.oneview.client.transport.ApplianceAddress;
import io.infrakit.oneview.simulator.OneViewSimulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OneView simulator the plugin starts for itself when the {@code oneview} provider has no appliance to talk to:
 * HTTPS on a loopback port derived from the plugin name, a random password and a random admin token made at each
 * start. The password, the certificate and the admin token reach the provider (and the plugin's owner) only through
 * owner-only files in an owner-only folder, removed when the plugin stops; in-process callers get them from
 * {@link #simulator()}.
 */
final class EmbeddedAppliance implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedAppliance.class);

    private static final int FIRST_STABLE_PORT = 20000;
    private static final int STABLE_PORTS = 10000;

    private final OneViewSimulator simulator;
    private final Path folder;

    private EmbeddedAppliance(OneViewSimulator simulator, Path folder) {
        this.simulator = simulator;
        this.folder = folder;
    }

    /**
     * Tells whether the plugin must start a simulator: the provider is {@code oneview} and neither a flag, a
     * setting, a credentials file nor {@code OV_ADDRESS} names an appliance.
     */
    static boolean needed(String provider, Map<String, String> settings, Map<String, String> environment) {
        return provider.equals("oneview") && !settings.containsKey("address")
                && !settings.containsKey("credentials-file")
                && (environment.get("OV_ADDRESS") == null || environment.get("OV_ADDRESS").isBlank());
    }

    /**
     * Starts the simulator and adds the connection settings that point the provider at it.
     *
     * @param settings          the provider settings, completed in place
     * @param earlierInstances  how many instances of an earlier run's simulator the state holds
     *                          ({@link SimulatorStateCheck}): with some, the simulator must get its stable port again
     * @throws StartupException when the stable port is taken and the state holds instances made on it
     */
    static EmbeddedAppliance start(String pluginName, Map<String, String> settings, int earlierInstances)
            throws IOException {
        OneViewSimulator simulator = startOnStablePort(pluginName, earlierInstances);
        Path folder = null;
        try {
            folder = Files.createTempDirectory("infrakit-oneview-simulator",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path ca = ownerOnlyFile(folder.resolve("ca.pem"), simulator.certificatePem().orElseThrow());
            Path password = ownerOnlyFile(folder.resolve("password"), simulator.password());
            ownerOnlyFile(folder.resolve("admin-token"), simulator.adminToken());
            settings.put("address", simulator.baseUri().toString());
            settings.put("username", simulator.userName());
            settings.put("password-file", password.toString());
            settings.put("ca-bundle", ca.toString());
        } catch (IOException | RuntimeException e) {
            simulator.close();
            deleteFolder(folder);
            throw e;
        }
        LOG.warn("No OneView appliance configured (--ov-address, --ov-credentials-file or OV_ADDRESS): serving "
                + "the embedded OneView simulator at {} ({} servers). Instances are simulated servers.",
                simulator.baseUri(), simulator.servers().size());
        LOG.info("The embedded simulator's password, certificate and admin token are in {} (owner only, removed when "
                + "the plugin stops)", folder);
        return new EmbeddedAppliance(simulator, folder);
    }

    /** @return the running simulator: its address, user name, password, certificate and admin token */
    OneViewSimulator simulator() {
        return simulator;
    }

    /** @return the owner-only folder of {@code ca.pem}, {@code password} and {@code admin-token} */
    Path folder() {
        return folder;
    }

    /**
     * The port is derived from the plugin name, so that a restarted plugin finds its previous simulated appliance at
     * the same address: its instances are then reported gone (a new simulator has a new inventory) and InfraKit
     * replaces them, instead of every describe failing on an appliance nobody serves any more. The port is no
     * secret: the password and the admin token are.
     */
    static int stablePort(String pluginName) {
        return FIRST_STABLE_PORT + Math.floorMod(pluginName.hashCode(), STABLE_PORTS);
    }

    /**
     * @param appliance the appliance a stored machine names
     * @return whether it is where this plugin's embedded simulator listens: HTTPS on loopback at the stable port
     */
    static boolean isEmbeddedAddress(String pluginName, ApplianceAddress appliance) {
        return appliance.isHttps() && appliance.isLoopback() && appliance.effectivePort() == stablePort(pluginName);
    }

    private static OneViewSimulator startOnStablePort(String pluginName, int earlierInstances) {
        int port = stablePort(pluginName);
        try {
            return OneViewSimulator.builder().port(port).start();
        } catch (IllegalStateException e) {
            if (earlierInstances > 0) {
                throw new StartupException("the embedded OneView simulator cannot listen on its port " + port + " ("
                        + e.getMessage() + "), and the state holds " + earlierInstances + " instance(s) made on the "
                        + "simulator of an earlier run there: on another port they could never be checked. Stop what "
                        + "listens on port " + port + ", or start with another --state (this one was not changed)", e);
            }
            LOG.warn("Port {} is taken ({}); the embedded simulator takes a free port instead", port, e.getMessage());
            return OneViewSimulator.builder().start();
        }
    }

    private static Path ownerOnlyFile(Path file, String content) throws IOException {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        return Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.WRITE);
    }

    @Override
    public void close() {
        try {
            simulator.close();
        } finally {
            deleteFolder(folder);
        }
    }

    private static void deleteFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", folder, e.getMessage());
        }
    }
}
