package io.infrakit.oneview.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.simulator.testing.Fixtures;
import io.infrakit.oneview.client.testing.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A GET-edit-PUT of a real recorded profile (what the provider's Label does) sends every read-only field back
 * byte for byte (appliances answer 403 CRM_INCORRECT_VALUE_IN_READONLY_FIELD otherwise, reference §6), including
 * the 1.20 timestamps {@code 20150810T040139.738Z} that typed SDKs lose.
 */
class ReadOnlyRoundTripExpectTest extends ExpectTestSupport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"oneview-redfish-toolkit/ServerProfile.json",
        "chef-provisioning-oneview/v120/server-profiles_name_chef-web01.json"})
    void aDescriptionChangeSendsTheRecordedProfileBackUntouched(String fixture) throws Exception {
        ObjectNode recorded = (ObjectNode) MAPPER.readTree(Fixtures.read(fixture));
        if (recorded.has("members")) {
            recorded = (ObjectNode) recorded.get("members").get(0);
        }
        String path = recorded.get("uri").asText();
        ObjectNode expected = recorded.deepCopy();
        expected.put("description", "infrakit:{\"owner\":\"o\",\"instance\":\"i\",\"tags\":{}}");
        expectVersionAndLogin();
        server.expect("GET", path).authenticated(TOKEN, API).respondJson(200, recorded.toString());
        server.expect("PUT", path).authenticated(TOKEN, API).withJsonBody(expected.toString())
                .respond(Reply.json(202, "{}").withHeader("Location", "/rest/tasks/t1"));
        expectLogout(TOKEN);
        client = builder().build();

        ServerProfile read = client.serverProfiles().get(path);
        client.serverProfiles().update(read.withDescription(expected.get("description").asText()));
        String sent = server.requests().stream().filter(r -> r.method().equals("PUT")).findFirst().orElseThrow().body();
        for (String field : new String[]{"uri", "uuid", "category", "created", "modified", "eTag"}) {
            assertThat(MAPPER.readTree(sent).get(field)).as(field).isEqualTo(recorded.get(field));
        }
        closeAndVerify();
    }

    @Test
    void theV120TimestampsAreNotIsoAndStayAsTheyAre() throws Exception {
        ObjectNode member = (ObjectNode) MAPPER.readTree(
                Fixtures.read("chef-provisioning-oneview/v120/server-profiles_name_chef-web01.json")).get("members").get(0);
        assertThat(member.get("modified").asText()).isEqualTo("20150810T042450.221Z");
        ServerProfile edited = ServerProfile.fromJson(member.toString()).withDescription("x");
        assertThat(edited.json().toObjectNode().get("modified").asText()).isEqualTo("20150810T042450.221Z");
    }
}
