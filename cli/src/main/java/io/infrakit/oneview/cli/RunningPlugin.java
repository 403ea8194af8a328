package io.infrakit.oneview.cli;

import io.infrakit.oneview.rpc.RunningRpcServer;
import io.infrakit.oneview.engine.ProviderInstancePlugin;
import io.infrakit.oneview.metrics.MetricsEndpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A plugin that listens: closing it finishes in-flight requests, then removes its socket and pid file. */
final class RunningPlugin implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningPlugin.class);

    private final RunningRpcServer server;
    private final MetricsEndpoint metrics;
    private final ProviderInstancePlugin engine;
    private final EmbeddedAppliance appliance;
    private final Path socket;
    private final Path pidFile;
    private final CountDownLatch stopped = new CountDownLatch(1);

    RunningPlugin(RunningRpcServer server, MetricsEndpoint metrics, ProviderInstancePlugin engine,
                  EmbeddedAppliance appliance, Path socket, Path pidFile) {
        this.server = server;
        this.metrics = metrics;
        this.engine = engine;
        this.appliance = appliance;
        this.socket = socket;
        this.pidFile = pidFile;
    }

    Path socket() {
        return socket;
    }

    /** @return the TCP metrics endpoint, when {@code --metrics-address} asked for one */
    Optional<MetricsEndpoint> metricsEndpoint() {
        return Optional.ofNullable(metrics);
    }

    /** @return the embedded OneView simulator the plugin serves, when it serves one */
    Optional<EmbeddedAppliance> embeddedAppliance() {
        return Optional.ofNullable(appliance);
    }

    void awaitTermination() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        closeQuietly("the RPC server", server);
        closeQuietly("the metrics endpoint", metrics);
        closeQuietly("the instance engine", engine);
        closeQuietly("the embedded OneView simulator", appliance);
        deleteQuietly(socket);
        deleteQuietly(pidFile);
        stopped.countDown();
    }

    private static void closeQuietly(String what, AutoCloseable resource) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception e) {
            LOG.warn("Closing {} failed: {}", what, e.toString());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", file, e.getMessage());
        }
    }
}
