package io.infrakit.oneview.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infrakit.oneview.client.error.ErrorMessage;
import io.infrakit.oneview.simulator.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shared fixture is parsed by the typed views and written back byte for byte (compared as compact JSON with
 * the original number and string spellings).
 */
class FixtureRoundTripTest {

    static Stream<Path> fixtures() {
        return Fixtures.allJsonFiles().stream();
    }

    @Test
    void fixturesAreThere() {
        assertThat(Fixtures.allJsonFiles()).hasSizeGreaterThanOrEqualTo(23);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFixtureRoundTripsThroughItsTypedView(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String compact = minify(text);
        ResourceJson json = ResourceJson.parse(text);
        assertThat(json.toJson()).isEqualTo(compact);

        OneViewResource typed = typedView(json);
        if (typed != null) {
            assertThat(typed.toJson()).isEqualTo(compact);
            assertThat(typed.json()).isEqualTo(json);
        }
        JsonNode members = json.get("members");
        if (members != null) {
            for (JsonNode member : members) {
                ResourceJson m = ResourceJson.of((ObjectNode) member);
                OneViewResource view = typedView(m);
                assertThat(view).as("typed view of a member of %s", file).isNotNull();
                assertThat(view.toJson()).isEqualTo(minify(member.toString()));
                assertThat(text.replaceAll("\\s", "")).contains(view.toJson().replaceAll("\\s", ""));
            }
        }
        if (json.has("errorCode")) {
            ErrorMessage error = ErrorMessages.fromNode(json.toObjectNode());
            assertThat(error.rawJson()).isEqualTo(compact);
            assertThat(error.errorCode()).isNotBlank();
        }
    }

    /** Chooses the typed view from the JSON's category or type, as a client would. */
    static OneViewResource typedView(ResourceJson json) {
        String category = json.text("category");
        String type = String.valueOf(json.text("type"));
        Function<ResourceJson, OneViewResource> factory;
        if (type.startsWith("TaskResource") || "tasks".equals(category)) {
            factory = Task::new;
        } else if (json.has("members")) {
            return null;
        } else if ("server-hardware".equals(category)) {
            factory = ServerHardware::new;
        } else if ("server-profiles".equals(category)) {
            factory = ServerProfile::new;
        } else if ("server-profile-templates".equals(category)) {
            factory = ServerProfileTemplate::new;
        } else if ("available-targets".equals(category)) {
            factory = AvailableTargets::new;
        } else if ("server-hardware-types".equals(category)) {
            factory = ServerHardwareType::new;
        } else if ("enclosure-groups".equals(category)) {
            factory = EnclosureGroup::new;
        } else {
            return null;
        }
        return factory.apply(json);
    }

    /** Removes insignificant whitespace, keeping every other character as written. */
    static String minify(String json) {
        StringBuilder sb = new StringBuilder(json.length());
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                sb.append(c);
                if (c == '\\') {
                    sb.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                sb.append(c);
            } else if (!Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Test
    void typedAccessorsReadRealPayloads() {
        ServerProfile profile = ServerProfile.fromJson(Fixtures.read("oneview-redfish-toolkit/ServerProfile.json"));
        assertThat(profile.type()).isEqualTo("ServerProfileV9");
        assertThat(profile.eTag()).isEqualTo("1526058827348/42");
        assertThat(profile.templateCompliance()).isEqualTo("Compliant");
        assertThat(profile.serverHardwareUri()).isEqualTo("/rest/server-hardware/30303437-3034-4D32-3230-313130304752");
        assertThat(profile.modified()).isEqualTo("2018-06-04T17:01:37.783Z");

        ServerProfile fromTemplate = ServerProfile.fromJson(Fixtures.read(
                "chef-provisioning-oneview/v200/server-profile-templates_new-profile_WebServerTemplate.json"));
        assertThat(fromTemplate.uri()).isNull();
        assertThat(fromTemplate.name()).isNull();
        assertThat(fromTemplate.serverProfileTemplateUri())
                .isEqualTo("/rest/server-profile-templates/d64da635-f08a-41d4-b6eb-6517206a8bae");

        ServerHardware specific = ServerHardware.fromJson(
                Fixtures.read("chef-provisioning-oneview/v120/server-hardware_specific.json"));
        assertThat(specific.powerState()).isEqualTo(PowerState.UNKNOWN); // hand-edited "Powering-On"
        assertThat(specific.powerStateText()).isEqualTo("Powering-On");

        ServerHardware synergy = ServerHardware.fromJson(Fixtures.read("oneview-redfish-toolkit/ServerHardware.json"));
        assertThat(synergy.powerState()).isEqualTo(PowerState.ON);
        assertThat(synergy.state()).isEqualTo("ProfileApplied");

        Task running = Task.fromJson(Fixtures.read("oneview-golang/task-sp-create-running.json"));
        assertThat(running.taskState()).isEqualTo(TaskState.RUNNING);
        assertThat(running.percentComplete()).isEqualTo(50);
        assertThat(running.associatedResourceUri()).isEqualTo("/rest/server-profiles/9e2e3adf-790b-4272-b8a7-e693cf39ade4");
        Task starting = Task.fromJson(Fixtures.read("oneview-golang/task-sp-create-starting.json"));
        assertThat(starting.associatedResourceUri()).isNull();
        Task completed = Task.fromJson(Fixtures.read("oneview-ansible/task-completed-trimmed.json"));
        assertThat(completed.taskState()).isEqualTo(TaskState.COMPLETED);
        assertThat(completed.taskErrors()).isEmpty();

        AvailableTargets rack = AvailableTargets.fromJson(Fixtures.read("oneview-puppet/server_profile.json"));
        assertThat(rack.servers()).hasSize(1);
        assertThat(rack.servers().get(0).enclosureUri()).isNull();

        ErrorMessage notFound = ErrorMessages.fromNode(ResourceJson.parse(
                Fixtures.read("chef-provisioning-oneview/v120/error_404.json")).toObjectNode());
        assertThat(notFound.errorCode()).isEqualTo("GENERIC_HTTP_404");
        assertThat(notFound.recommendedActions()).isNotEmpty();
    }

    @Test
    void editsKeepEveryOtherFieldInPlace() {
        String text = Fixtures.read("oneview-redfish-toolkit/ServerProfileBuiltFromTemplateToCreateASystem.json");
        ServerProfile original = ServerProfile.fromJson(text);
        ServerProfile edited = original.withName("web02");
        assertThat(edited.name()).isEqualTo("web02");
        assertThat(original.name()).isNotEqualTo("web02");
        String expected = minify(text).replace("\"name\":" + quoted(original.name()), "\"name\":\"web02\"");
        assertThat(edited.toJson()).isEqualTo(expected);
    }

    @Test
    void exposedTreesAreCopies() {
        ServerProfile profile = ServerProfile.fromJson("{\"name\":\"a\",\"connections\":[]}");
        ObjectNode copy = profile.json().toObjectNode();
        copy.put("name", "changed");
        ((com.fasterxml.jackson.databind.node.ArrayNode) profile.json().get("connections")).add(1);
        assertThat(profile.toJson()).isEqualTo("{\"name\":\"a\",\"connections\":[]}");
        ObjectNode source = copy.deepCopy();
        ServerProfile wrapped = new ServerProfile(ResourceJson.of(source));
        source.put("name", "mutated later");
        assertThat(wrapped.name()).isEqualTo("changed");
    }

    @Test
    void numbersKeepTheirSpelling() {
        String json = "{\"a\":1.50,\"b\":1E+3,\"c\":12345678901234567890}";
        assertThat(ResourceJson.parse(json).toJson()).isEqualTo("{\"a\":1.50,\"b\":1E+3,\"c\":12345678901234567890}");
    }

    private static String quoted(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    @Test
    void listOfViewsHelper() {
        assertThat(List.of(TaskState.values())).filteredOn(TaskState::isTerminal)
                .containsExactlyInAnyOrder(TaskState.COMPLETED, TaskState.WARNING, TaskState.ERROR,
                        TaskState.TERMINATED, TaskState.KILLED, TaskState.INTERRUPTED);
        assertThat(TaskState.fromValue("Exploding")).isEqualTo(TaskState.UNKNOWN);
        assertThat(TaskState.fromValue(null)).isEqualTo(TaskState.UNKNOWN);
    }
}
