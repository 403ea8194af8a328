package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every field of the recorded appliance payloads in {@code shared/oneview-fixtures} (read from the directory named
 * by the system property {@code oneview.fixtures}, default {@code ../../shared/oneview-fixtures}) is present in the
 * simulator's answer for the same API version. Skipped when the fixtures are not there. The fixtures are only read,
 * never copied into the project.
 */
@DisplayName("JSON shapes match the recorded appliance payloads")
class FixtureShapeTest extends SimulatorTestSupport {

    private static final Path FIXTURES = Path.of(System.getProperty("oneview.fixtures", "../../shared/oneview-fixtures"));

    private static OneViewSimulator sim;
    private static TestClient client;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isDirectory(FIXTURES), "fixtures not found at " + FIXTURES.toAbsolutePath());
        sim = OneViewSimulator.builder().plainHttp().taskDuration(java.time.Duration.ofHours(1)).start();
        client = new TestClient(sim).login();
    }

    @AfterAll
    static void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    private static JsonNode fixture(String path) throws IOException {
        return TestClient.MAPPER.readTree(FIXTURES.resolve(path).toFile());
    }

    private static void assertHasFieldsOf(JsonNode ours, JsonNode recorded) {
        List<String> missing = new ArrayList<>();
        for (Iterator<String> it = recorded.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!ours.has(field)) {
                missing.add(field);
            }
        }
        assertThat(missing).as("fields of the recorded payload missing from the simulator's").isEmpty();
    }

    private JsonNode at(int api, String path) {
        client.apiVersion = api;
        TestClient.Resp r = client.get(path);
        assertThat(r.status()).isEqualTo(200);
        return r.body();
    }

    @Test
    void serverHardware() throws IOException {
        JsonNode list120 = at(120, "/rest/server-hardware");
        JsonNode recorded = fixture("chef-provisioning-oneview/v120/server-hardware.json");
        assertHasFieldsOf(list120, recorded);
        assertHasFieldsOf(list120.get("members").get(0), recorded.get("members").get(0));
        assertThat(list120.get("type").asText()).isEqualTo(recorded.get("type").asText());
        JsonNode member800 = at(800, "/rest/server-hardware").get("members").get(0);
        assertHasFieldsOf(member800, fixture("oneview-redfish-toolkit/ServerHardware.json"));
    }

    @Test
    void templatesAndNewProfile() throws IOException {
        JsonNode template = at(300, "/rest/server-profile-templates").get("members").get(0);
        JsonNode recorded = fixture("oneview-redfish-toolkit/ServerProfileTemplate.json");
        assertHasFieldsOf(template, recorded);
        assertThat(template.get("type").asText()).isEqualTo(recorded.get("type").asText());
        JsonNode newProfile = at(200, template.get("uri").asText() + "/new-profile");
        JsonNode recordedNew = fixture("chef-provisioning-oneview/v200/server-profile-templates_new-profile_WebServerTemplate.json");
        assertHasFieldsOf(newProfile, recordedNew);
        assertThat(newProfile.get("type").asText()).isEqualTo(recordedNew.get("type").asText());
    }

    @Test
    void profileTaskAndAvailableTargets() throws IOException {
        client.apiVersion = 800;
        JsonNode targets = at(800, "/rest/server-profiles/available-targets");
        JsonNode recordedTargets = fixture("oneview-redfish-toolkit/AvailableTargetsForSPT.json");
        assertHasFieldsOf(targets, recordedTargets);
        assertHasFieldsOf(targets.get("targets").get(0), recordedTargets.get("targets").get(0));

        JsonNode template = at(800, "/rest/server-profile-templates?filter=" + enc("name='Web Server Template'"))
                .get("members").get(0);
        ObjectNode body = (ObjectNode) at(800, template.get("uri").asText() + "/new-profile");
        body.put("name", "shape");
        body.put("serverHardwareUri", firstServer(client, "position=1").get("uri").asText());
        TestClient.Resp accepted = client.post("/rest/server-profiles", body);
        assertHasFieldsOf(accepted.body(), fixture("oneview-golang/task-sp-create-starting.json"));
        assertHasFieldsOf(accepted.body(), fixture("oneview-golang/task-sp-create-running.json"));
        JsonNode profile = at(800, "/rest/server-profiles").get("members").get(0);
        JsonNode recordedProfile = fixture("oneview-redfish-toolkit/ServerProfile.json");
        assertHasFieldsOf(profile, recordedProfile);
        assertThat(profile.get("type").asText()).isEqualTo(recordedProfile.get("type").asText());
    }

    @Test
    void errors() throws IOException {
        client.apiVersion = 120;
        assertHasFieldsOf(client.get("/rest/nothing").body(), fixture("chef-provisioning-oneview/v120/error_404.json"));
        assertHasFieldsOf(client.get("/rest/server-profiles?filter=" + enc("serialNumber matches")).body(),
                fixture("chef-provisioning-oneview/v120/server-profiles_invalid_filter.json"));
    }
}
