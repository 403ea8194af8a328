package io.infrakit.oneview.client.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A loopback HTTP server answering only scripted exchanges, in the spirit of jclouds expect tests: every request
 * must match an expectation (method, exact raw path and query, and any header or body constraints); an unmatched
 * request gets HTTP 599 with a description and makes {@link #verify()} fail, as does an expectation not met the
 * expected number of times.
 */
public final class ExpectServer implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Expectation> expectations = new CopyOnWriteArrayList<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();

    private ExpectServer(SSLContext tls) throws IOException {
        InetSocketAddress bind = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        if (tls == null) {
            server = HttpServer.create(bind, 50);
        } else {
            HttpsServer https = HttpsServer.create(bind, 50);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            server = https;
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * @return a started server on 127.0.0.1 and a free port
     */
    public static ExpectServer start() {
        return startWith(null);
    }

    /**
     * @param tls the server's TLS context
     * @return a started HTTPS server on 127.0.0.1 and a free port
     */
    public static ExpectServer startHttps(SSLContext tls) {
        return startWith(tls);
    }

    private static ExpectServer startWith(SSLContext tls) {
        try {
            return new ExpectServer(tls);
        } catch (IOException e) {
            throw new IllegalStateException(e);
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

    /**
     * Adds an expectation, matched once by default.
     *
     * @param method HTTP method
     * @param target raw path and query exactly as expected on the wire
     * @return the expectation to refine
     */
    public Expectation expect(String method, String target) {
        Expectation e = new Expectation(method, target);
        expectations.add(e);
        return e;
    }

    /**
     * @return every request received, in order
     */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /**
     * @param method method
     * @param target target
     * @return how many requests with this method and target were received
     */
    public long count(String method, String target) {
        return requests.stream().filter(r -> r.method().equals(method) && r.target().equals(target)).count();
    }

    /**
     * Fails when a request was unmatched or an expectation was not met its expected number of times.
     */
    public void verify() {
        List<String> problems = new ArrayList<>(failures);
        for (Expectation e : expectations) {
            if (e.times >= 0 && e.used.get() != e.times) {
                problems.add("expected " + e + " " + e.times + " time(s) but it was matched " + e.used.get());
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("Expect server: " + String.join("\n", problems) + "\nRequests received:\n"
                    + String.join("\n", requests.stream().map(RecordedRequest::toString).toList()));
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, List<String>> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            String target = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(), target, Map.copyOf(headers), body);
            requests.add(request);
            Reply reply = null;
            for (Expectation e : expectations) {
                if (e.matches(request) && e.claim()) {
                    reply = e.responder.apply(request);
                    break;
                }
            }
            if (reply == null) {
                String text = "Unmatched request: " + request + "\nExpected one of:\n"
                        + String.join("\n", expectations.stream().map(Expectation::toString).toList());
                failures.add(text);
                reply = new Reply(599, Map.of(), text);
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    /**
     * One scripted exchange.
     */
    public static final class Expectation {
        private final String method;
        private final String target;
        private final Map<String, String> headers = new HashMap<>();
        private final List<String> absentHeaders = new ArrayList<>();
        private JsonNode jsonBody;
        private boolean noBody;
        private int times = 1;
        private final AtomicInteger used = new AtomicInteger();
        private Function<RecordedRequest, Reply> responder = r -> Reply.empty(200);

        private Expectation(String method, String target) {
            this.method = method;
            this.target = target;
        }

        /**
         * @param name  header
         * @param value exact value
         * @return this
         */
        public Expectation withHeader(String name, String value) {
            headers.put(name.toLowerCase(Locale.ROOT), value);
            return this;
        }

        /**
         * @param name a header that must not be sent
         * @return this
         */
        public Expectation withoutHeader(String name) {
            absentHeaders.add(name.toLowerCase(Locale.ROOT));
            return this;
        }

        /**
         * Requires the standard OneView headers of an authenticated call.
         *
         * @param token      the Auth value
         * @param apiVersion the X-API-Version value
         * @return this
         */
        public Expectation authenticated(String token, int apiVersion) {
            return withHeader("Auth", token).withHeader("X-API-Version", Integer.toString(apiVersion))
                    .withHeader("Accept", "application/json");
        }

        /**
         * @param json a body that must be equal as JSON (field order ignored, values exact)
         * @return this
         */
        public Expectation withJsonBody(String json) {
            try {
                this.jsonBody = MAPPER.readTree(json);
            } catch (IOException e) {
                throw new IllegalArgumentException(e);
            }
            return this;
        }

        /**
         * @return this, requiring an empty body
         */
        public Expectation withoutBody() {
            this.noBody = true;
            return this;
        }

        /**
         * @param n how many times it must match
         * @return this
         */
        public Expectation times(int n) {
            this.times = n;
            return this;
        }

        /**
         * @return this, matching any number of times (including zero)
         */
        public Expectation anyTimes() {
            this.times = -1;
            return this;
        }

        /**
         * @param reply the answer
         * @return this
         */
        public Expectation respond(Reply reply) {
            Objects.requireNonNull(reply, "reply");
            this.responder = r -> reply;
            return this;
        }

        /**
         * @param status status
         * @param json   JSON body
         * @return this
         */
        public Expectation respondJson(int status, String json) {
            return respond(Reply.json(status, json));
        }

        /**
         * @param function computes the answer (may block, e.g. on a latch)
         * @return this
         */
        public Expectation respondWith(Function<RecordedRequest, Reply> function) {
            this.responder = Objects.requireNonNull(function, "function");
            return this;
        }

        boolean matches(RecordedRequest r) {
            if (!r.method().equals(method) || !r.target().equals(target)) {
                return false;
            }
            for (Map.Entry<String, String> h : headers.entrySet()) {
                if (!h.getValue().equals(r.header(h.getKey()))) {
                    return false;
                }
            }
            for (String absent : absentHeaders) {
                if (r.header(absent) != null) {
                    return false;
                }
            }
            if (noBody && !r.body().isEmpty()) {
                return false;
            }
            if (jsonBody != null) {
                try {
                    return jsonBody.equals(MAPPER.readTree(r.body()));
                } catch (IOException e) {
                    return false;
                }
            }
            return true;
        }

        synchronized boolean claim() {
            if (times >= 0 && used.get() >= times) {
                return false;
            }
            used.incrementAndGet();
            return true;
        }

        @Override
        public String toString() {
            return method + " " + target + (headers.isEmpty() ? "" : " headers=" + headers)
                    + (absentHeaders.isEmpty() ? "" : " without=" + absentHeaders)
                    + (jsonBody == null ? "" : " body=" + jsonBody);
        }
    }
}
