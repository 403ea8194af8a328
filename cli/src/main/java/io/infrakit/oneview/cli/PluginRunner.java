package io.infrakit.oneview.cli;

import io.infrakit.oneview.engine.ProviderInstancePlugin;
import io.infrakit.oneview.rpc.RpcServer;
import io.infrakit.oneview.rpc.RpcServerLimits;
import io.infrakit.oneview.rpc.RunningRpcServer;
import io.infrakit.oneview.rpc.Vendor;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.provider.InstanceProvider;
import io.infrakit.oneview.spi.provider.InstanceProviderFactory;
import io.infrakit.oneview.spi.provider.ProviderContext;
import io.infrakit.oneview.spi.provider.Providers;
import io.infrakit.oneview.store.FileStateStore;
import io.infrakit.oneview.store.StateStore;
import io.infrakit.oneview.store.StateStoreException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the plugin: composes provider, state store, engine and RPC server, and serves until SIGTERM/SIGINT. */
final class PluginRunner {

    private static final Logger LOG = LoggerFactory.getLogger(PluginRunner.class);

    private final ServeOptions options;
    private final PluginPaths paths;
    private final PrintStream err;
    private final Map<String, String> environment;

    PluginRunner(ServeOptions options, PluginPaths paths, PrintStream err) {
        this(options, paths, err, System.getenv());
    }

    PluginRunner(ServeOptions options, PluginPaths paths, PrintStream err, Map<String, String> environment) {
        this.options = options;
        this.paths = paths;
        this.err = err;
        this.environment = environment;
    }

    static String providerNames() {
        return Providers.all().stream().map(f -> f.name() + " (" + f.description() + ")")
                .collect(Collectors.joining(", "));
    }

    /** Serves until the process is asked to stop; returns the exit status. */
    int run() {
        Level level;
        try {
            level = LogLevels.of(options.log);
        } catch (IllegalArgumentException e) {
            err.println("Error: " + e.getMessage());
            return 2;
        }
        Configurator.setRootLevel(level);
        RunningPlugin plugin;
        try {
            plugin = start();
        } catch (UsageException e) {
            err.println("Error: " + e.getMessage());
            LogManager.shutdown();
            return 2;
        } catch (StartupException | InstancePluginException | StateStoreException | IllegalArgumentException e) {
            LOG.error("Cannot start: {}", e.getMessage());
            err.println("Error: " + e.getMessage());
            LogManager.shutdown();
            return 1;
        } catch (IOException e) {
            LOG.error("Cannot start", e);
            err.println("Error: " + e);
            LogManager.shutdown();
            return 1;
        }
        Thread hook = new Thread(() -> {
            LOG.info("Stopping: finishing requests in flight");
            plugin.close();
            LOG.info("Stopped");
            LogManager.shutdown();
        }, "shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        plugin.awaitTermination();
        return 0;
    }

    /**
     * Starts the plugin and returns once it listens.
     *
     * @return the running plugin
     * @throws StartupException when it cannot start; nothing is left behind
     */
    RunningPlugin start() throws IOException {
        String name = options.name;
        if (name.isEmpty() || name.contains("/") || name.startsWith(".")) {
            throw new UsageException("--name must be a plain file name (no '/', not starting with '.'), got '"
                    + name + "'");
        }
        InstanceProviderFactory factory;
        RpcServerLimits limits;
        try {
            factory = Providers.named(options.provider);
            limits = RpcServerLimits.builder()
                    .maxConnections(options.maxConnections)
                    .maxBodyBytes(options.maxBody)
                    .idleTimeout(Duration.ofSeconds(options.idleTimeoutSeconds))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String permissions = socketPermissions();
        Map<String, String> settings = providerSettings();
        Path socket = paths.socket(name);
        Path pidFile = paths.pidFile(name);
        createPrivateDirectories(paths.pluginsDir());
        SocketGuard.claim(socket);
        Path stateFile = options.state != null ? options.state : paths.defaultStateFile(name);
        LOG.info("Starting {} with provider '{}'", name, factory.name());
        LOG.info("State file: {}", stateFile);
        StateStore store = FileStateStore.open(stateFile);
        EmbeddedAppliance appliance = null;
        InstanceProvider provider;
        try {
            if (EmbeddedAppliance.needed(factory.name(), settings, environment)) {
                appliance = EmbeddedAppliance.start(name, settings);
            }
            provider = factory.create(new ProviderContext(name, settings, environment, paths.home()));
        } catch (IOException | RuntimeException e) {
            closeAll(appliance, store);
            throw e;
        }
        ProviderInstancePlugin engine;
        try {
            engine = ProviderInstancePlugin.builder().provider(provider).store(store).build();
        } catch (RuntimeException e) {
            closeAll(provider, store, appliance);
            throw e;
        }
        RunningRpcServer server = null;
        try {
            server = RpcServer.builder()
                    .socket(socket)
                    .plugin(engine)
                    .vendor(Vendor.of("infrakit-instance-oneview", VersionCommand.version()))
                    .limits(limits)
                    .build()
                    .start();
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString(permissions));
            PidFile.write(pidFile, ProcessHandle.current().pid());
        } catch (IOException | RuntimeException e) {
            if (server != null) {
                closeAll(server);
                Files.deleteIfExists(pidFile);
            }
            closeAll(engine, appliance);
            throw e;
        }
        LOG.info("Listening on {}", socket);
        return new RunningPlugin(server, engine, appliance, socket, pidFile);
    }

    private Map<String, String> providerSettings() {
        Map<String, String> settings = new HashMap<>();
        for (String pair : options.settings) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--set expects KEY=VALUE, got '" + pair + "'");
            }
            settings.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        putIfGiven(settings, "dir", options.dir);
        putIfGiven(settings, "address", options.ovAddress);
        putIfGiven(settings, "username", options.ovUsername);
        putIfGiven(settings, "password-file", options.ovPasswordFile);
        putIfGiven(settings, "credentials-file", options.ovCredentialsFile);
        putIfGiven(settings, "login-domain", options.ovLoginDomain);
        putIfGiven(settings, "ca-bundle", options.ovCaBundle);
        putIfGiven(settings, "pinned-certificate-sha256", options.ovPinnedCertificateSha256);
        putIfGiven(settings, "api-version", options.ovApiVersion);
        if (options.ovInsecure) {
            settings.put("insecure", "true");
        }
        return settings;
    }

    /** Closes each non-null resource, all of them even when one fails. */
    private static void closeAll(AutoCloseable... resources) {
        for (AutoCloseable resource : resources) {
            if (resource != null) {
                try {
                    resource.close();
                } catch (Exception e) {
                    LOG.warn("Closing {} failed: {}", resource.getClass().getSimpleName(), e.toString());
                }
            }
        }
    }

    private static void putIfGiven(Map<String, String> settings, String key, Object value) {
        if (value != null) {
            settings.put(key, value.toString());
        }
    }

    private String socketPermissions() {
        int mode;
        try {
            mode = Integer.parseInt(options.socketMode, 8);
        } catch (NumberFormatException e) {
            throw new UsageException("--socket-mode must be octal permissions such as 600 or 660, got '"
                    + options.socketMode + "'");
        }
        if (mode < 0 || mode > 0777 || (mode & 0600) != 0600) {
            throw new UsageException("--socket-mode must keep read and write for the owner (like 600 or 660), got '"
                    + options.socketMode + "'");
        }
        StringBuilder rwx = new StringBuilder();
        for (int shift = 6; shift >= 0; shift -= 3) {
            int bits = (mode >> shift) & 7;
            rwx.append((bits & 4) != 0 ? 'r' : '-').append((bits & 2) != 0 ? 'w' : '-').append((bits & 1) != 0 ? 'x' : '-');
        }
        return rwx.toString();
    }

    private static void createPrivateDirectories(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
