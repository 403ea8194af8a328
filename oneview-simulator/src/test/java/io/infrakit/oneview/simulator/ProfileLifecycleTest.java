package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("server profiles: templates, tasks and the hardware state machine")
class ProfileLifecycleTest extends SimulatorTestSupport {

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

    private JsonNode server(String name) {
        return firstServer(client, "name='" + name + "'");
    }

    private JsonNode task(TestClient.Resp accepted) {
        return client.get(client.pathOf(accepted.header("Location"))).body();
    }

    @Test
    void templatesListGetAndNewProfile() {
        TestClient.Resp list = client.get("/rest/server-profile-templates?sort=name:asc");
        assertThat(list.body().get("total").asInt()).isEqualTo(2);
        assertThat(list.body().get("members").get(0).get("name").asText()).isEqualTo("Database Server Template");
        JsonNode web = client.get("/rest/server-profile-templates?filter=" + enc("name='Web Server Template'"))
                .body().get("members").get(0);
        TestClient.Resp get = client.get(web.get("uri").asText());
        assertThat(get.header("ETag")).isEqualTo(web.get("eTag").asText());
        assertThat(get.body().get("connectionSettings").get("connections")).extracting(c -> c.get("functionType")
                .asText()).containsExactly("Ethernet", "FibreChannel");

        client.apiVersion = 200;
        JsonNode newProfile = client.get(web.get("uri").asText() + "/new-profile").body();
        assertThat(newProfile.get("type").asText()).isEqualTo("ServerProfileV5");
        assertThat(newProfile.get("uri").isNull()).isTrue();
        assertThat(newProfile.get("name").isNull()).isTrue();
        assertThat(newProfile.get("serverHardwareUri").isNull()).isTrue();
        assertThat(newProfile.get("serverProfileTemplateUri").asText()).isEqualTo(web.get("uri").asText());
        assertThat(newProfile.get("serverHardwareTypeUri").asText()).isEqualTo(web.get("serverHardwareTypeUri").asText());
        assertThat(newProfile.get("state").asText()).isEqualTo("Creating");
        assertThat(newProfile.has("connections")).isTrue();
        assertThat(client.get("/rest/server-profile-templates/nope/new-profile").status()).isEqualTo(404);
    }

    @Test
    void createMovesTaskAndHardwareThroughTheirStates() {
        JsonNode server = server("Encl1, bay 1");
        String serverUri = server.get("uri").asText();
        TestClient.Resp accepted = client.post("/rest/server-profiles", newProfile(client, "web-01", serverUri));
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.header("Location")).startsWith(sim.baseUri() + "/rest/tasks/");
        assertThat(accepted.body().get("category").asText()).isEqualTo("tasks");
        assertThat(accepted.body().get("taskState").asText()).isEqualTo("New");

        JsonNode t0 = task(accepted);
        assertThat(t0.get("taskState").asText()).isEqualTo("New");
        assertThat(t0.get("percentComplete").asInt()).isZero();
        assertThat(t0.get("associatedResource").get("resourceUri").isNull()).isTrue();
        assertThat(t0.get("associatedResource").get("resourceCategory").asText()).isEqualTo("server-profiles");
        assertThat(client.get(serverUri).body().get("state").asText()).isEqualTo("ApplyingProfile");

        clock.advance(Duration.ofMillis(1500));
        assertThat(task(accepted).get("taskState").asText()).isEqualTo("Starting");

        clock.advance(Duration.ofSeconds(2));
        JsonNode running = task(accepted);
        assertThat(running.get("taskState").asText()).isEqualTo("Running");
        int p1 = running.get("percentComplete").asInt();
        String profileUri = running.get("associatedResource").get("resourceUri").asText();
        assertThat(profileUri).startsWith("/rest/server-profiles/");
        JsonNode creating = client.get(profileUri).body();
        assertThat(creating.get("state").asText()).isEqualTo("Creating");
        assertThat(creating.get("inProgress").asBoolean()).isTrue();
        assertThat(creating.get("taskUri").asText()).isEqualTo(running.get("uri").asText());

        clock.advance(Duration.ofSeconds(3));
        int p2 = task(accepted).get("percentComplete").asInt();
        assertThat(p2).isGreaterThan(p1).isLessThan(100);

        clock.advance(Duration.ofSeconds(4));
        JsonNode done = task(accepted);
        assertThat(done.get("taskState").asText()).isEqualTo("Completed");
        assertThat(done.get("percentComplete").asInt()).isEqualTo(100);
        assertThat(done.get("taskErrors")).isEmpty();
        assertThat(done.get("associatedResource").get("resourceUri").asText()).isEqualTo(profileUri);

        JsonNode profile = client.get(profileUri).body();
        assertThat(profile.get("state").asText()).isEqualTo("Normal");
        assertThat(profile.get("status").asText()).isEqualTo("OK");
        assertThat(profile.get("inProgress").asBoolean()).isFalse();
        assertThat(profile.get("templateCompliance").asText()).isEqualTo("Compliant");
        assertThat(profile.get("serverHardwareUri").asText()).isEqualTo(serverUri);
        assertThat(profile.get("enclosureBay").asInt()).isEqualTo(1);
        assertThat(profile.get("serialNumber").asText()).startsWith("VCG");
        JsonNode hw = client.get(serverUri).body();
        assertThat(hw.get("state").asText()).isEqualTo("ProfileApplied");
        assertThat(hw.get("serverProfileUri").asText()).isEqualTo(profileUri);
        assertThat(sim.profileCount()).isEqualTo(1);

        TestClient.Resp byName = client.get("/rest/server-profiles?filter=" + enc("name='web-01'"));
        assertThat(byName.body().get("total").asInt()).isEqualTo(1);
        assertThat(byName.body().get("type").asText()).isEqualTo("ServerProfileListV12");
    }

    @Test
    void deleteReleasesTheHardware() {
        String serverUri = server("Encl1, bay 3").get("uri").asText();
        client.post("/rest/server-profiles", newProfile(client, "web-02", serverUri));
        clock.advance(TASK);
        String profileUri = client.get("/rest/server-profiles").body().get("members").get(0).get("uri").asText();

        TestClient.Resp accepted = client.delete(profileUri);
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(task(accepted).get("associatedResource").get("resourceUri").asText()).isEqualTo(profileUri);
        assertThat(client.get(profileUri).body().get("state").asText()).isEqualTo("Deleting");
        assertThat(client.get(serverUri).body().get("state").asText()).isEqualTo("RemovingProfile");
        assertThat(client.delete(profileUri).status()).isEqualTo(409);

        clock.advance(TASK);
        assertThat(task(accepted).get("taskState").asText()).isEqualTo("Completed");
        assertThat(client.get(profileUri).status()).isEqualTo(404);
        JsonNode hw = client.get(serverUri).body();
        assertThat(hw.get("state").asText()).isEqualTo("NoProfileApplied");
        assertThat(hw.get("serverProfileUri").isNull()).isTrue();
    }

    @Test
    void createOnAPoweredOnServerFailsTheTask() {
        String serverUri = server("Encl2, bay 1").get("uri").asText();
        client.put(serverUri + "/powerState", Map.of("powerState", "On", "powerControl", "MomentaryPress"));
        clock.advance(POWER);
        TestClient.Resp accepted = client.post("/rest/server-profiles", newProfile(client, "web-03", serverUri));
        assertThat(accepted.status()).isEqualTo(202);
        clock.advance(Duration.ofSeconds(5));
        assertThat(task(accepted).get("taskState").asText()).isEqualTo("Running");
        clock.advance(TASK);
        JsonNode failed = task(accepted);
        assertThat(failed.get("taskState").asText()).isEqualTo("Error");
        assertThat(failed.get("percentComplete").asInt()).isEqualTo(100);
        assertThat(failed.get("taskErrors").get(0).get("errorCode").asText()).isEqualTo(ErrorCodes.SERVER_NOT_OFF);
        assertThat(failed.get("taskStatus").asText()).isEqualTo("Unable to create server profile: web-03");
        assertThat(failed.get("associatedResource").get("resourceUri").isNull()).isTrue();
        assertThat(sim.profileCount()).isZero();
        assertThat(client.get(serverUri).body().get("state").asText()).isEqualTo("NoProfileApplied");
    }

    @Test
    void createOnAServerThatHasOrGetsAProfileFails() {
        String serverUri = server("Encl1, bay 5").get("uri").asText();
        TestClient.Resp first = client.post("/rest/server-profiles", newProfile(client, "first", serverUri));
        TestClient.Resp second = client.post("/rest/server-profiles", newProfile(client, "second", serverUri));
        clock.advance(TASK);
        assertThat(task(first).get("taskState").asText()).isEqualTo("Completed");
        JsonNode failed = task(second);
        assertThat(failed.get("taskState").asText()).isEqualTo("Error");
        assertThat(failed.get("taskErrors").get(0).get("errorCode").asText())
                .isEqualTo(ErrorCodes.PROFILE_ALREADY_EXISTS_IN_SERVER);
        assertThat(sim.profileCount()).isEqualTo(1);
    }

    @Test
    void duplicateNamesFailTheTask() {
        client.post("/rest/server-profiles", newProfile(client, "dup", server("Encl1, bay 1").get("uri").asText()));
        TestClient.Resp second = client.post("/rest/server-profiles", newProfile(client, "DUP",
                server("Encl1, bay 3").get("uri").asText()));
        clock.advance(TASK);
        assertThat(task(second).get("taskErrors").get(0).get("errorCode").asText())
                .isEqualTo(ErrorCodes.DUPLICATE_PROFILE_NAME);
    }

    @Test
    void wrongHardwareTypeFailsTheTask() {
        // bay 2 holds the second hardware type; the Web Server Template wants the first
        TestClient.Resp accepted = client.post("/rest/server-profiles", newProfile(client, "mismatch",
                server("Encl1, bay 2").get("uri").asText()));
        clock.advance(TASK);
        assertThat(task(accepted).get("taskErrors").get(0).get("errorCode").asText())
                .isEqualTo(ErrorCodes.SERVER_HARDWARE_MISMATCH);
    }

    @Test
    void invalidBodiesAre400() {
        ObjectNode noName = newProfile(client, "x", null);
        noName.remove("name");
        assertThat(client.post("/rest/server-profiles", noName).errorCode()).isEqualTo(ErrorCodes.INVALID_REQUEST);
        ObjectNode wrongType = newProfile(client, "x", null);
        wrongType.put("type", "ServerProfileV4");
        assertThat(client.post("/rest/server-profiles", wrongType).errorCode()).isEqualTo(ErrorCodes.INVALID_RESOURCE_TYPE);
        ObjectNode missingServer = newProfile(client, "x", "/rest/server-hardware/NOPE");
        assertThat(client.post("/rest/server-profiles", missingServer).errorCode()).isEqualTo(ErrorCodes.INVALID_RESOURCE_URI);
        assertThat(sim.profileCount()).isZero();
    }

    @Test
    void unassignedProfileNeedsNoHardware() {
        TestClient.Resp accepted = client.post("/rest/server-profiles", newProfile(client, "spare", null));
        clock.advance(TASK);
        JsonNode done = task(accepted);
        assertThat(done.get("taskState").asText()).isEqualTo("Completed");
        JsonNode profile = client.get(done.get("associatedResource").get("resourceUri").asText()).body();
        assertThat(profile.get("serverHardwareUri").isNull()).isTrue();
        assertThat(profile.get("state").asText()).isEqualTo("Normal");
    }

    @Test
    void availableTargetsListOnlyFreeCompatibleServers() {
        JsonNode web = client.get("/rest/server-profile-templates?filter=" + enc("name='Web Server Template'"))
                .body().get("members").get(0);
        String query = "/rest/server-profiles/available-targets?enclosureGroupUri=" + enc(web.get("enclosureGroupUri").asText())
                + "&serverHardwareTypeUri=" + enc(web.get("serverHardwareTypeUri").asText());
        TestClient.Resp before = client.get(query);
        assertThat(before.body().get("type").asText()).isEqualTo("AvailableTargetsV3");
        assertThat(before.body().get("targets")).hasSize(12); // 3 enclosures x 4 odd bays
        String serverUri = before.body().get("targets").get(0).get("serverHardwareUri").asText();
        client.post("/rest/server-profiles", newProfile(client, "taken", serverUri));
        TestClient.Resp after = client.get(query);
        assertThat(after.body().get("targets")).hasSize(11);
        after.body().get("targets").forEach(t -> assertThat(t.get("serverHardwareUri").asText()).isNotEqualTo(serverUri));
        assertThat(after.body().get("targets").get(0).get("powerState").asText()).isEqualTo("Off");
    }

    @Test
    void tasksCanBeListedAndFiltered() {
        client.post("/rest/server-profiles", newProfile(client, "a", server("Encl1, bay 1").get("uri").asText()));
        client.post("/rest/server-profiles", newProfile(client, "b", server("Encl1, bay 3").get("uri").asText()));
        clock.advance(TASK);
        TestClient.Resp all = client.get("/rest/tasks?filter=" + enc("taskState='Completed'"));
        assertThat(all.body().get("total").asInt()).isEqualTo(2);
        assertThat(client.get("/rest/tasks/NOPE").status()).isEqualTo(404);
    }

    @Test
    void zeroDurationTasksCompleteImmediately() {
        try (OneViewSimulator instant = OneViewSimulator.builder().plainHttp().inventory(InventorySpec.uniform()).taskDuration(Duration.ZERO).start()) {
            TestClient c = new TestClient(instant).login();
            String serverUri = firstServer(c, "name='Encl1, bay 1'").get("uri").asText();
            TestClient.Resp accepted = c.post("/rest/server-profiles", newProfile(c, "now", serverUri));
            assertThat(accepted.body().get("taskState").asText()).isEqualTo("Completed");
            assertThat(c.get(serverUri).body().get("state").asText()).isEqualTo("ProfileApplied");
        }
    }
}
