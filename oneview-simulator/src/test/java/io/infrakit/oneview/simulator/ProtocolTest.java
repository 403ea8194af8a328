package io.infrakit.oneview.simulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("protocol: version, sessions, headers, errors")
class ProtocolTest extends SimulatorTestSupport {

    private ManualClock clock;
    private OneViewSimulator sim;
    private TestClient client;

    @BeforeEach
    void start() {
        clock = new ManualClock();
        sim = manualSimulator(clock).sessionIdleTimeout(Duration.ofMinutes(30)).start();
        client = new TestClient(sim);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void versionNeedsNoHeaders() {
        client.apiVersion = null;
        TestClient.Resp r = client.get("/rest/version");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("minimumVersion").asInt()).isEqualTo(120);
        assertThat(r.body().get("currentVersion").asInt()).isEqualTo(2400);
        assertThat(r.header("Content-Type")).isEqualTo("application/json;charset=UTF-8");
        assertThat(r.header("Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void loginDetailsNeedNoSession() {
        TestClient.Resp r = client.get("/rest/logindetails");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("defaultLoginDomain").get("name").asText()).isEqualTo("LOCAL");
        assertThat(r.body().get("allowLocalLogin").asBoolean()).isTrue();
    }

    @Test
    void aMissingApiVersionIsTheOldestAndAnUnsupportedOneIs412() {
        client.apiVersion = null;
        client.login();
        TestClient.Resp missing = client.get("/rest/server-hardware");
        assertThat(missing.status()).as("reference §1.6: no header means the first version").isEqualTo(200);
        assertThat(missing.body().get("type").asText()).isEqualTo("server-hardware-list-3");
        assertThat(missing.body().get("members").get(0).has("mpIpAddress")).as("the API 120 schema").isTrue();
        client.apiVersion = 9999;
        TestClient.Resp unsupported = client.get("/rest/server-hardware");
        assertThat(unsupported.status()).isEqualTo(412);
        assertThat(unsupported.body().get("message").asText()).contains("9999");
        assertThat(unsupported.errorCode()).isEqualTo(ErrorCodes.UNSUPPORTED_API_VERSION);
        client.apiVersion = 100;
        assertThat(client.get("/rest/server-hardware").status()).isEqualTo(412);
        client.apiVersion = 120;
        assertThat(client.get("/rest/server-hardware").status()).isEqualTo(200);
    }

    @Test
    void requestsWithoutAuthGet401WithAnAuthorizationBody() {
        TestClient.Resp r = client.get("/rest/server-profiles");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.errorCode()).isEqualTo("AUTHORIZATION");
        assertThat(r.body().get("message").asText()).isEqualTo("Authorization error: User not authorized for this operation.");
        assertThat(r.body().get("recommendedActions")).hasSize(1);
        assertThat(r.body().get("nestedErrors").isArray()).isTrue();
        assertThat(r.body().get("data").isObject()).isTrue();
        assertThat(r.body().has("errorSource")).isTrue();

        client.token = "not-a-session";
        assertThat(client.get("/rest/server-profiles").errorCode()).isEqualTo("AUTHORIZATION");
    }

    @Test
    void loginChecksCredentialsAndDomain() {
        TestClient.Resp bad = client.post("/rest/login-sessions", Map.of("userName", "administrator", "password", "nope"));
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.errorCode()).isEqualTo(ErrorCodes.AUTHN_AUTH_FAIL);

        TestClient.Resp domain = client.post("/rest/login-sessions", Map.of("userName", sim.userName(),
                "password", sim.password(), "authLoginDomain", "corp.example.com"));
        assertThat(domain.errorCode()).isEqualTo(ErrorCodes.AUTHN_AUTH_FAIL_LOGINDOMAINNOTFOUND);

        TestClient.Resp local = client.post("/rest/login-sessions", Map.of("userName", sim.userName(),
                "password", sim.password(), "authLoginDomain", "LOCAL"));
        assertThat(local.status()).isEqualTo(200);
        assertThat(local.body().get("sessionID").asText()).hasSize(32);
        assertThat(local.body().get("partnerData").isObject()).isTrue();
    }

    @Test
    void customCredentials() {
        try (OneViewSimulator custom = OneViewSimulator.builder().plainHttp().credentials("ops", "s3cret").start()) {
            TestClient c = new TestClient(custom);
            assertThat(c.post("/rest/login-sessions", Map.of("userName", "administrator", "password", "simulator"))
                    .status()).isEqualTo(401);
            c.login();
            assertThat(c.get("/rest/server-hardware").status()).isEqualTo(200);
        }
    }

    @Test
    void logoutEndsTheSession() {
        client.login();
        assertThat(client.delete("/rest/login-sessions").status()).isEqualTo(204);
        assertThat(client.get("/rest/server-hardware").status()).isEqualTo(401);
    }

    @Test
    void sessionsExpireAfterTheIdleTimeoutAndUseRenewsThem() {
        client.login();
        clock.advance(Duration.ofMinutes(29));
        assertThat(client.get("/rest/enclosure-groups").status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(29));
        assertThat(client.get("/rest/enclosure-groups").status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(30));
        TestClient.Resp expired = client.get("/rest/enclosure-groups");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.errorCode()).isEqualTo("AUTHORIZATION");
        client.login();
        assertThat(client.get("/rest/enclosure-groups").status()).isEqualTo(200);
    }

    @Test
    void idleTimeoutCanBeReadAndSetPerSession() {
        client.login();
        TestClient.Resp read = client.send("GET", "/rest/sessions/idle-timeout", null, Map.of("Session-ID", client.token));
        assertThat(read.body().get("idleTimeout").asLong()).isEqualTo(Duration.ofMinutes(30).toMillis());
        TestClient.Resp set = client.send("POST", "/rest/sessions/idle-timeout", Map.of("idleTimeout", 60_000),
                Map.of("Session-ID", client.token));
        assertThat(set.status()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(61));
        assertThat(client.get("/rest/enclosure-groups").status()).isEqualTo(401);
        TestClient.Resp gone = client.send("GET", "/rest/sessions/idle-timeout", null, Map.of("Session-ID", "unknown"));
        assertThat(gone.status()).isEqualTo(404);
    }

    @Test
    void sessionsPerClientCanBeLimited() {
        try (OneViewSimulator limited = OneViewSimulator.builder().plainHttp().maxSessionsPerClient(2).start()) {
            TestClient a = new TestClient(limited).login();
            new TestClient(limited).login();
            TestClient.Resp refused = new TestClient(limited).post("/rest/login-sessions",
                    Map.of("userName", limited.userName(), "password", limited.password()));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.errorCode()).isEqualTo(ErrorCodes.AUTHN_SESSION_CLIENT_LIMIT_CROSSED);
            assertThat(refused.body().get("message").asText()).contains("127.0.0.1");
            a.delete("/rest/login-sessions");
            new TestClient(limited).login();
        }
    }

    @Test
    void putLoginSessionsRevalidates() {
        client.login();
        TestClient.Resp r = client.send("PUT", "/rest/login-sessions", null, Map.of());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("sessionID").asText()).isEqualTo(client.token);
    }

    @Test
    void unknownUriIs404AndWrongMethodIs405() {
        client.login();
        TestClient.Resp unknown = client.get("/rest/no-such-thing");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo(ErrorCodes.GENERIC_HTTP_404);
        TestClient.Resp missing = client.get("/rest/server-hardware/NOPE");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo(ErrorCodes.RESOURCE_NOT_FOUND);
        TestClient.Resp wrongMethod = client.delete("/rest/server-hardware");
        assertThat(wrongMethod.status()).isEqualTo(405);
    }

    @Test
    void bodiesMustBeJson() {
        client.login();
        TestClient.Resp r = client.send("POST", "/rest/server-profiles", "name=x", Map.of("Content-Type", "text/plain"));
        assertThat(r.status()).isEqualTo(415);
        TestClient.Resp bad = client.send("POST", "/rest/server-profiles", "{not json", Map.of());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorCode()).isEqualTo(ErrorCodes.INVALID_REQUEST);
    }

    @Test
    void catalogResourcesCarryTypesForTheApiVersion() {
        client.login();
        client.apiVersion = 200;
        assertThat(client.get("/rest/server-profile-templates").body().get("members").get(0).get("type").asText())
                .isEqualTo("ServerProfileTemplateV1");
        assertThat(client.get("/rest/server-hardware").body().get("type").asText()).isEqualTo("server-hardware-list-3");
        client.apiVersion = 800;
        assertThat(client.get("/rest/server-profile-templates").body().get("type").asText())
                .isEqualTo("ServerProfileTemplateListV5");
        TestClient.Resp types = client.get("/rest/server-hardware-types");
        assertThat(types.body().get("total").asInt()).isEqualTo(2);
        String typeUri = types.body().get("members").get(0).get("uri").asText();
        TestClient.Resp type = client.get(typeUri);
        assertThat(type.body().get("name").asText()).isEqualTo("SY 480 Gen10 1");
        assertThat(type.header("ETag")).isEqualTo(type.body().get("eTag").asText());
        String locationUri = client.get("/rest/server-hardware?count=1").body().get("members").get(0)
                .get("locationUri").asText();
        TestClient.Resp enclosure = client.get(locationUri);
        assertThat(enclosure.body().get("name").asText()).isEqualTo("Encl1");
        assertThat(enclosure.body().get("deviceBays")).hasSize(8);
        assertThat(client.get("/rest/enclosures").body().get("total").asInt()).isEqualTo(3);
        assertThat(client.get("/rest/enclosures/NOPE").status()).isEqualTo(404);
        TestClient.Resp groups = client.get("/rest/enclosure-groups");
        assertThat(groups.body().get("members").get(0).get("name").asText()).isEqualTo("EG1");
        assertThat(client.get(groups.body().get("members").get(0).get("uri").asText()).status()).isEqualTo(200);
    }
}
