package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infrakit.oneview.simulator.testing.Fixtures;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field of the recorded appliance payloads (read in place from the folder {@link Fixtures} finds), nested fields
 * included, is present in the simulator's answer for the same API version, and the {@code type}s match. An object
 * the recording has must be an object here too; a non-empty array must be non-empty here too, and its first
 * element is compared with the simulator's first element of the same kind (blade or rack server, empty bay or
 * server). Skipped when the fixtures are not there; they are only read, never copied into the project.
 */
@DisplayName("JSON shapes, nested fields included, match the recorded appliance payloads")
class FixtureShapeTest extends SimulatorTestSupport {

    private static Path fixtures;

    private static ManualClock clock;
    private static OneViewSimulator sim;
    private static TestClient client;

    @BeforeAll
    static void start() {
        fixtures = Fixtures.dir();
        clock = new ManualClock();
        sim = manualSimulator(clock).inventory(InventorySpec.defaults()).start();
        client = new TestClient(sim).login();
    }

    @AfterAll
    static void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    private static JsonNode fixture(String path) throws IOException {
        return TestClient.MAPPER.readTree(fixtures.resolve(path).toFile());
    }

    /** The paths of the recorded payload's fields that the simulator's lacks (or has in another shape). */
    static List<String> missing(JsonNode ours, JsonNode recorded, String path) {
        List<String> missing = new ArrayList<>();
        if (recorded.isObject()) {
            if (!ours.isObject()) {
                missing.add(path + " (an object in the recording, " + ours.getNodeType() + " here)");
                return missing;
            }
            for (Iterator<String> it = recorded.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!ours.has(field)) {
                    missing.add(path + "." + field);
                } else {
                    missing.addAll(missing(ours.get(field), recorded.get(field), path + "." + field));
                }
            }
        } else if (recorded.isArray() && !recorded.isEmpty()) {
            if (!ours.isArray() || ours.isEmpty()) {
                missing.add(path + "[] (elements in the recording, none here)");
            } else {
                missing.addAll(missing(ours.get(0), recorded.get(0), path + "[]"));
            }
        }
        return missing;
    }

    private static void assertShape(JsonNode ours, JsonNode recorded) {
        assertThat(missing(ours, recorded, "")).as("fields of the recorded payload missing from the simulator's")
                .isEmpty();
        if (recorded.has("type")) {
            assertThat(ours.get("type").asText()).as("type").isEqualTo(recorded.get("type").asText());
        }
    }

    /** The simulator's first element of {@code array} of the kind of {@code recorded}'s. */
    private static JsonNode sameKind(JsonNode array, JsonNode recorded, Predicate<JsonNode> kind) {
        boolean wanted = kind.test(recorded);
        for (JsonNode element : array) {
            if (kind.test(element) == wanted) {
                return element;
            }
        }
        throw new AssertionError("no element of the recorded kind in " + array);
    }

    /** Compares each recorded member with the simulator's first member of the same kind. */
    private static void assertMembersShape(JsonNode ours, JsonNode recorded, String array, Predicate<JsonNode> kind) {
        for (JsonNode member : recorded.get(array)) {
            assertShape(sameKind(ours.get(array), member, kind), member);
        }
    }

    /** The envelope without its member array (compared member by member). */
    private static JsonNode without(JsonNode recorded, String array) {
        ObjectNode copy = recorded.deepCopy();
        copy.remove(array);
        return copy;
    }

    private static final Predicate<JsonNode> BLADE = h -> !h.path("locationUri").isNull();
    private static final Predicate<JsonNode> EMPTY_BAY = t -> t.path("serverHardwareUri").isNull();

    private JsonNode at(int api, String path) {
        client.apiVersion = api;
        TestClient.Resp r = client.get(path);
        assertThat(r.status()).as(path).isEqualTo(200);
        return r.body();
    }

    @Test
    void serverHardwareAtApi120AndApi800() throws IOException {
        for (String file : List.of("server-hardware.json", "server-hardware_Template-WebServer.json")) {
            JsonNode recorded = fixture("chef-provisioning-oneview/v120/" + file);
            JsonNode list = at(120, "/rest/server-hardware");
            assertShape(list, without(recorded, "members"));
            assertMembersShape(list, recorded, "members", BLADE);
        }
        JsonNode specific = fixture("chef-provisioning-oneview/v120/server-hardware_specific.json");
        assertShape(at(120, firstServer(client, "name='Encl1, bay 3'").get("uri").asText()), specific);
        assertShape(at(800, "/rest/server-hardware").get("members").get(0),
                fixture("oneview-redfish-toolkit/ServerHardware.json"));
    }

    @Test
    void templatesAndNewProfile() throws IOException {
        assertShape(at(300, "/rest/server-profile-templates").get("members").get(0),
                fixture("oneview-redfish-toolkit/ServerProfileTemplate.json"));
        JsonNode byName = at(200, "/rest/server-profile-templates?filter=" + enc("name matches 'Web Server Template'"));
        assertShape(byName, fixture("chef-provisioning-oneview/v200/server-profile-templates_WebServerTemplate.json"));
        assertShape(at(200, "/rest/server-profile-templates?filter=" + enc("name matches 'nothing'")),
                fixture("chef-provisioning-oneview/v200/server-profile-templates_invalid.json"));
        JsonNode newProfile = at(200, byName.get("members").get(0).get("uri").asText() + "/new-profile");
        assertShape(newProfile,
                fixture("chef-provisioning-oneview/v200/server-profile-templates_new-profile_WebServerTemplate.json"));
    }

    @Test
    void availableTargetsWithEmptyBaysAndRackServers() throws IOException {
        JsonNode recordedV3 = fixture("oneview-redfish-toolkit/AvailableTargetsForSPT.json");
        JsonNode v3 = at(800, "/rest/server-profiles/available-targets");
        assertShape(v3, without(recordedV3, "targets"));
        assertMembersShape(v3, recordedV3, "targets", EMPTY_BAY);
        JsonNode recordedV2 = fixture("oneview-puppet/server_profile.json");
        JsonNode v2 = at(300, "/rest/server-profiles/available-targets");
        assertShape(v2, without(recordedV2, "targets"));
        assertShape(sameKind(v2.get("targets"), recordedV2.get("targets").get(0),
                t -> t.path("enclosureGroupUri").isNull()), recordedV2.get("targets").get(0));
    }

    @Test
    void profilesAndTheirTasks() throws IOException {
        client.apiVersion = 800;
        JsonNode template = at(800, "/rest/server-profile-templates?filter=" + enc("name='Web Server Template'"))
                .get("members").get(0);
        ObjectNode body = (ObjectNode) at(800, template.get("uri").asText() + "/new-profile");
        body.put("name", "chef-web01");
        body.put("serverHardwareUri", firstServer(client, "name='Encl1, bay 3'").get("uri").asText());
        TestClient.Resp accepted = client.post("/rest/server-profiles", body);
        String task = client.pathOf(accepted.header("Location"));
        assertShape(accepted.body(), fixture("oneview-golang/task-sp-create-starting.json"));
        clock.advance(TASK.dividedBy(2));
        assertShape(at(800, task), fixture("oneview-golang/task-sp-create-running.json"));
        clock.advance(TASK);
        assertShape(at(800, task), fixture("oneview-ansible/task-completed-trimmed.json"));

        assertShape(at(800, "/rest/server-profiles").get("members").get(0),
                fixture("oneview-redfish-toolkit/ServerProfile.json"));
        JsonNode byName = at(120, "/rest/server-profiles?filter=" + enc("name matches 'chef-web01'"));
        assertShape(byName, fixture("chef-provisioning-oneview/v120/server-profiles_name_chef-web01.json"));
        assertShape(at(120, "/rest/server-profiles?filter=" + enc("name matches 'nothing'")),
                fixture("chef-provisioning-oneview/v120/server-profiles_name_empty.json"));

        sim.faults().failNextTask(TaskKind.CREATE_PROFILE, "MacTypeDiffGlobalMacType");
        body.put("name", "chef-web02");
        body.put("serverHardwareUri", firstServer(client, "name='Encl1, bay 5'").get("uri").asText());
        client.apiVersion = 800;
        TestClient.Resp failing = client.post("/rest/server-profiles", body);
        clock.advance(TASK);
        assertShape(at(800, client.pathOf(failing.header("Location"))), fixture("oneview-golang/task-sp-create-error.json"));
    }

    @Test
    void sessionsVersionAndErrors() throws IOException {
        assertShape(at(120, "/rest/version"), fixture("chef-provisioning-oneview/v120/version.json"));
        client.apiVersion = 120;
        TestClient fresh = new TestClient(sim);
        fresh.apiVersion = 120;
        assertShape(fresh.post("/rest/login-sessions", java.util.Map.of("userName", sim.userName(), "password",
                sim.password())).body(), fixture("chef-provisioning-oneview/v120/login.json"));
        assertShape(client.get("/rest/nothing").body(), fixture("chef-provisioning-oneview/v120/error_404.json"));
        JsonNode recordedFilter = fixture("chef-provisioning-oneview/v120/server-profiles_invalid_filter.json");
        JsonNode invalid = client.get("/rest/server-profiles?filter=" + enc("serialNumber matches ''")).body();
        assertShape(invalid, recordedFilter);
        assertThat(invalid.get("errorCode")).isEqualTo(recordedFilter.get("errorCode"));
        assertThat(invalid.get("message")).isEqualTo(recordedFilter.get("message"));
    }
}
