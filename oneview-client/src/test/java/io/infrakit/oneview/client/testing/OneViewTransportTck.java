package io.infrakit.oneview.client.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.infrakit.oneview.client.transport.InMemoryTransport;
import io.infrakit.oneview.client.transport.OneViewTransport;
import io.infrakit.oneview.client.transport.TransportRequest;
import io.infrakit.oneview.client.transport.TransportResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The transport compatibility kit: what every {@link OneViewTransport} must do (see its javadoc), as tests. A
 * transport passes by subclassing this class with one factory method that connects a new transport to the given
 * handler (in memory, or through a server such as {@link HandlerHttpServer}):
 *
 * <pre>{@code
 * class MyTransportTckTest extends OneViewTransportTck {
 *     @Override
 *     protected OneViewTransport createTransport(InMemoryTransport.Handler appliance) {
 *         HandlerHttpServer server = closeAfterTest(HandlerHttpServer.start(appliance));
 *         return MyTransport.to(server.address());
 *     }
 * }
 * }</pre>
 *
 * <p>Needs only JUnit Jupiter (5.x) besides oneview-client and its test jar. Each test closes the transport it
 * made, then whatever was registered with {@link #closeAfterTest}.
 */
public abstract class OneViewTransportTck {
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();

    /**
     * Makes a transport whose requests reach {@code appliance} and whose answers come from it.
     *
     * @param appliance answers every request (it may throw, standing for a connection that broke)
     * @return a new transport
     * @throws Exception when it cannot be made
     */
    protected abstract OneViewTransport createTransport(InMemoryTransport.Handler appliance) throws Exception;

    /**
     * Registers a resource to close after the test (after the transport).
     *
     * @param resource e.g. a server the transport connects to
     * @param <T>      its type
     * @return the resource
     */
    protected final <T extends AutoCloseable> T closeAfterTest(T resource) {
        resources.push(resource);
        return resource;
    }

    @AfterEach
    final void closeResources() throws Exception {
        while (!resources.isEmpty()) {
            resources.pop().close();
        }
    }

    private OneViewTransport transport(InMemoryTransport.Handler appliance) throws Exception {
        OneViewTransport transport = createTransport(appliance);
        assertNotNull(transport, "createTransport returned null");
        closeAfterTest(transport);
        return transport;
    }

    /** Records every request and answers with a fixed response. */
    private static final class Recorder implements InMemoryTransport.Handler {
        final List<TransportRequest> requests = new CopyOnWriteArrayList<>();
        private final TransportResponse answer;

        Recorder(TransportResponse answer) {
            this.answer = answer;
        }

        @Override
        public TransportResponse handle(TransportRequest request) {
            requests.add(request);
            return answer;
        }

        TransportRequest only() {
            assertEquals(1, requests.size(), "requests received: " + requests);
            return requests.get(0);
        }
    }

    @Test
    void sendsTheMethodTheTargetEveryHeaderAndTheBodyUnchanged() throws Exception {
        Recorder appliance = new Recorder(TransportResponse.of(202));
        OneViewTransport transport = transport(appliance);
        String target = "/rest/server-profiles/a%2Fb%20c?force=ignoreSANWarnings%2CignoreServerHealth"
                + "&filter=%22name%3D%27Web%20Server%27%22&q=%25";
        byte[] body = "{\"name\":\"web-é€\",\"n\":1}".getBytes(StandardCharsets.UTF_8);

        TransportResponse response = transport.send(TransportRequest.builder("POST", target)
                .header("Auth", "token-1").header("X-API-Version", "800")
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("X-Twice", "first").header("X-Twice", "second")
                .body(body).build());

        assertEquals(202, response.status());
        TransportRequest seen = appliance.only();
        assertEquals("POST", seen.method());
        assertEquals(target, seen.target(), "the target must arrive without decoding or re-encoding");
        assertEquals("token-1", seen.header("auth"), "header names are case-insensitive");
        assertEquals("800", seen.header("X-API-Version"));
        assertEquals("application/json; charset=UTF-8", seen.header("Content-Type"));
        assertEquals(List.of("first", "second"), seen.headers().all("X-Twice"));
        assertArrayEquals(body, seen.body());
    }

    @Test
    void everyMethodTheClientUsesArrives() throws Exception {
        Recorder appliance = new Recorder(TransportResponse.of(200));
        OneViewTransport transport = transport(appliance);
        for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH")) {
            TransportRequest.Builder request = TransportRequest.builder(method, "/rest/x/" + method.toLowerCase(Locale.ROOT));
            if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
                request.header("Content-Type", "application/json").body("[]");
            }
            assertEquals(200, transport.send(request.build()).status(), method);
        }
        List<String> seen = new ArrayList<>();
        for (TransportRequest r : appliance.requests) {
            seen.add(r.method() + " " + r.target() + " " + r.bodyText());
        }
        assertEquals(List.of("GET /rest/x/get ", "POST /rest/x/post []", "PUT /rest/x/put []",
                "DELETE /rest/x/delete ", "PATCH /rest/x/patch []"), seen);
    }

    @Test
    void returnsTheStatusEveryHeaderAndTheBodyAsAnswered() throws Exception {
        byte[] body = "{\"uri\":\"/rest/tasks/1\",\"x\":\"ü\"}".getBytes(StandardCharsets.UTF_8);
        OneViewTransport transport = transport(request -> TransportResponse.builder(202)
                .header("Location", "/rest/tasks/1").header("X-Multi", "a").header("X-Multi", "b")
                .header("Content-Type", "application/json").body(body).build());

        TransportResponse response = transport.send(TransportRequest.builder("GET", "/rest/tasks").build());

        assertEquals(202, response.status());
        assertEquals("/rest/tasks/1", response.header("location"));
        assertEquals(List.of("a", "b"), response.headers().all("x-multi"));
        assertArrayEquals(body, response.body());
    }

    @Test
    void errorStatusesAreAnswersNotExceptions() throws Exception {
        AtomicInteger next = new AtomicInteger();
        int[] statuses = {400, 401, 403, 404, 409, 412, 500, 502, 503, 504};
        OneViewTransport transport = transport(request -> TransportResponse.json(statuses[next.getAndIncrement()],
                "{\"errorCode\":\"E\",\"message\":\"m\"}"));
        for (int status : statuses) {
            TransportResponse response = transport.send(TransportRequest.builder("GET", "/rest/version").build());
            assertEquals(status, response.status());
            assertEquals("{\"errorCode\":\"E\",\"message\":\"m\"}", response.bodyText());
        }
    }

    @Test
    void anAnswerWithoutBodyHasAnEmptyBody() throws Exception {
        OneViewTransport transport = transport(request -> TransportResponse.of(204));
        TransportResponse response = transport.send(TransportRequest.builder("DELETE", "/rest/login-sessions")
                .header("Auth", "t").build());
        assertEquals(204, response.status());
        assertEquals(0, response.bodyLength());
    }

    @Test
    void redirectsAreReturnedNotFollowed() throws Exception {
        Recorder appliance = new Recorder(TransportResponse.builder(302).header("Location", "/rest/elsewhere").build());
        OneViewTransport transport = transport(appliance);
        TransportResponse response = transport.send(TransportRequest.builder("GET", "/rest/version").build());
        assertEquals(302, response.status());
        assertEquals("/rest/elsewhere", response.header("Location"));
        assertEquals("/rest/version", appliance.only().target());
    }

    @Test
    void aBrokenExchangeIsAnIoExceptionAndIsNeverRetried() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        OneViewTransport transport = transport(request -> {
            calls.incrementAndGet();
            throw new IllegalStateException("connection dropped");
        });
        assertThrows(IOException.class, () -> transport.send(TransportRequest.builder("GET", "/rest/version").build()));
        assertThrows(IOException.class, () -> transport.send(TransportRequest.builder("POST", "/rest/login-sessions")
                .header("Content-Type", "application/json").body("{}").build()));
        assertEquals(2, calls.get(), "a transport must not retry: the client decides what is retried");
    }

    @Test
    void largeBodiesPassBothWaysIntact() throws Exception {
        byte[] big = new byte[2 * 1024 * 1024];
        new Random(42).nextBytes(big);
        AtomicReference<byte[]> received = new AtomicReference<>();
        OneViewTransport transport = transport(request -> {
            received.set(request.body());
            byte[] reversed = request.body();
            for (int i = 0; i < reversed.length / 2; i++) {
                byte b = reversed[i];
                reversed[i] = reversed[reversed.length - 1 - i];
                reversed[reversed.length - 1 - i] = b;
            }
            return TransportResponse.builder(200).header("Content-Type", "application/octet-stream")
                    .body(reversed).build();
        });
        TransportResponse response = transport.send(TransportRequest.builder("PUT", "/rest/blob")
                .header("Content-Type", "application/octet-stream").body(big).build());
        assertArrayEquals(big, received.get());
        byte[] back = response.body();
        assertEquals(big.length, back.length);
        assertEquals(big[0], back[back.length - 1]);
        assertEquals(big[big.length - 1], back[0]);
    }

    @Test
    void concurrentRequestsEachGetTheirOwnAnswer() throws Exception {
        OneViewTransport transport = transport(request -> TransportResponse.json(200,
                "{\"target\":\"" + request.target() + "\",\"auth\":\"" + request.header("Auth") + "\"}"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String n = Integer.toString(i);
                results.add(pool.submit(() -> transport.send(TransportRequest.builder("GET", "/rest/tasks/" + n)
                        .header("Auth", "token-" + n).build()).bodyText()
                        .equals("{\"target\":\"/rest/tasks/" + n + "\",\"auth\":\"token-" + n + "\"}")));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get(30, TimeUnit.SECONDS), "an answer went to the wrong request");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void closeIsIdempotentAndASendAfterItIsRefused() throws Exception {
        Recorder appliance = new Recorder(TransportResponse.of(200));
        OneViewTransport transport = transport(appliance);
        assertEquals(200, transport.send(TransportRequest.builder("GET", "/rest/version").build()).status());
        transport.close();
        transport.close();
        assertThrows(IllegalStateException.class,
                () -> transport.send(TransportRequest.builder("GET", "/rest/version").build()));
        assertEquals(1, appliance.requests.size(), "a refused send must not reach the appliance");
    }
}
