package io.infrakit.oneview.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.client.error.TaskTimeoutException;
import io.infrakit.oneview.client.model.TaskState;
import java.time.Duration;

import io.infrakit.oneview.client.testing.LogCapture;
import io.infrakit.oneview.client.testing.Reply;
import io.infrakit.oneview.client.transport.ApplianceAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The metrics seam: every exchange (with its path template and status), every login and every awaited task reach the listener. */
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

        @Override
        public void taskCompleted(TaskEvent e) {
            tasks.add(e);
        }
    };
    private final List<TaskEvent> tasks = new CopyOnWriteArrayList<>();

    private static String task(String state) {
        return "{\"type\":\"TaskResourceV2\",\"category\":\"tasks\",\"uri\":\"/rest/tasks/t1\",\"name\":\"Power on\","
                + "\"taskState\":\"" + state + "\",\"percentComplete\":0,\"taskErrors\":[]}";
    }

    @Test
    void awaitedTasksAreReportedWithWhatStartedThemAndTheWaitByTheClientsClock() {
        expectVersionAndLogin();
        server.expect("PUT", "/rest/server-hardware/sh1/powerState").authenticated(TOKEN, API)
                .respond(Reply.empty(202).withHeader("Location", "/rest/tasks/t1"));
        server.expect("GET", "/rest/tasks/t1").authenticated(TOKEN, API).respondJson(200, task("Running"));
        server.expect("GET", "/rest/tasks/t1").authenticated(TOKEN, API).respondJson(200, task("Completed"));
        server.expect("GET", "/rest/tasks/t1").authenticated(TOKEN, API).anyTimes().respondJson(200, task("Running"));
        expectLogout(TOKEN);
        client = builder().listener(recorder).taskPollInterval(Duration.ofSeconds(1), Duration.ofSeconds(4)).build();

        client.serverHardware().powerOn("sh1").await(Duration.ofMinutes(5), null);
        assertThatThrownBy(() -> client.tasks().handle("/rest/tasks/t1").await(Duration.ofSeconds(3), null))
                .isInstanceOf(TaskTimeoutException.class);
        closeAndVerify();

        assertThat(tasks).containsExactly(
                new TaskEvent("PUT", "/rest/server-hardware/{id}/powerState", TaskState.COMPLETED, false,
                        Duration.ofSeconds(1)),
                new TaskEvent("", "", TaskState.RUNNING, true, Duration.ofSeconds(3)));
    }

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
