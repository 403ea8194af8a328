package io.infrakit.oneview.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrakit.oneview.client.testing.LogCapture;
import io.infrakit.oneview.client.testing.Reply;
import io.infrakit.oneview.client.transport.ApplianceAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The metrics seam: every exchange (with its path template and status) and every login reach the listener. */
class ListenerExpectTest extends ExpectTestSupport {
    private static final String BUSY = "{\"errorCode\":\"SERVICE_UNAVAILABLE\",\"message\":\"busy\"}";

    private final List<String> exchanges = new CopyOnWriteArrayList<>();
    private final List<LoginEvent> logins = new CopyOnWriteArrayList<>();
    private final ClientListener recorder = new ClientListener() {
        @Override
        public void requestCompleted(RequestEvent e) {
            exchanges.add(e.method() + " " + e.pathTemplate() + " " + (e.answered() ? e.status() : "no answer")
                    + " #" + e.attempt());
        }

        @Override
        public void loggedIn(LoginEvent e) {
            logins.add(e);
        }
    };

    @Test
    void exchangesRetriesAndReloginsAreReported() {
        expectVersionAndLogin();
        server.expect("GET", "/rest/server-hardware/sh1?fields=name").authenticated(TOKEN, API)
                .respondJson(401, "{\"errorCode\":\"AUTHORIZATION\",\"message\":\"expired\"}");
        expectLogin("fresh-token");
        expectLogoutOfExpired(TOKEN);
        server.expect("GET", "/rest/server-hardware/sh1?fields=name").authenticated("fresh-token", API)
                .respondJson(200, "{\"uri\":\"/rest/server-hardware/sh1\"}");
        AtomicInteger attempts = new AtomicInteger();
        server.expect("PUT", "/rest/server-hardware/sh1/powerState").authenticated("fresh-token", API).times(3)
                .respondWith(r -> switch (attempts.incrementAndGet()) {
                    case 1 -> Reply.json(503, BUSY);
                    case 2 -> throw new IllegalStateException("connection dropped");
                    default -> Reply.empty(202).withHeader("Location", "/rest/tasks/t1");
                });
        server.expect("GET", "/rest/server-profiles/available-targets?enclosureGroupUri=eg")
                .authenticated("fresh-token", API).respondJson(200, "{\"targets\":[]}");
        expectLogout("fresh-token");
        client = builder().listener(recorder).build();

        client.serverHardware().get("/rest/server-hardware/sh1?fields=name");
        client.serverHardware().powerOn("sh1");
        client.serverProfiles().availableTargets("eg", null);
        closeAndVerify();

        assertThat(exchanges).containsExactly(
                "GET /rest/version 200 #1",
                "POST /rest/login-sessions 200 #1",
                "GET /rest/server-hardware/{id} 401 #1",
                "POST /rest/login-sessions 200 #1",
                "DELETE /rest/login-sessions 401 #1",
                "GET /rest/server-hardware/{id} 200 #1",
                "PUT /rest/server-hardware/{id}/powerState 503 #1",
                "PUT /rest/server-hardware/{id}/powerState no answer #2",
                "PUT /rest/server-hardware/{id}/powerState 202 #3",
                "GET /rest/server-profiles/available-targets 200 #1",
                "DELETE /rest/login-sessions 204 #1");
        assertThat(logins).containsExactly(
                new LoginEvent(ApplianceAddress.parse(server.address()), USER, API, false),
                new LoginEvent(ApplianceAddress.parse(server.address()), USER, API, true));
    }

    @Test
    void aFailingListenerNeverFailsARequest() {
        expectVersionAndLogin();
        expectLogout(TOKEN);
        client = builder().listener(new ClientListener() {
            @Override
            public void requestCompleted(RequestEvent event) {
                throw new IllegalStateException("metrics backend down");
            }

            @Override
            public void loggedIn(LoginEvent event) {
                throw new IllegalStateException("metrics backend down");
            }
        }).build();
        try (LogCapture logs = LogCapture.capture()) {
            client.login();
            assertThat(logs.lines()).anySatisfy(l -> assertThat(l).contains("A ClientListener failed (ignored)"));
        }
        closeAndVerify();
    }

    @Test
    void pathTemplatesHaveFewDistinctValues() {
        assertThat(PathTemplates.of("/rest/server-profiles")).isEqualTo("/rest/server-profiles");
        assertThat(PathTemplates.of("/rest/server-profiles?start=0&count=500")).isEqualTo("/rest/server-profiles");
        assertThat(PathTemplates.of("/rest/server-profiles/abc?force=true")).isEqualTo("/rest/server-profiles/{id}");
        assertThat(PathTemplates.of("/rest/server-profile-templates/t1/new-profile"))
                .isEqualTo("/rest/server-profile-templates/{id}/new-profile");
        assertThat(PathTemplates.of("/rest/os-deployment-plans/?filter=x")).isEqualTo("/rest/os-deployment-plans");
        assertThat(PathTemplates.of("/rest/os-deployment-plans/p1")).isEqualTo("/rest/os-deployment-plans/{id}");
        assertThat(PathTemplates.of("/rest/tasks/t1")).isEqualTo("/rest/tasks/{id}");
        assertThat(PathTemplates.of("/rest/version")).isEqualTo("/rest/version");
    }
}
