package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("admin HTTP API")
class AdminApiTest extends SimulatorTestSupport {

    private ManualClock clock;
    private OneViewSimulator sim;
    private TestClient client;
    private TestClient admin;

    @BeforeEach
    void start() {
        clock = new ManualClock();
        sim = manualSimulator(clock).start();
        client = new TestClient(sim).login();
        admin = new TestClient(sim);
        admin.apiVersion = null; // admin needs neither Auth nor X-API-Version
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void statusAndCounters() {
        client.get("/rest/server-hardware");
        TestClient.Resp status = admin.get("/admin/status");
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body().get("servers").asInt()).isEqualTo(24);
        TestClient.Resp counters = admin.get("/admin/counters");
        assertThat(counters.body().get("counters").get("GET /rest/server-hardware").asLong()).isEqualTo(1);
        assertThat(counters.body().get("counters").get("POST /rest/login-sessions").asLong()).isEqualTo(1);
        assertThat(counters.body().get("total").asLong()).isEqualTo(2);
        assertThat(admin.delete("/admin/counters").status()).isEqualTo(204);
        assertThat(sim.counters().total()).isZero();
    }

    @Test
    void failNextRequestsAndErrorRate() {
        TestClient.Resp set = admin.post("/admin/faults/fail-next-requests",
                Map.of("count", 1, "status", 500, "pathPrefix", "/rest/server-hardware"));
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body().get("failNextRequests").get(0).get("remaining").asInt()).isEqualTo(1);
        assertThat(client.get("/rest/server-hardware").status()).isEqualTo(500);
        assertThat(client.get("/rest/server-hardware").status()).isEqualTo(200);

        admin.put("/admin/faults/error-rate", Map.of("rate", 1.0, "status", 502));
        assertThat(client.get("/rest/enclosure-groups").status()).isEqualTo(502);
        assertThat(admin.delete("/admin/faults").status()).isEqualTo(204);
        assertThat(client.get("/rest/enclosure-groups").status()).isEqualTo(200);
    }

    @Test
    void latency() {
        TestClient.Resp r = admin.put("/admin/faults/latency", Map.of("latencyMs", 200, "jitterMs", 0));
        assertThat(r.body().get("latencyMs").asLong()).isEqualTo(200);
        long start = System.nanoTime();
        client.get("/rest/version");
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(190);
        long adminStart = System.nanoTime();
        admin.get("/admin/faults");
        assertThat((System.nanoTime() - adminStart) / 1_000_000).isLessThan(190);
    }

    @Test
    void expireSessions() {
        assertThat(admin.post("/admin/sessions/expire", Map.of()).status()).isEqualTo(204);
        assertThat(client.get("/rest/server-hardware").status()).isEqualTo(401);
    }

    @Test
    void failNextTask() {
        admin.post("/admin/faults/fail-next-task", Map.of("kind", "CREATE_PROFILE", "errorCode", "EnclosureBayUnavailableForProfile"));
        String serverUri = firstServer(client, "name='Encl1, bay 1'").get("uri").asText();
        TestClient.Resp accepted = client.post("/rest/server-profiles", newProfile(client, "x", serverUri));
        TestClient.Resp advanced = admin.post("/admin/clock/advance", Map.of("millis", TASK.toMillis()));
        assertThat(advanced.status()).isEqualTo(200);
        JsonNode task = client.get(client.pathOf(accepted.header("Location"))).body();
        assertThat(task.get("taskErrors").get(0).get("errorCode").asText()).isEqualTo("EnclosureBayUnavailableForProfile");
    }

    @Test
    void failAndRecoverServers() {
        assertThat(admin.post("/admin/servers/fail", Map.of("server", "Encl1, bay 4", "failure", "REMOVED")).status())
                .isEqualTo(204);
        assertThat(client.get("/rest/server-hardware?filter=" + enc("name='Encl1, bay 4'")).body().get("total").asInt())
                .isZero();
        admin.post("/admin/servers/recover", Map.of("server", "Encl1, bay 4"));
        assertThat(client.get("/rest/server-hardware?filter=" + enc("name='Encl1, bay 4'")).body().get("total").asInt())
                .isEqualTo(1);
        admin.post("/admin/servers/fail", Map.of("server", "Encl1, bay 4", "failure", "critical"));
        assertThat(firstServer(client, "name='Encl1, bay 4'").get("status").asText()).isEqualTo("Critical");
    }

    @Test
    void badAdminRequestsAre400Or404() {
        assertThat(admin.post("/admin/servers/fail", Map.of("server", "nope", "failure", "REMOVED")).status()).isEqualTo(400);
        TestClient.Resp badKind = admin.post("/admin/faults/fail-next-task", Map.of("kind", "EXPLODE", "errorCode", "X"));
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.body().get("message").asText()).contains("CREATE_PROFILE");
        assertThat(admin.put("/admin/faults/error-rate", Map.of("rate", 2.0)).status()).isEqualTo(400);
        assertThat(admin.post("/admin/faults/fail-next-requests", Map.of("status", 500)).status()).isEqualTo(400);
        assertThat(admin.get("/admin/nothing").status()).isEqualTo(404);
    }

    @Test
    void resetRestoresTheGeneratedState() {
        String serverUri = firstServer(client, "name='Encl1, bay 1'").get("uri").asText();
        client.post("/rest/server-profiles", newProfile(client, "gone-after-reset", serverUri));
        clock.advance(TASK);
        sim.faults().failServer("Encl1, bay 2", ServerFailure.REMOVED);
        sim.faults().failNextRequests(5, 503, "/rest/nothing");
        sim.expect("GET", "/rest/nothing");
        assertThat(sim.profileCount()).isEqualTo(1);

        assertThat(admin.post("/admin/reset", Map.of()).status()).isEqualTo(204);

        assertThat(sim.profileCount()).isZero();
        assertThat(sim.counters().total()).isZero();
        assertThat(sim.servers()).allSatisfy(s -> {
            assertThat(s.state()).isEqualTo("NoProfileApplied");
            assertThat(s.removed()).isFalse();
            assertThat(s.powerState()).isEqualTo("Off");
        });
        assertThat(client.get("/rest/tasks").body().get("total").asInt()).isZero();   // session still valid
        assertThat(client.get("/rest/nothing").status()).isEqualTo(404);              // no fault, no expectation
        assertThat(admin.get("/admin/faults").body().get("failNextRequests")).isEmpty();
    }

    @Test
    void clockAdvanceNeedsAManualClock() {
        try (OneViewSimulator real = OneViewSimulator.builder().plainHttp().start()) {
            TestClient c = new TestClient(real);
            assertThat(c.post("/admin/clock/advance", Map.of("millis", 10)).status()).isEqualTo(409);
        }
    }
}
