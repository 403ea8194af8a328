package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("GET /admin/servers: every server and what its OS deployment gave it")
class AdminServersTest extends ManualSimulatorTest {

    private static final String INIT = "ZG9ja2VyIHN3YXJtIGpvaW4gLS10b2tlbiBTV01US04tMS1hYmMgMTAuMC4wLjE6MjM3Nwo=";

    private TestClient admin() {
        TestClient admin = new TestClient(sim);
        admin.apiVersion = null;
        return admin;
    }

    private JsonNode adminServer(String name) {
        for (JsonNode s : admin().get("/admin/servers").body()) {
            if (s.get("name").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no server " + name);
    }

    private String deploy(String profileName, String serverName) {
        JsonNode plan = client.get("/rest/os-deployment-plans?filter=" + enc("name='InfraKit Linux'")).body()
                .get("members").get(0);
        ObjectNode body = newProfile(client, profileName, firstServer(client, "name='" + serverName + "'").get("uri")
                .asText());
        ObjectNode os = body.putObject("osDeploymentSettings");
        os.put("osDeploymentPlanUri", plan.get("uri").asText());
        os.putArray("osCustomAttributes").addObject().put("name", "InfraKitInit").put("value", INIT);
        os.withArray("osCustomAttributes").addObject().put("name", "HostName").put("value", profileName);
        TestClient.Resp accepted = client.post("/rest/server-profiles", body);
        assertThat(accepted.status()).isEqualTo(202);
        return plan.get("uri").asText();
    }

    @Test
    void anArrayWithOneObjectPerServer() {
        TestClient.Resp servers = admin().get("/admin/servers");
        assertThat(servers.status()).isEqualTo(200);
        assertThat(servers.body().isArray()).isTrue();
        assertThat(servers.body()).hasSize(24);
        JsonNode first = servers.body().get(0);
        ServerState state = sim.servers().get(0);
        assertThat(first.toString()).isEqualTo("{\"name\":\"Encl1, bay 1\",\"uri\":\"" + state.uri() + "\","
                + "\"state\":\"NoProfileApplied\",\"powerState\":\"Off\",\"status\":\"OK\",\"serverProfileUri\":null,"
                + "\"removed\":false,\"osDeployment\":null}");
        assertThat(sim.counters().total()).as("admin requests are not counted").isEqualTo(1);
    }

    @Test
    void showsThePlanAndTheValuesOnceDeployedAndNullAfterTheDelete() {
        String planUri = deploy("web01", "Encl1, bay 1");
        assertThat(adminServer("Encl1, bay 1").get("state").asText()).isEqualTo("ApplyingProfile");
        assertThat(adminServer("Encl1, bay 1").get("osDeployment").isNull()).isTrue();
        clock.advance(TASK);
        JsonNode server = adminServer("Encl1, bay 1");
        JsonNode os = server.get("osDeployment");
        String volume = sim.servers().get(0).osDeployment().osVolumeUri();
        assertThat(os.toString()).isEqualTo("{\"planName\":\"InfraKit Linux\",\"planUri\":\"" + planUri + "\","
                + "\"attributes\":{\"HostName\":\"web01\",\"InfraKitInit\":\"" + INIT + "\"},\"osVolumeUri\":\""
                + volume + "\"}");
        assertThat(server.get("serverProfileUri").asText()).startsWith("/rest/server-profiles/");
        assertThat(adminServer("Encl1, bay 2").get("osDeployment").isNull()).isTrue();

        client.delete(server.get("serverProfileUri").asText());
        clock.advance(TASK);
        assertThat(adminServer("Encl1, bay 1").get("osDeployment").isNull()).isTrue();
        assertThat(adminServer("Encl1, bay 1").get("serverProfileUri").isNull()).isTrue();
    }

    @Test
    void aFailedDeploymentThroughTheAdminFaultEndpointLeavesNothing() {
        TestClient.Resp set = admin().post("/admin/faults/fail-next-os-deployment", Map.of());
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body().get("failNextOsDeployments").toString()).isEqualTo("[\"DeployOSVolumeFailed\"]");
        assertThat(admin().post("/admin/faults/fail-next-os-deployment", Map.of("errorCode", "I3SDown")).body()
                .get("failNextOsDeployments").toString()).isEqualTo("[\"DeployOSVolumeFailed\",\"I3SDown\"]");
        assertThat(admin().post("/admin/faults/fail-next-os-deployment", Map.of("errorCode", " ")).status())
                .isEqualTo(400);
        deploy("web01", "Encl1, bay 1");
        deploy("web03", "Encl1, bay 3");
        clock.advance(TASK);
        assertThat(sim.profileCount()).isZero();
        for (String name : new String[]{"Encl1, bay 1", "Encl1, bay 3"}) {
            JsonNode server = adminServer(name);
            assertThat(server.get("state").asText()).isEqualTo("NoProfileApplied");
            assertThat(server.get("serverProfileUri").isNull()).isTrue();
            assertThat(server.get("osDeployment").isNull()).isTrue();
        }
        assertThat(admin().get("/admin/faults").body().get("failNextOsDeployments")).isEmpty();
        admin().post("/admin/faults/fail-next-os-deployment", Map.of());
        assertThat(admin().delete("/admin/faults").status()).isEqualTo(204);
        deploy("web01", "Encl1, bay 1");
        clock.advance(TASK);
        assertThat(adminServer("Encl1, bay 1").get("osDeployment").get("planName").asText()).isEqualTo("InfraKit Linux");
    }

    @Test
    void needsTheAdminToken() {
        TestClient stranger = admin();
        stranger.adminToken = null;
        TestClient.Resp refused = stranger.get("/admin/servers");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.errorCode()).isEqualTo(ErrorCodes.AUTHORIZATION);
        stranger.adminToken = "wrong";
        assertThat(stranger.get("/admin/servers").status()).isEqualTo(401);
        assertThat(admin().post("/admin/servers", Map.of()).status()).isEqualTo(405);
    }

    @Test
    void resetClearsEveryDeployment() {
        deploy("web01", "Encl1, bay 1");
        clock.advance(TASK);
        assertThat(sim.servers().get(0).osDeployment()).isNotNull();
        sim.reset();
        assertThat(sim.servers()).allMatch(s -> s.osDeployment() == null);
        assertThat(adminServer("Encl1, bay 1").get("osDeployment").isNull()).isTrue();
    }
}
