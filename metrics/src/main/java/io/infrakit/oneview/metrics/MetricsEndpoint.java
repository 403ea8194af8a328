package io.infrakit.oneview.metrics;

import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The TCP metrics endpoint: the Prometheus client's own HTTP server, answering {@code GET /metrics} (and {@code /},
 * and {@code /-/healthy}) with the registry in the format the scraper asks for. Closing it stops it at once.
 */
public final class MetricsEndpoint implements AutoCloseable {

    private final HTTPServer server;
    private final MetricsAddress address;

    private MetricsEndpoint(HTTPServer server, MetricsAddress address) {
        this.server = server;
        this.address = address;
    }

    static MetricsEndpoint start(PrometheusRegistry registry, MetricsAddress address) throws IOException {
        InetAddress bind;
        try {
            bind = InetAddress.getByName(address.host());
        } catch (UnknownHostException e) {
            throw new IOException("cannot serve metrics on " + address + ": unknown host '" + address.host() + "'", e);
        }
        try {
            HTTPServer server = HTTPServer.builder().inetAddress(bind).port(address.port()).registry(registry)
                    .buildAndStart();
            return new MetricsEndpoint(server, new MetricsAddress(address.host(), server.getPort()));
        } catch (BindException e) {
            throw new IOException("cannot serve metrics on " + address + ": " + bindProblem(e), e);
        }
    }

    private static String bindProblem(BindException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("in use")) {
            return "the port is taken by another process (" + message + ")";
        }
        if (message.contains("assign")) {
            return "the address is not one of this machine's (" + message + ")";
        }
        return message;
    }

    /** @return the address served, with the port actually bound */
    public MetricsAddress address() {
        return address;
    }

    @Override
    public void close() {
        server.close();
    }
}
