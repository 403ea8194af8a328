package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Iterator;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What an appliance refuses, the simulator refuses too (reference §2.3, §5.3, §6; fixtures). */
@DisplayName("the simulator refuses what an appliance refuses")
class StrictnessTest extends ManualSimulatorTest {
    private String profileUri;

    @BeforeEach
    void start() {
        profileUri = createProfile(client, clock, "web-01", "Encl1, bay 1");
    }

    private ObjectNode current() {
        return (ObjectNode) client.get(profileUri).body();
    }

    @Test
    void aPutThatChangesAReadOnlyFieldIs403AndChangesNothing() {
        for (Map.Entry<String, String> change : Map.of("modified", "2026-01-01T00:00:00.000Z",
                "created", "2015-08-10T04:01:39.738Z", "uri", "/rest/server-profiles/other", "uuid", "other",
                "category", "server-profile-templates").entrySet()) {
            ObjectNode before = current();
            ObjectNode body = before.deepCopy();
            body.put(change.getKey(), change.getValue());
            body.put("description", "changed");
            TestClient.Resp refused = client.put(profileUri, body);
            assertThat(refused.status()).as(change.getKey()).isEqualTo(403);
            assertThat(refused.errorCode()).isEqualTo(ErrorCodes.CRM_INCORRECT_VALUE_IN_READONLY_FIELD);
            assertThat(refused.body().get("message").asText()).contains(change.getKey());
            assertThat(current()).isEqualTo(before);
        }
    }

    @Test
    void aPutOfTheBodyAsReadRoundTripsItUntouched() {
        ObjectNode before = current();
        ObjectNode body = before.deepCopy();
        body.put("description", "labelled");
        TestClient.Resp accepted = client.put(profileUri, body);
        assertThat(accepted.status()).isEqualTo(202);
        clock.advance(TASK);
        ObjectNode after = current();
        for (Iterator<String> it = before.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!field.equals("description") && !field.equals("modified") && !field.equals("eTag")
                    && !field.equals("taskUri")) {
                assertThat(after.get(field)).as(field).isEqualTo(before.get(field));
            }
        }
        assertThat(after.get("description").asText()).isEqualTo("labelled");
        assertThat(after.get("modified").asText()).isNotEqualTo(before.get("modified").asText());
    }

    @Test
    void aPutLeavingReadOnlyFieldsOutIsNoChange() {
        ObjectNode body = current();
        body.remove("created");
        body.remove("modified");
        assertThat(client.put(profileUri, body).status()).isEqualTo(202);
    }

    @Test
    void anEmptyMatchesIsAnInvalidFilterAsRecorded() {
        TestClient.Resp r = client.get("/rest/server-profiles?filter=" + enc("serialNumber matches ''"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo(ErrorCodes.INVALID_FILTER);
        assertThat(r.body().get("message").asText())
                .isEqualTo("The specified filter is not valid ([serialNumber matches '']).");
        assertThat(r.body().get("recommendedActions").get(0).asText()).isEqualTo("Verify parameters and try again.");
    }

    @Test
    void aQueryIsRefusedNotIgnored() {
        TestClient.Resp r = client.get("/rest/server-hardware?query=" + enc("name EQ 'Encl1, bay 1'"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo(ErrorCodes.INVALID_QUERY);
        assertThat(ErrorCodes.invented()).contains(ErrorCodes.INVALID_QUERY);
    }

    @Test
    void aStoredProfileIsShownInTheSchemaOfEachRequestsApiVersion() {
        client.apiVersion = 800;
        JsonNode v800 = current();
        assertThat(v800.get("type").asText()).isEqualTo("ServerProfileV9");
        assertThat(v800.get("connectionSettings").get("connections")).hasSize(2);
        assertThat(v800.has("connections")).isFalse();
        String mac = v800.get("connectionSettings").get("connections").get(0).get("mac").asText();

        client.apiVersion = 200;
        ObjectNode v200 = current();
        assertThat(v200.get("type").asText()).isEqualTo("ServerProfileV5");
        assertThat(v200.has("connectionSettings")).isFalse();
        assertThat(v200.get("connections").get(0).get("mac").asText()).isEqualTo(mac);

        client.apiVersion = 120;
        JsonNode v120 = current();
        assertThat(v120.get("type").asText()).isEqualTo("ServerProfileV4");
        assertThat(v120.get("created").asText()).matches("\\d{8}T\\d{6}\\.\\d{3}Z");
        assertThat(v120.get("localStorage").get("logicalDrives").get(0).get("raidLevel").asText()).isEqualTo("RAID1");

        client.apiVersion = 200;
        v200.put("description", "from an API 200 client");
        assertThat(client.put(profileUri, v200).status()).isEqualTo(202);
        clock.advance(TASK);
        client.apiVersion = 2400;
        JsonNode v2400 = current();
        assertThat(v2400.get("type").asText()).isEqualTo("ServerProfileV12");
        assertThat(v2400.get("description").asText()).isEqualTo("from an API 200 client");
        assertThat(v2400.get("connectionSettings").get("connections").get(0).get("mac").asText())
                .as("the connection keeps its address").isEqualTo(mac);
    }

    @Test
    void aBodyTypedForAnotherApiVersionIs400() {
        client.apiVersion = 800;
        ObjectNode body = current();
        client.apiVersion = 2400;
        TestClient.Resp refused = client.put(profileUri, body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo(ErrorCodes.INVALID_RESOURCE_TYPE);
    }

    @Test
    void everyResponseHasADateAndCollectionsAreChunked() {
        TestClient.Resp list = client.get("/rest/server-hardware");
        assertThat(list.header("Date")).isNotBlank();
        assertThat(list.header("Transfer-Encoding")).isEqualTo("chunked");
        assertThat(list.header("Content-Length")).isNull();
        assertThat(list.body().get("members")).hasSize(24);
        TestClient.Resp one = client.get(profileUri);
        assertThat(one.header("Date")).isNotBlank();
        assertThat(one.header("Content-Length")).isNotNull();
        assertThat(client.get("/rest/nothing").header("Date")).isNotBlank();
        TestClient admin = new TestClient(sim);
        assertThat(admin.get("/admin/status").header("Date")).isNotBlank();
        assertThat(java.time.ZonedDateTime.parse(list.header("Date"),
                java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
                .as("the simulator's clock").isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
}
