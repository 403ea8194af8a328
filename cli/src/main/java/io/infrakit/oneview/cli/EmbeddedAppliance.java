package io.infrakit.oneview.cli;

import io.infrakit.oneview.simulator.OneViewSimulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OneView simulator the plugin starts for itself when the {@code oneview} provider has no appliance to talk to:
 * HTTPS on a loopback port, its certificate and password handed to the provider through owner-only files that
 * are removed when the plugin stops.
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
     * @param settings the provider settings, completed in place
     */
    static EmbeddedAppliance start(String pluginName, Map<String, String> settings) throws IOException {
        OneViewSimulator simulator = startOnStablePort(pluginName);
        Path folder = null;
        try {
            folder = Files.createTempDirectory("infrakit-oneview-simulator",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path ca = folder.resolve("ca.pem");
            Files.writeString(ca, simulator.certificatePem().orElseThrow(), StandardCharsets.US_ASCII);
            Path password = folder.resolve("password");
            Files.writeString(password, simulator.password(), StandardCharsets.UTF_8);
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
        return new EmbeddedAppliance(simulator, folder);
    }

    /**
     * The port is derived from the plugin name, so that a restarted plugin finds its previous simulated appliance at
     * the same address: its instances are then reported gone (a new simulator has a new inventory) and InfraKit
     * replaces them, instead of every describe failing on an appliance nobody serves any more.
     */
    static int stablePort(String pluginName) {
        return FIRST_STABLE_PORT + Math.floorMod(pluginName.hashCode(), STABLE_PORTS);
    }

    private static OneViewSimulator startOnStablePort(String pluginName) {
        int port = stablePort(pluginName);
        try {
            return OneViewSimulator.builder().port(port).start();
        } catch (IllegalStateException e) {
            LOG.warn("Port {} is taken ({}); the embedded simulator takes a free port instead. Instances made on an "
                    + "earlier run's simulator cannot be checked on it: if describes fail, start with a fresh --state",
                    port, e.getMessage());
            return OneViewSimulator.builder().start();
        }
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
