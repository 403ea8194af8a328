package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("server hardware power state machine")
class PowerTest extends ManualSimulatorTest {
    private String serverUri;

    @BeforeEach
    void start() {
        serverUri = firstServer(client, "name='Encl1, bay 1'").get("uri").asText();
    }

    private String power() {
        return client.get(serverUri).body().get("powerState").asText();
    }

    private TestClient.Resp request(String state, String control) {
        return client.put(serverUri + "/powerState", Map.of("powerState", state, "powerControl", control));
    }

    @Test
    void powerOnGoesThroughPoweringOn() {
        assertThat(power()).isEqualTo("Off");
        TestClient.Resp accepted = request("On", "MomentaryPress");
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.body().get("name").asText()).isEqualTo("Power on");
        assertThat(accepted.body().get("associatedResource").get("resourceUri").asText()).isEqualTo(serverUri);
        assertThat(accepted.body().get("associatedResource").get("resourceCategory").asText()).isEqualTo("server-hardware");
        assertThat(power()).isEqualTo("PoweringOn");
        clock.advance(Duration.ofSeconds(2));
        assertThat(power()).isEqualTo("PoweringOn");
        clock.advance(Duration.ofSeconds(2));
        assertThat(power()).isEqualTo("On");
        JsonNode task = client.get(client.pathOf(accepted.header("Location"))).body();
        assertThat(task.get("taskState").asText()).isEqualTo("Completed");
    }

    @Test
    void powerOffGoesThroughPoweringOff() {
        request("On", "MomentaryPress");
        clock.advance(POWER);
        request("Off", "PressAndHold");
        assertThat(power()).isEqualTo("PoweringOff");
        clock.advance(POWER);
        assertThat(power()).isEqualTo("Off");
    }

    @Test
    void resetOfAPoweredOnServer() {
        request("On", "MomentaryPress");
        clock.advance(POWER);
        request("On", "Reset");
        assertThat(power()).isEqualTo("Resetting");
        clock.advance(POWER);
        assertThat(power()).isEqualTo("On");
    }

    @Test
    void invalidRequestsAreRefused() {
        TestClient.Resp coldBootOff = request("On", "ColdBoot");
        assertThat(coldBootOff.status()).isEqualTo(400);
        assertThat(coldBootOff.errorCode()).isEqualTo(ErrorCodes.INVALID_POWER_CONTROL_REQUEST_POWER_COLDBOOT_OFF);
        assertThat(request("Sideways", "MomentaryPress").status()).isEqualTo(400);
        assertThat(request("On", "Kick").status()).isEqualTo(400);
        request("On", "MomentaryPress");
        TestClient.Resp busy = request("Off", "PressAndHold");
        assertThat(busy.status()).isEqualTo(409);
        assertThat(client.put("/rest/server-hardware/NOPE/powerState", Map.of("powerState", "On")).status())
                .isEqualTo(404);
    }

    @Test
    void requestingTheCurrentStateCompletesWithoutChange() {
        TestClient.Resp accepted = request("Off", "PressAndHold");
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(power()).isEqualTo("Off");
        clock.advance(POWER);
        assertThat(client.get(client.pathOf(accepted.header("Location"))).body().get("taskState").asText())
                .isEqualTo("Completed");
    }

    @Test
    void powerChangesAreRefusedWhileAProfileIsApplied() {
        client.post("/rest/server-profiles", newProfile(client, "busy", serverUri));
        assertThat(request("On", "MomentaryPress").status()).isEqualTo(409);
        clock.advance(TASK);
        assertThat(request("On", "MomentaryPress").status()).isEqualTo(202);
    }

    @Test
    void poweredOnPercentIsSeededAndDeterministic() {
        InventorySpec half = InventorySpec.uniform().withPoweredOnPercent(50);
        try (OneViewSimulator a = OneViewSimulator.builder().plainHttp().seed(7).inventory(half).start();
             OneViewSimulator b = OneViewSimulator.builder().plainHttp().seed(7).inventory(half).start()) {
            assertThat(a.servers()).isEqualTo(b.servers());
            long on = a.servers().stream().filter(s -> s.powerState().equals("On")).count();
            assertThat(on).isBetween(4L, 20L);
        }
    }
}
