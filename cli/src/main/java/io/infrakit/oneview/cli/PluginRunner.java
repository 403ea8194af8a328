package io.infrakit.oneview.cli;

import io.infrakit.oneview.engine.ProviderInstancePlugin;
import io.infrakit.oneview.metrics.MetricsAddress;
import io.infrakit.oneview.metrics.MetricsEndpoint;
import io.infrakit.oneview.metrics.PluginMetrics;
import io.infrakit.oneview.provider.oneview.OneViewProviderFactory;
import io.infrakit.oneview.rpc.RpcServer;
import io.infrakit.oneview.rpc.RpcServerLimits;
import io.infrakit.oneview.rpc.RunningRpcServer;
import io.infrakit.oneview.rpc.Vendor;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.provider.InstanceProvider;
import io.infrakit.oneview.spi.provider.InstanceProviderFactory;
import io.infrakit.oneview.spi.provider.ProviderContext;
import io.infrakit.oneview.spi.provider.Providers;
import io.infrakit.oneview.engine.RebuildReport;
import io.infrakit.oneview.store.StateStore;
import io.infrakit.oneview.store.StateStoreException;
import io.infrakit.oneview.store.StateStores;
import io.infrakit.oneview.store.StoreLocation;
import io.infrakit.oneview.client.transport.ApacheHttpTransport;
import io.infrakit.oneview.spi.LogText;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.stream.Collectors;
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

    /**
     * @param loader the class loader of the extensions
     * @return the providers it finds, with their descriptions, for {@code --help}
     */
    static String providerNames(ClassLoader loader) {
        return Providers.all(loader).stream().map(f -> f.name() + " (" + f.description() + ")")
                .collect(Collectors.joining(", "));
    }

    /**
     * Sets the log level of {@code --log}.
     *
     * @return false, having said why, when it is not a level
     */
    private boolean configureLogging() {
        try {
            Configurator.setRootLevel(LogLevels.of(options.log));
            return true;
        } catch (IllegalArgumentException e) {
            err.println("Error: " + e.getMessage());
            return false;
        }
    }

    /** Serves until the process is asked to stop; returns the exit status. */
    int run() {
        if (!configureLogging()) {
            return 2;
        }
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

    /** What the flags say, checked before anything is created. */
    record Checked(String name, InstanceProviderFactory factory, RpcServerLimits limits,
                   Set<PosixFilePermission> permissions,
                   Map<String, String> settings, String stateLocation, MetricsAddress metricsAddress,
                   ClassLoader extensions) {
    }

    /** The plugin's parts, before it serves. */
    private record Composed(EmbeddedAppliance appliance, ProviderInstancePlugin engine, PluginMetrics metrics)
            implements AutoCloseable {
        @Override
        public void close() {
            closeAll(engine, appliance);
        }
    }

    Checked check() {
        String name = options.name;
        if (!PLUGIN_NAME.matcher(name).matches()) {
            throw new UsageException("--name must be 1 to 64 letters, digits, '.', '_' or '-', not starting with '.' "
                    + "(it names the socket file and is the owner the OneView provider writes into every server "
                    + "profile it makes), got '" + LogText.of(name) + "'");
        }
        atLeastOne("--max-connections", options.maxConnections);
        atLeastOne("--max-body", options.maxBody);
        atLeastOne("--idle-timeout", options.idleTimeoutSeconds);
        if (options.ovCaBundle != null) {
            try {
                ApacheHttpTransport.checkCaBundle(options.ovCaBundle);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--ov-ca-bundle: " + e.getMessage());
            }
        }
        Extensions.Loaded extensions = extensions(options);
        if (extensions.folder() != null) {
            LOG.info("Extensions: {}", extensions.summary());
        }
        try {
            InstanceProviderFactory factory = Providers.named(options.provider, extensions.loader());
            RpcServerLimits limits = RpcServerLimits.builder()
                    .maxConnections(options.maxConnections)
                    .maxBodyBytes(options.maxBody)
                    .idleTimeout(Duration.ofSeconds(options.idleTimeoutSeconds))
                    .build();
            String state = options.state != null ? options.state : paths.defaultStateFile(name).toString();
            StateStores.forScheme(StoreLocation.parse(state, environment).scheme(), extensions.loader());
            return new Checked(name, factory, limits, socketPermissions(), providerSettings(), state,
                    options.metricsAddress == null ? null : MetricsAddress.parse(options.metricsAddress),
                    extensions.loader());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } catch (ServiceConfigurationError e) {
            throw new UsageException("a provider or state-store jar is broken (" + extensions.summary() + "): "
                    + e.getMessage());
        }
    }

    /**
     * @param options the flags
     * @return the jars of {@code --extensions}, or of the default folder
     * @throws UsageException when the folder or a jar cannot be used
     */
    static Extensions.Loaded extensions(ServeOptions options) {
        return Extensions.load(options.extensions, Extensions.processDefault(), PluginRunner.class.getClassLoader());
    }

    /**
     * Opens the store first (a locked, corrupt or unreachable state stops start-up before a provider connects
     * anywhere), then the embedded appliance if needed, the provider and the engine. Nothing is left open on failure.
     */
    private Composed compose(Checked c) throws IOException {
        LOG.info("Starting {} with provider '{}'", c.name(), c.factory().name());
        StateStore store;
        try {
            store = StateStores.open(c.stateLocation(), environment, c.extensions());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        LOG.info("State: {}", store.location());
        EmbeddedAppliance appliance = null;
        InstanceProvider provider;
        PluginMetrics metrics = PluginMetrics.create(VersionCommand.version());
        try {
            if (EmbeddedAppliance.needed(c.factory().name(), c.settings(), environment)) {
                appliance = EmbeddedAppliance.start(c.name(), c.settings(),
                        SimulatorStateCheck.check(c.name(), store));
            }
            ProviderContext context = new ProviderContext(c.name(), c.settings(), environment, paths.home());
            provider = c.factory() instanceof OneViewProviderFactory oneView
                    ? oneView.create(context, metrics.oneViewListener()) : c.factory().create(context);
        } catch (IOException | RuntimeException e) {
            closeAll(appliance, store);
            throw e;
        }
        try {
            ProviderInstancePlugin engine = ProviderInstancePlugin.builder().provider(provider).store(store)
                    .listener(metrics.engineListener()).build();
            metrics.watch(engine::census);
            return new Composed(appliance, engine, metrics);
        } catch (RuntimeException e) {
            closeAll(provider, store, appliance);
            throw e;
        }
    }

    /**
     * {@code --rebuild-state}: for unattended use, a state that already holds instances is served as it is; two
     * machines claiming one instance ID stop start-up.
     */
    private void rebuildAtStart(ProviderInstancePlugin engine) {
        RebuildReport report = engine.rebuildState(options.rebuildMerge);
        switch (report.outcome()) {
            case REBUILT -> LOG.info("--rebuild-state: {}", report.summary());
            case STATE_NOT_EMPTY -> LOG.info("--rebuild-state: {}; serving it as it is", report.summary());
            case AMBIGUOUS -> throw new StartupException("--rebuild-state: " + report.summary());
        }
    }

    /**
     * {@code rebuild-state}: composes the plugin as for serving, rebuilds the state, prints what was done.
     *
     * @param out where the report goes
     * @return the exit status: 0 rebuilt, 1 refused or failed, 2 unusable flags
     */
    int rebuild(PrintStream out) {
        if (!configureLogging()) {
            return 2;
        }
        try (Composed composed = compose(check())) {
            RebuildReport report = composed.engine().rebuildState(options.rebuildMerge);
            (report.succeeded() ? out : err).println(report.succeeded() ? report.summary()
                    : "Error: " + report.summary());
            return report.succeeded() ? 0 : 1;
        } catch (UsageException e) {
            err.println("Error: " + e.getMessage());
            return 2;
        } catch (StartupException | InstancePluginException | StateStoreException | IllegalArgumentException e) {
            err.println("Error: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("Error: " + e);
            return 1;
        } finally {
            LogManager.shutdown();
        }
    }

    /**
     * Starts the plugin and returns once it listens.
     *
     * @return the running plugin
     * @throws StartupException when it cannot start; nothing is left behind
     */
    RunningPlugin start() throws IOException {
        Checked c = check();
        Path socket = paths.socket(c.name());
        Path pidFile = paths.pidFile(c.name());
        PluginsDirectory.prepare(paths.pluginsDir());
        SocketGuard.claim(socket);
        Composed composed = compose(c);
        ProviderInstancePlugin engine = composed.engine();
        EmbeddedAppliance appliance = composed.appliance();
        if (options.rebuildState) {
            try {
                rebuildAtStart(engine);
            } catch (RuntimeException e) {
                composed.close();
                throw e;
            }
        }
        RunningRpcServer server = null;
        MetricsEndpoint metricsEndpoint = null;
        try {
            metricsEndpoint = serveMetrics(composed.metrics(), c.metricsAddress());
            server = RpcServer.builder()
                    .socket(socket)
                    .plugin(engine)
                    .listener(composed.metrics().rpcListener())
                    .resource("/metrics", composed.metrics().resource())
                    .vendor(Vendor.of("infrakit-instance-oneview", VersionCommand.version()))
                    .limits(c.limits())
                    .socketPermissions(c.permissions())
                    .build()
                    .start();
            PidFile.write(pidFile, ProcessHandle.current().pid());
        } catch (IOException | RuntimeException e) {
            closeAll(metricsEndpoint);
            if (server != null) {
                closeAll(server);
                Files.deleteIfExists(pidFile);
            }
            closeAll(engine, appliance);
            throw e;
        }
        LOG.info("Listening on {}", socket);
        return new RunningPlugin(server, metricsEndpoint, engine, appliance, socket, pidFile);
    }

    /** @return the TCP metrics endpoint of {@code --metrics-address}, or null without the flag */
    private static MetricsEndpoint serveMetrics(PluginMetrics metrics, MetricsAddress address) {
        if (address == null) {
            return null;
        }
        try {
            MetricsEndpoint endpoint = metrics.serve(address);
            LOG.info("Serving metrics on http://{}/metrics", endpoint.address());
            return endpoint;
        } catch (IOException e) {
            throw new StartupException("--metrics-address: " + e.getMessage(), e);
        }
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

    private static final java.util.regex.Pattern PLUGIN_NAME =
            java.util.regex.Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}");

    private static void atLeastOne(String flag, int value) {
        if (value < 1) {
            throw new UsageException(flag + " must be at least 1, got " + value);
        }
    }

    private Set<PosixFilePermission> socketPermissions() {
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
        if ((mode & 0002) != 0) {
            LOG.warn("--socket-mode {} lets every local user connect to the plugin and provision, label and destroy "
                    + "instances; use 600 (owner only) or 660 (owner's group too) unless that is what you want",
                    options.socketMode);
        }
        return PosixFilePermissions.fromString(rwx.toString());
    }
}
