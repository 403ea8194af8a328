package io.infrakit.oneview.client.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.infrakit.oneview.client.transport.InMemoryTransport;
import io.infrakit.oneview.client.transport.OneViewTransport;
import io.infrakit.oneview.client.transport.TransportRequest;
import io.infrakit.oneview.client.transport.TransportResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.net.ssl.SSLContext;

/**
 * A scripted appliance answering only expected exchanges, in the spirit of jclouds expect tests: every request
 * must match an expectation (method, exact raw path and query, and any header or body constraints); an unmatched
 * request gets HTTP 599 with a description and makes {@link #verify()} fail, as does an expectation not met the
 * expected number of times. It answers in memory ({@link #inMemory()}, reached through {@link #transport()}) or
 * over a loopback socket ({@link #start()}, {@link #startHttps(SSLContext)}, reached at {@link #address()}).
 */
public final class ExpectServer implements InMemoryTransport.Handler, AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The address an in-memory server names (never connected to). */
    public static final String IN_MEMORY_ADDRESS = "https://oneview.in-memory.test";

    private final HandlerHttpServer socket;
    private final List<Expectation> expectations = new CopyOnWriteArrayList<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();

    private ExpectServer(boolean overSocket, SSLContext tls) {
        this.socket = overSocket ? HandlerHttpServer.start(this, tls) : null;
    }

    /**
     * @return a server answering in memory only: use {@link #transport()}
     */
    public static ExpectServer inMemory() {
        return new ExpectServer(false, null);
    }

    /**
     * @return a started server on 127.0.0.1 and a free port
     */
    public static ExpectServer start() {
        return new ExpectServer(true, null);
    }

    /**
     * @param tls the server's TLS context
     * @return a started HTTPS server on 127.0.0.1 and a free port
     */
    public static ExpectServer startHttps(SSLContext tls) {
        return new ExpectServer(true, tls);
    }

    /**
     * @return whether requests arrive over a socket
     */
    public boolean overSocket() {
        return socket != null;
    }

    /**
     * @return {@code http://127.0.0.1:<port>} (or https); {@link #IN_MEMORY_ADDRESS} in memory
     */
    public String address() {
        return socket == null ? IN_MEMORY_ADDRESS : socket.address();
    }

    /**
     * @return the port
     * @throws IllegalStateException in memory
     */
    public int port() {
        if (socket == null) {
            throw new IllegalStateException("An in-memory expect server has no port");
        }
        return socket.port();
    }

    /**
     * @return a transport routed to this server in memory (also usable when it listens on a socket)
     */
    public OneViewTransport transport() {
        return InMemoryTransport.of(this);
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
        if (socket != null) {
            socket.close();
        }
    }

    /**
     * Answers one request from the expectations (HTTP 599 when none matches).
     *
     * @param wire the request
     * @return the scripted answer
     */
    @Override
    public TransportResponse handle(TransportRequest wire) {
        Map<String, List<String>> headers = new HashMap<>();
        wire.headers().entries().forEach(h -> headers.computeIfAbsent(h.getKey().toLowerCase(Locale.ROOT),
                k -> new ArrayList<>()).add(h.getValue()));
        headers.replaceAll((k, v) -> List.copyOf(v));
        RecordedRequest request = new RecordedRequest(wire.method(), wire.target(), Map.copyOf(headers),
                wire.bodyText());
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
        TransportResponse.Builder answer = TransportResponse.builder(reply.status()).body(reply.body());
        reply.headers().forEach(answer::header);
        return answer.build();
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
