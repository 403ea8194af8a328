package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@DisplayName("a server busy with a background task answers 409 for a while")
class BusyServerTest extends ManualSimulatorTest {
    private static final Duration BUSY = Duration.ofSeconds(30);

    private String serverUri;

    @BeforeEach
    void start() {
        serverUri = firstServer(client, "name='Encl1, bay 1'").get("uri").asText();
    }

    @Test
    void powerAndProfileRequestsAre409UntilTheBackgroundTaskEnds() {
        sim.faults().busyServer("Encl1, bay 1", BUSY);
        JsonNode hw = client.get(serverUri).body();
        assertThat(hw.get("refreshState").asText()).isEqualTo("Refreshing");
        JsonNode task = client.get("/rest/tasks?filter=" + enc("taskType='Background'")).body().get("members").get(0);
        assertThat(task.get("name").asText()).isEqualTo("Refresh");
        assertThat(task.get("userInitiated").asBoolean()).isFalse();

        TestClient.Resp power = client.put(serverUri + "/powerState", Map.of("powerState", "On"));
        assertThat(power.status()).isEqualTo(409);
        assertThat(power.errorCode()).isEqualTo(ErrorCodes.RESOURCE_LOCKED);
        assertThat(power.body().get("message").asText()).contains("Refresh");
        assertThat(client.post("/rest/server-profiles", newProfile(client, "p1", serverUri)).status()).isEqualTo(409);
        assertThat(sim.profileCount()).isZero();

        clock.advance(BUSY);
        assertThat(client.get(serverUri).body().get("refreshState").asText()).isEqualTo("NotRefreshing");
        assertThat(client.post("/rest/server-profiles", newProfile(client, "p1", serverUri)).status()).isEqualTo(202);
    }

    @Test
    void updatesAndDeletesOfTheProfileOfABusyServerAre409() {
        String profileUri = createProfile(client, clock, "p1", "Encl1, bay 1");
        sim.faults().busyServer(serverUri, BUSY);
        assertThat(client.put(profileUri, client.get(profileUri).body()).status()).isEqualTo(409);
        assertThat(client.delete(profileUri).status()).isEqualTo(409);
        clock.advance(BUSY);
        assertThat(client.delete(profileUri).status()).isEqualTo(202);
    }

    @Test
    void theAdminEndpointDoesTheSameAndRefusesABusyServer() {
        TestClient admin = new TestClient(sim);
        admin.apiVersion = null;
        assertThat(admin.post("/admin/servers/busy", Map.of("server", "Encl1, bay 1", "durationMs", 30000)).status())
                .isEqualTo(204);
        assertThat(client.put(serverUri + "/powerState", Map.of("powerState", "On")).status()).isEqualTo(409);
        TestClient.Resp again = admin.post("/admin/servers/busy", Map.of("server", "Encl1, bay 1", "durationMs", 1));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body().get("message").asText()).contains("busy already");
        assertThat(admin.post("/admin/servers/busy", Map.of("server", "Encl1, bay 3")).status()).isEqualTo(400);
        assertThatIllegalArgumentException().isThrownBy(() -> sim.faults().busyServer("Encl1, bay 3", Duration.ZERO));
    }
}
