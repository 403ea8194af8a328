package io.infrakit.oneview.metrics;

import io.infrakit.oneview.client.ClientListener;
import io.infrakit.oneview.engine.EngineListener;
import io.infrakit.oneview.engine.InstanceCensus;
import io.infrakit.oneview.rpc.HttpResource;
import io.infrakit.oneview.rpc.RpcListener;
import io.prometheus.metrics.core.metrics.Info;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The plugin's Prometheus metrics (listed in {@code docs/operations.md}): one registry of its own, the listeners
 * that fill it (give them to the RPC server, the engine and the OneView provider), the engine's census read at each
 * scrape, and two ways to serve it: {@link #resource()} for {@code GET /metrics} on the plugin's socket, and
 * {@link #serve(MetricsAddress)} on TCP.
 *
 * <pre>{@code
 * PluginMetrics metrics = PluginMetrics.create("0.1.0");
 * ProviderInstancePlugin engine = ProviderInstancePlugin.builder()...listener(metrics.engineListener()).build();
 * metrics.watch(engine::census);
 * RpcServer.builder()...listener(metrics.rpcListener()).resource("/metrics", metrics.resource())...
 * }</pre>
 */
public final class PluginMetrics {

    private final PrometheusRegistry registry;
    private final RpcMetrics rpc;
    private final EngineMetrics engine;
    private final OneViewMetrics oneView;
    private final PrometheusTextFormatWriter text = PrometheusTextFormatWriter.create();
    private boolean watching;

    private PluginMetrics(PrometheusRegistry registry, String version) {
        this.registry = registry;
        this.rpc = new RpcMetrics(registry);
        this.engine = new EngineMetrics(registry);
        this.oneView = new OneViewMetrics(registry);
        Info.builder().name("infrakit_oneview_build_info").help("The plugin's version").labelNames("version")
                .register(registry).setLabelValues(version);
    }

    /**
     * Metrics with the JVM's too ({@code jvm_*}, {@code process_*}), in a registry of their own.
     *
     * @param version the plugin's version, for {@code infrakit_oneview_build_info}
     * @return the metrics
     */
    public static PluginMetrics create(String version) {
        PrometheusRegistry registry = new PrometheusRegistry();
        PluginMetrics metrics = new PluginMetrics(registry, Objects.requireNonNull(version, "version"));
        JvmMetrics.builder().register(registry);
        return metrics;
    }

    /** @return the listener to give {@code RpcServer.Builder.listener} */
    public RpcListener rpcListener() {
        return rpc;
    }

    /** @return the listener to give {@code ProviderInstancePlugin.Builder.listener} */
    public EngineListener engineListener() {
        return engine;
    }

    /** @return the listener to give the OneView provider ({@code OneViewProviderFactory.create(context, listener)}) */
    public ClientListener oneViewListener() {
        return oneView;
    }

    /**
     * Reports {@code infrakit_oneview_instances} from the engine's census, read at each scrape.
     *
     * @param census the engine's {@code census()}: quick, lock-free
     * @throws IllegalStateException when called twice
     */
    public synchronized void watch(Supplier<List<InstanceCensus>> census) {
        if (watching) {
            throw new IllegalStateException("the instances are already watched");
        }
        InstanceGauges.register(registry, census);
        watching = true;
    }

    /** @return the Prometheus text format (0.0.4) of every metric now */
    public byte[] scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            text.write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** @return {@code GET /metrics} for the plugin's socket ({@code RpcServer.Builder.resource}) */
    public HttpResource resource() {
        return new HttpResource(text.getContentType(), this::scrape);
    }

    /**
     * Serves the metrics on TCP.
     *
     * @param address where
     * @return the endpoint; close it to stop
     * @throws IOException with a message naming the address and the problem (unknown host, port taken, an address
     *                     not of this machine)
     */
    public MetricsEndpoint serve(MetricsAddress address) throws IOException {
        return MetricsEndpoint.start(registry, address);
    }
}
