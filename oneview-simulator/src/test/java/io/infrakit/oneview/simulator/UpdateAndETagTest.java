package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("profile updates: eTags, If-Match, If-None-Match, PUT and PATCH")
class UpdateAndETagTest extends ManualSimulatorTest {
    private String profileUri;
    private String serverUri;

    @BeforeEach
    void start() {
        profileUri = createProfile(client, clock, "web-01", "Encl1, bay 1");
        serverUri = client.get(profileUri).body().get("serverHardwareUri").asText();
    }

    private ObjectNode current() {
        return (ObjectNode) client.get(profileUri).body();
    }

    @Test
    void getReturnsETagAndIfNoneMatchGives304() {
        TestClient.Resp r = client.get(profileUri);
        String eTag = r.header("ETag");
        assertThat(eTag).isEqualTo(r.body().get("eTag").asText());
        TestClient.Resp notModified = client.send("GET", profileUri, null, Map.of("If-None-Match", eTag));
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(client.send("GET", profileUri, null, Map.of("If-None-Match", "other")).status()).isEqualTo(200);
    }

    @Test
    void putWithTheCurrentETagUpdatesAndChangesTheETag() {
        ObjectNode body = current();
        String before = body.get("eTag").asText();
        body.put("description", "updated");
        TestClient.Resp accepted = client.put(profileUri, body);
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(current().get("state").asText()).isEqualTo("Updating");
        assertThat(client.get(serverUri).body().get("state").asText()).isEqualTo("ApplyingProfile");
        clock.advance(TASK);
        JsonNode after = current();
        assertThat(after.get("description").asText()).isEqualTo("updated");
        assertThat(after.get("state").asText()).isEqualTo("Normal");
        assertThat(after.get("eTag").asText()).isNotEqualTo(before);
        assertThat(client.get(serverUri).body().get("state").asText()).isEqualTo("ProfileApplied");
    }

    @Test
    void staleETagIs412() {
        ObjectNode stale = current();
        ObjectNode fresh = current();
        fresh.put("description", "first writer");
        client.put(profileUri, fresh);
        clock.advance(TASK);
        stale.put("description", "second writer");
        TestClient.Resp conflict = client.put(profileUri, stale);
        assertThat(conflict.status()).isEqualTo(412);
        assertThat(conflict.errorCode()).isEqualTo(ErrorCodes.ETAG_MISMATCH);
        TestClient.Resp viaHeader = client.send("PUT", profileUri, current(), Map.of("If-Match", "\"1/1\""));
        assertThat(viaHeader.status()).isEqualTo(412);
        ObjectNode noETag = current();
        noETag.remove("eTag");
        assertThat(client.put(profileUri, noETag).status()).isEqualTo(412);
        clock.advance(TASK);
        assertThat(current().get("description").asText()).isEqualTo("first writer");
    }

    @Test
    void ifMatchStarBypassesTheCheck() {
        ObjectNode stale = current();
        stale.put("eTag", "0/0");
        stale.put("description", "forced");
        TestClient.Resp r = client.send("PUT", profileUri, stale, Map.of("If-Match", "*"));
        assertThat(r.status()).isEqualTo(202);
        clock.advance(TASK);
        assertThat(current().get("description").asText()).isEqualTo("forced");
    }

    @Test
    void readOnlyFieldsAreKept() {
        ObjectNode body = current();
        String created = body.get("created").asText();
        body.put("created", "1999-01-01T00:00:00.000Z");
        body.put("serialNumber", "HACKED");
        client.put(profileUri, body);
        clock.advance(TASK);
        assertThat(current().get("created").asText()).isEqualTo(created);
        assertThat(current().get("serialNumber").asText()).startsWith("VCG");
    }

    @Test
    void putWhileATaskRunsIs409() {
        ObjectNode body = current();
        client.put(profileUri, body);
        TestClient.Resp busy = client.send("PUT", profileUri, current(), Map.of("If-Match", "*"));
        assertThat(busy.status()).isEqualTo(409);
        assertThat(busy.errorCode()).isEqualTo(ErrorCodes.RESOURCE_LOCKED);
    }

    @Test
    void putCanMoveAProfileToAnotherServer() {
        String other = firstServer(client, "name='Encl2, bay 3'").get("uri").asText();
        ObjectNode body = current();
        body.put("serverHardwareUri", other);
        client.put(profileUri, body);
        assertThat(client.get(serverUri).body().get("state").asText()).isEqualTo("RemovingProfile");
        assertThat(client.get(other).body().get("state").asText()).isEqualTo("ApplyingProfile");
        clock.advance(TASK);
        assertThat(client.get(serverUri).body().get("state").asText()).isEqualTo("NoProfileApplied");
        assertThat(client.get(other).body().get("serverProfileUri").asText()).isEqualTo(profileUri);
        assertThat(current().get("enclosureUri").asText()).endsWith("SIM0000002");
    }

    @Test
    void patchReplacesFields() {
        TestClient.Resp r = client.send("PATCH", profileUri,
                List.of(Map.of("op", "replace", "path", "/templateCompliance", "value", "NonCompliant")), Map.of());
        assertThat(r.status()).isEqualTo(202);
        clock.advance(TASK);
        assertThat(current().get("templateCompliance").asText()).isEqualTo("NonCompliant");
        TestClient.Resp readOnly = client.send("PATCH", profileUri,
                List.of(Map.of("op", "replace", "path", "/uri", "value", "/x")), Map.of());
        assertThat(readOnly.status()).isEqualTo(403);
        assertThat(readOnly.errorCode()).isEqualTo(ErrorCodes.CRM_INCORRECT_VALUE_IN_READONLY_FIELD);
        TestClient.Resp owned = client.send("PATCH", profileUri,
                List.of(Map.of("op", "replace", "path", "/state", "value", "Normal")), Map.of());
        assertThat(owned.status()).isEqualTo(400);
        TestClient.Resp stale = client.send("PATCH", profileUri,
                List.of(Map.of("op", "replace", "path", "/description", "value", "x")), Map.of("If-Match", "0/0"));
        assertThat(stale.status()).isEqualTo(412);
    }
}
