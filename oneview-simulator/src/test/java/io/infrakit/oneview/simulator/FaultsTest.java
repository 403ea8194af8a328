package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("fault injection through the Java API, and request counters")
class FaultsTest extends SimulatorTestSupport {

    private ManualClock clock;
    private OneViewSimulator sim;
    private TestClient client;

    @BeforeEach
    void start() {
        clock = new ManualClock();
        sim = manualSimulator(clock).start();
        client = new TestClient(sim).login();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void failNextRequestsThenRecover() {
        sim.faults().failNextRequests(2, 503);
        TestClient.Resp first = client.get("/rest/server-hardware");
        assertThat(first.status()).isEqualTo(503);
        assertThat(first.errorCode()).isEqualTo(ErrorCodes.INJECTED_FAULT);
        assertThat(client.get("/rest/enclosure-groups").status()).isEqualTo(503);
        assertThat(client.get("/rest/server-hardware").status()).isEqualTo(200);
    }

    @Test
    void failNextRequestsCanTargetAPathPrefix() {
        sim.faults().failNextRequests(1, 500, "/rest/tasks");
        assertThat(client.get("/rest/server-hardware").status()).isEqualTo(200);
        assertThat(client.get("/rest/tasks").status()).isEqualTo(500);
        assertThat(client.get("/rest/tasks").status()).isEqualTo(200);
    }

    @Test
    void errorRateIsDeterministicForASeed() {
        List<Integer> a = statuses(11L);
        List<Integer> b = statuses(11L);
        assertThat(a).isEqualTo(b);
        assertThat(a).contains(200, 503);
        long failures = a.stream().filter(s -> s == 503).count();
        assertThat(failures).isBetween(5L, 35L);
    }

    private static List<Integer> statuses(long seed) {
        try (OneViewSimulator s = OneViewSimulator.builder().plainHttp().seed(seed).start()) {
            TestClient c = new TestClient(s).login();
            s.faults().errorRate(0.3, 503);
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                statuses.add(c.get("/rest/version").status());
            }
            s.faults().errorRate(0.0, 503);
            assertThat(c.get("/rest/version").status()).isEqualTo(200);
            return statuses;
        }
    }

    @Test
    void latencyDelaysResponses() {
        sim.faults().latency(Duration.ofMillis(300));
        long start = System.nanoTime();
        assertThat(client.get("/rest/version").status()).isEqualTo(200);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(elapsedMs).isGreaterThanOrEqualTo(290);
        sim.faults().clear();
        assertThat(client.get("/rest/version").status()).isEqualTo(200);
    }

    @Test
    void expireAllSessionsForcesALogin() {
        sim.faults().expireAllSessions();
        TestClient.Resp r = client.get("/rest/server-hardware");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.errorCode()).isEqualTo("AUTHORIZATION");
        client.login();
        assertThat(client.get("/rest/server-hardware").status()).isEqualTo(200);
    }

    @Test
    void failNextTaskFailsACreateAndUndoesIt() {
        sim.faults().failNextTask(TaskKind.CREATE_PROFILE, "AssignProfileToDeviceBayError");
        String serverUri = firstServer(client, "name='Encl1, bay 1'").get("uri").asText();
        TestClient.Resp accepted = client.post("/rest/server-profiles", newProfile(client, "unlucky", serverUri));
        clock.advance(Duration.ofSeconds(5));
        JsonNode running = client.get(client.pathOf(accepted.header("Location"))).body();
        assertThat(running.get("taskState").asText()).isEqualTo("Running");
        assertThat(client.get(serverUri).body().get("state").asText()).isEqualTo("ApplyingProfile");
        clock.advance(TASK);
        JsonNode failed = client.get(client.pathOf(accepted.header("Location"))).body();
        assertThat(failed.get("taskState").asText()).isEqualTo("Error");
        assertThat(failed.get("taskErrors").get(0).get("errorCode").asText()).isEqualTo("AssignProfileToDeviceBayError");
        assertThat(client.get(serverUri).body().get("state").asText()).isEqualTo("NoProfileApplied");
        assertThat(sim.profileCount()).isZero();

        // only the next one: a retry succeeds
        TestClient.Resp retry = client.post("/rest/server-profiles", newProfile(client, "unlucky", serverUri));
        clock.advance(TASK);
        assertThat(client.get(client.pathOf(retry.header("Location"))).body().get("taskState").asText())
                .isEqualTo("Completed");
    }

    @Test
    void failNextTaskOfOtherKinds() {
        String serverUri = firstServer(client, "name='Encl1, bay 1'").get("uri").asText();
        sim.faults().failNextTask(TaskKind.POWER_ON, "PowerOnFailed");
        client.put(serverUri + "/powerState", java.util.Map.of("powerState", "On"));
        clock.advance(POWER);
        assertThat(client.get(serverUri).body().get("powerState").asText()).isEqualTo("Off");

        client.post("/rest/server-profiles", newProfile(client, "keep", serverUri));
        clock.advance(TASK);
        String profileUri = client.get("/rest/server-profiles").body().get("members").get(0).get("uri").asText();
        sim.faults().failNextTask(TaskKind.DELETE_PROFILE, "DeleteFailed");
        TestClient.Resp delete = client.delete(profileUri);
        clock.advance(TASK);
        assertThat(client.get(client.pathOf(delete.header("Location"))).body().get("taskErrors").get(0)
                .get("errorCode").asText()).isEqualTo("DeleteFailed");
        assertThat(client.get(profileUri).body().get("state").asText()).isEqualTo("Normal");
        assertThat(client.get(serverUri).body().get("state").asText()).isEqualTo("ProfileApplied");
    }

    @Test
    void criticalServerRefusesProfilesUnlessForced() {
        sim.faults().failServer("Encl1, bay 1", ServerFailure.CRITICAL);
        JsonNode server = firstServer(client, "name='Encl1, bay 1'");
        assertThat(server.get("status").asText()).isEqualTo("Critical");
        TestClient.Resp refused = client.post("/rest/server-profiles", newProfile(client, "p1", server.get("uri").asText()));
        clock.advance(TASK);
        assertThat(client.get(client.pathOf(refused.header("Location"))).body().get("taskErrors").get(0)
                .get("errorCode").asText()).isEqualTo(ErrorCodes.SERVER_HARDWARE_CRITICAL);
        TestClient.Resp forced = client.post("/rest/server-profiles?force=ignoreServerHealth",
                newProfile(client, "p1", server.get("uri").asText()));
        clock.advance(TASK);
        assertThat(client.get(client.pathOf(forced.header("Location"))).body().get("taskState").asText())
                .isEqualTo("Completed");
        sim.faults().recoverServer(server.get("uri").asText());
        assertThat(client.get(server.get("uri").asText()).body().get("status").asText()).isEqualTo("OK");
    }

    @Test
    void poweredOffFailure() {
        String uri = firstServer(client, "name='Encl1, bay 2'").get("uri").asText();
        client.put(uri + "/powerState", java.util.Map.of("powerState", "On"));
        clock.advance(POWER);
        sim.faults().failServer(uri, ServerFailure.POWERED_OFF);
        assertThat(client.get(uri).body().get("powerState").asText()).isEqualTo("Off");
    }

    @Test
    void removedServerDisappearsAndLeavesAnEmptyBay() {
        String serverUri = firstServer(client, "name='Encl1, bay 1'").get("uri").asText();
        client.post("/rest/server-profiles", newProfile(client, "orphan", serverUri));
        clock.advance(TASK);
        String profileUri = client.get("/rest/server-profiles").body().get("members").get(0).get("uri").asText();
        String id = serverUri.substring(serverUri.lastIndexOf('/') + 1);
        sim.faults().failServer(id, ServerFailure.REMOVED);
        assertThat(client.get(serverUri).status()).isEqualTo(404);
        assertThat(client.get("/rest/server-hardware").body().get("total").asInt()).isEqualTo(23);
        assertThat(client.get(profileUri).body().get("status").asText()).isEqualTo("Critical");
        JsonNode targets = client.get("/rest/server-profiles/available-targets").body().get("targets");
        boolean emptyBay = false;
        for (JsonNode t : targets) {
            emptyBay |= t.get("serverHardwareUri").isNull() && t.get("enclosureBay").asInt() == 1
                    && t.get("enclosureName").asText().equals("Encl1");
        }
        assertThat(emptyBay).isTrue();
        assertThat(sim.servers().get(0).removed()).isTrue();

        sim.faults().recoverServer(serverUri);
        assertThat(client.get(serverUri).status()).isEqualTo(200);
        assertThat(client.get(profileUri).body().get("status").asText()).isEqualTo("OK");
    }

    @Test
    void unknownServerIsAnError() {
        assertThatThrownBy(() -> sim.faults().failServer("Encl99, bay 1", ServerFailure.CRITICAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Encl99, bay 1");
        assertThatThrownBy(() -> sim.faults().errorRate(1.5, 503)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sim.faults().failNextRequests(1, 200)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countersCountEveryRequestPerEndpoint() {
        sim.counters().reset();
        client.get("/rest/server-hardware");
        client.get("/rest/server-hardware?start=1");
        String uri = firstServer(client, "name='Encl1, bay 1'").get("uri").asText();
        client.get(uri);
        client.get("/rest/nothing-here");
        sim.faults().failNextRequests(1, 503);
        client.get(uri);
        assertThat(sim.counters().get("GET /rest/server-hardware")).isEqualTo(3);
        assertThat(sim.counters().get("GET /rest/server-hardware/{id}")).isEqualTo(2);
        assertThat(sim.counters().get(RequestCounters.UNMATCHED)).isEqualTo(1);
        assertThat(sim.counters().total()).isEqualTo(6);
        assertThat(sim.counters().snapshot()).containsEntry("GET /rest/server-hardware", 3L);
        sim.counters().reset();
        assertThat(sim.counters().total()).isZero();
    }

    @Test
    void recordedRequestsCanBeTaken() throws InterruptedException {
        try (OneViewSimulator s = OneViewSimulator.builder().plainHttp().start()) {
            TestClient c = new TestClient(s).login();
            c.get("/rest/server-hardware?count=1");
            RecordedRequest login = s.takeRequest(Duration.ofSeconds(1));
            assertThat(login.endpoint()).isEqualTo("POST /rest/login-sessions");
            assertThat(login.bodyAsString()).contains("\"userName\"");
            RecordedRequest get = s.takeRequest(Duration.ofSeconds(1));
            assertThat(get.uri()).isEqualTo("/rest/server-hardware?count=1");
            assertThat(get.header("X-API-Version")).isEqualTo(String.valueOf(s.currentApiVersion()));
            assertThat(get.header("auth")).isEqualTo(c.token);
            assertThat(s.takeRequest(Duration.ofMillis(1))).isNull();
        }
    }
}
