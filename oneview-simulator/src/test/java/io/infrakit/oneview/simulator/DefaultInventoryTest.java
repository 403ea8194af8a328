package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The default inventory shows what real appliances show: an empty bay, rack servers, servers that take no profile. */
@DisplayName("the default inventory, as a real appliance shows it")
class DefaultInventoryTest extends ManualSimulatorTest {
    @Override
    OneViewSimulator.Builder simulator(ManualClock clock) {
        return manualSimulator(clock).inventory(InventorySpec.defaults());
    }

    private JsonNode template(String name) {
        return client.get("/rest/server-profile-templates?filter=" + enc("name='" + name + "'")).body()
                .get("members").get(0);
    }

    private JsonNode targets(JsonNode template) {
        return client.get("/rest/server-profiles/available-targets?enclosureGroupUri="
                + enc(template.get("enclosureGroupUri").asText()) + "&serverHardwareTypeUri="
                + enc(template.get("serverHardwareTypeUri").asText())).body().get("targets");
    }

    private static List<String> names(JsonNode targets) {
        List<String> names = new ArrayList<>();
        targets.forEach(t -> names.add(t.get("serverHardwareName").isNull() ? "empty " + t.get("enclosureBay")
                : t.get("serverHardwareName").asText()));
        return names;
    }

    private JsonNode server(String name) {
        return firstServer(client, "name='" + name + "'");
    }

    @Test
    void twentyThreeBladesAndTwoRackServers() {
        JsonNode all = client.get("/rest/server-hardware").body();
        assertThat(all.get("total").asInt()).isEqualTo(25);
        assertThat(sim.servers()).hasSize(25).noneMatch(s -> s.name().equals("Encl1, bay 1"));
        JsonNode rack = server("192.168.200.11");
        assertThat(rack.get("serverGroupUri").isNull()).isTrue();
        assertThat(rack.get("locationUri").isNull()).isTrue();
        assertThat(rack.get("position").asInt()).isZero();
        assertThat(rack.get("formFactor").asText()).isEqualTo("1U");
        assertThat(rack.get("portMap").isNull()).isTrue();
        JsonNode types = client.get("/rest/server-hardware-types").body();
        assertThat(types.get("total").asInt()).isEqualTo(3);
        JsonNode enclosure = client.get("/rest/enclosures?filter=" + enc("name='Encl1'")).body().get("members").get(0);
        assertThat(enclosure.get("deviceBays").get(0).get("devicePresence").asText()).isEqualTo("Absent");
    }

    @Test
    void anEmptyBayIsTheFirstAvailableTargetAndUnusableServersAreNone() {
        JsonNode web = targets(template("Web Server Template"));
        assertThat(web.get(0).get("serverHardwareUri").isNull()).isTrue();
        assertThat(names(web)).startsWith("empty 1").contains("Encl2, bay 3", "Encl3, bay 5").hasSize(12);
        JsonNode warning = web.get(names(web).indexOf("Encl2, bay 3"));
        assertThat(warning.get("serverHardwareStatus").asText()).isEqualTo("Warning");
        JsonNode db = targets(template("Database Server Template"));
        assertThat(names(db)).startsWith("empty 1")
                .doesNotContain("Encl1, bay 2", "Encl2, bay 2", "Encl2, bay 4").hasSize(10);
    }

    @Test
    void rackServersAreTargetsWithoutBayWhenNoGroupIsGiven() {
        JsonNode all = client.get("/rest/server-profiles/available-targets").body().get("targets");
        JsonNode last = all.get(all.size() - 1);
        assertThat(last.get("serverHardwareName").asText()).isEqualTo("192.168.200.12");
        assertThat(last.get("enclosureBay").asInt()).isZero();
        assertThat(last.get("enclosureGroupUri").isNull()).isTrue();
        assertThat(last.get("enclosureUri").isNull()).isTrue();
    }

    @Test
    void serversInProfileErrorOrMonitoredTakeNoProfile() {
        for (String name : List.of("Encl1, bay 2", "Encl2, bay 2")) {
            JsonNode hw = server(name);
            assertThat(hw.get("state").asText()).isIn("ProfileError", "Monitored");
            TestClient.Resp accepted = client.post("/rest/server-profiles", newProfileFor(name, "p-" + hw.get("position")));
            clock.advance(TASK);
            assertThat(task(client, accepted).get("taskErrors").get(0).get("errorCode").asText())
                    .isEqualTo(ErrorCodes.SERVER_HARDWARE_NOT_ASSIGNABLE);
        }
        assertThat(server("Encl2, bay 2").get("licensingIntent").asText()).isEqualTo("OneViewStandard");
        assertThat(sim.profileCount()).isZero();
    }

    /** new-profile of the template whose hardware type the server has. */
    private com.fasterxml.jackson.databind.node.ObjectNode newProfileFor(String serverName, String profileName) {
        JsonNode hw = server(serverName);
        JsonNode template = hw.get("position").asInt() % 2 == 1 ? template("Web Server Template")
                : template("Database Server Template");
        var body = (com.fasterxml.jackson.databind.node.ObjectNode) client.get(template.get("uri").asText()
                + "/new-profile").body();
        body.put("name", profileName);
        body.put("serverHardwareUri", hw.get("uri").asText());
        return body;
    }

    @Test
    void aServerWithStatusWarningTakesAProfileOnlyWithForce() {
        TestClient.Resp refused = client.post("/rest/server-profiles", newProfileFor("Encl2, bay 3", "w1"));
        clock.advance(TASK);
        assertThat(task(client, refused).get("taskErrors").get(0).get("errorCode").asText())
                .isEqualTo(ErrorCodes.SERVER_HARDWARE_WARNING);
        TestClient.Resp forced = client.post("/rest/server-profiles?force=ignoreServerHealth",
                newProfileFor("Encl2, bay 3", "w1"));
        clock.advance(TASK);
        assertThat(task(client, forced).get("taskState").asText()).isEqualTo("Completed");
    }

    @Test
    void aServerInMaintenanceModeIsAnOrdinaryFreeServer() {
        assertThat(server("Encl3, bay 5").get("maintenanceMode").asBoolean()).isTrue();
        TestClient.Resp accepted = client.post("/rest/server-profiles", newProfileFor("Encl3, bay 5", "m1"));
        clock.advance(TASK);
        assertThat(task(client, accepted).get("taskState").asText()).isEqualTo("Completed");
    }

    @Test
    void aServerUpdatingItsFirmwareIsBusyUntilTheUpdateEnds() {
        JsonNode hw = server("Encl2, bay 4");
        String uri = hw.get("uri").asText();
        assertThat(hw.get("state").asText()).isEqualTo("UpdatingFirmware");
        JsonNode tasks = client.get("/rest/tasks?filter=" + enc("taskType='Background'")).body().get("members");
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get("name").asText()).isEqualTo("Update firmware");
        assertThat(tasks.get(0).get("associatedResource").get("resourceUri").asText()).isEqualTo(uri);
        TestClient.Resp power = client.put(uri + "/powerState", Map.of("powerState", "On"));
        assertThat(power.status()).isEqualTo(409);
        assertThat(power.errorCode()).isEqualTo(ErrorCodes.RESOURCE_LOCKED);
        assertThat(client.post("/rest/server-profiles", newProfileFor("Encl2, bay 4", "f1")).status()).isEqualTo(409);

        clock.advance(InventorySpec.FIRMWARE_UPDATE_DURATION);
        assertThat(server("Encl2, bay 4").get("state").asText()).isEqualTo("NoProfileApplied");
        assertThat(names(targets(template("Database Server Template")))).contains("Encl2, bay 4");
        assertThat(client.put(uri + "/powerState", Map.of("powerState", "On")).status()).isEqualTo(202);

        sim.reset();
        assertThat(server("Encl2, bay 4").get("state").asText()).as("reset restarts it").isEqualTo("UpdatingFirmware");
    }

    @Test
    void theDefaultInventoryServesTheQuickStartFlow() {
        JsonNode web = template("Web Server Template");
        JsonNode target = null;
        for (JsonNode t : targets(web)) {
            if (!t.get("serverHardwareUri").isNull() && t.get("serverHardwareStatus").asText().equals("OK")) {
                target = t;
                break;
            }
        }
        assertThat(target).isNotNull();
        assertThat(target.get("serverHardwareName").asText()).isEqualTo("Encl1, bay 3");
    }
}
