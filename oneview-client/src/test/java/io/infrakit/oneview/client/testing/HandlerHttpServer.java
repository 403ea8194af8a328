package io.infrakit.oneview.client.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.infrakit.oneview.client.transport.InMemoryTransport;
import io.infrakit.oneview.client.transport.TransportHeaders;
import io.infrakit.oneview.client.transport.TransportRequest;
import io.infrakit.oneview.client.transport.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * A loopback HTTP (or HTTPS) server that hands every request to an {@link InMemoryTransport.Handler} and sends its
 * answer back: the same handler can then be reached in memory or over a socket, so that transports that need a
 * socket (such as the Apache one) run the transport TCK against it. A handler that throws makes the server close
 * the connection without an answer. Uses only the JDK's {@code com.sun.net.httpserver}.
 */
public final class HandlerHttpServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final InMemoryTransport.Handler handler;

    private HandlerHttpServer(InMemoryTransport.Handler handler, SSLContext tls) throws IOException {
        this.handler = handler;
        InetSocketAddress bind = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        if (tls == null) {
            server = HttpServer.create(bind, 50);
        } else {
            HttpsServer https = HttpsServer.create(bind, 50);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            server = https;
        }
        server.setExecutor(executor);
        server.createContext("/", this::exchange);
        server.start();
    }

    /**
     * @param handler what answers
     * @return a started plain-HTTP server on 127.0.0.1 and a free port
     */
    public static HandlerHttpServer start(InMemoryTransport.Handler handler) {
        return start(handler, null);
    }

    /**
     * @param handler what answers
     * @param tls     the server's TLS context, or null for plain HTTP
     * @return a started server on 127.0.0.1 and a free port
     */
    public static HandlerHttpServer start(InMemoryTransport.Handler handler, SSLContext tls) {
        try {
            return new HandlerHttpServer(handler, tls);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return {@code http://127.0.0.1:<port>} (or https)
     */
    public String address() {
        return (server instanceof HttpsServer ? "https" : "http") + "://127.0.0.1:" + port();
    }

    /**
     * @return the port
     */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String target = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            TransportHeaders.Builder headers = TransportHeaders.builder();
            for (Map.Entry<String, List<String>> h : exchange.getRequestHeaders().entrySet()) {
                h.getValue().forEach(v -> headers.add(h.getKey(), v));
            }
            // on the wire an empty body and no body look alike: both arrive as no body
            TransportRequest request = TransportRequest.builder(exchange.getRequestMethod(), target)
                    .headers(headers.build()).body(body.length > 0 ? body : null).build();
            TransportResponse response;
            try {
                response = handler.handle(request);
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            for (Map.Entry<String, String> h : response.headers().entries()) {
                exchange.getResponseHeaders().add(h.getKey(), h.getValue());
            }
            byte[] bytes = response.body();
            exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }
}
