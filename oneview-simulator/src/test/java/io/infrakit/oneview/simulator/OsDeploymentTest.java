package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("OS deployment with the server profile: the task's steps, what the server receives, the refusals")
class OsDeploymentTest extends ManualSimulatorTest {

    private static final String INIT = "IyEvYmluL3NoCmRvY2tlciBzd2FybSBqb2luIC0tdG9rZW4gU1dNVEtOLTEteHl6IDEwLjAuMC4xOjIzNzcK";
    private static final String SERVER = "Encl1, bay 1";

    private String planUri(String name) {
        return client.get("/rest/os-deployment-plans?filter=" + enc("name='" + name + "'")).body().get("members")
                .get(0).get("uri").asText();
    }

    private String serverUri(String name) {
        return firstServer(client, "name='" + name + "'").get("uri").asText();
    }

    private ServerState state(String name) {
        return sim.servers().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static ObjectNode withPlan(ObjectNode profile, String planUri, String... nameValues) {
        ObjectNode os = profile.putObject("osDeploymentSettings");
        os.put("osDeploymentPlanUri", planUri);
        ArrayNode attributes = os.putArray("osCustomAttributes");
        for (int i = 0; i < nameValues.length; i += 2) {
            attributes.addObject().put("name", nameValues[i]).put("value", nameValues[i + 1]);
        }
        return profile;
    }

    private ObjectNode infraKitProfile(String name, String server, String... nameValues) {
        return withPlan(newProfile(client, name, serverUri(server)), planUri("InfraKit Linux"), nameValues);
    }

    private JsonNode profile(String name) {
        return client.get("/rest/server-profiles?filter=" + enc("name='" + name + "'")).body().get("members").get(0);
    }

    private static List<String> updates(JsonNode task) {
        List<String> texts = new ArrayList<>();
        task.get("progressUpdates").forEach(u -> texts.add(u.get("statusUpdate").asText()));
        return texts;
    }

    private static Map<String, String> map(String... nameValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            m.put(nameValues[i], nameValues[i + 1]);
        }
        return m;
    }

    @Test
    void aProfileNamingAPlanDeploysItInItsTaskAndTheServerReceivesTheValues() {
        TestClient.Resp accepted = client.post("/rest/server-profiles",
                infraKitProfile("web01", SERVER, "InfraKitInit", INIT, "HostName", "web01", "RootPassword", ""));
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.body().get("totalSteps").asInt()).isEqualTo(3);
        JsonNode creating = profile("web01");
        assertThat(creating.get("osDeploymentSettings").get("osDeploymentPlanUri").asText())
                .isEqualTo(planUri("InfraKit Linux"));
        assertThat(creating.get("osDeploymentSettings").get("osVolumeUri").isNull()).isTrue();

        clock.advance(Duration.ofMillis(3500));
        JsonNode task = task(client, accepted);
        assertThat(task.get("taskState").asText()).isEqualTo("Running");
        assertThat(task.get("taskStatus").asText())
                .isEqualTo("Creating OS volume from the golden image of OS deployment plan 'InfraKit Linux'");
        assertThat(updates(task)).containsExactly("Creating server profile: web01",
                "Creating OS volume from the golden image of OS deployment plan 'InfraKit Linux'");
        assertThat(task.get("completedSteps").asInt()).isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(task(client, accepted).get("taskStatus").asText()).isEqualTo(
                "Personalizing OS volume: running the plan scripts of 'InfraKit Linux' with 2 custom attribute(s)");
        clock.advance(Duration.ofSeconds(3));
        task = task(client, accepted);
        assertThat(task.get("taskStatus").asText()).isEqualTo("Configuring iSCSI boot of Encl1, bay 1 from the OS volume");
        assertThat(task.get("completedSteps").asInt()).isEqualTo(2);
        assertThat(state(SERVER).osDeployment()).as("nothing deployed before the task ends").isNull();

        clock.advance(Duration.ofMillis(1500));
        task = task(client, accepted);
        assertThat(task.get("taskState").asText()).isEqualTo("Completed");
        assertThat(task.get("completedSteps").asInt()).isEqualTo(3);
        assertThat(updates(task)).hasSize(5).endsWith("Created server profile: web01");
        JsonNode created = profile("web01");
        String volume = created.get("osDeploymentSettings").get("osVolumeUri").asText();
        assertThat(volume).startsWith("/rest/deployed-targets/");
        assertThat(created.get("osDeploymentSettings").get("osCustomAttributes").get(0).get("name").asText())
                .as("the profile's list as sent").isEqualTo("InfraKitInit");
        ServerState server = state(SERVER);
        assertThat(server.state()).isEqualTo("ProfileApplied");
        assertThat(server.osDeployment()).isEqualTo(new OsDeployment("InfraKit Linux", planUri("InfraKit Linux"),
                map("HostName", "web01", "InfraKitInit", INIT), volume));
        assertThat(server.osDeployment().attributes().keySet()).as("in the plan's order, blanks not set")
                .containsExactly("HostName", "InfraKitInit");
    }

    @Test
    void aProfileWithoutAPlanDeploysNothing() {
        createProfile(client, clock, "plain", SERVER);
        assertThat(state(SERVER).osDeployment()).isNull();
        assertThat(profile("plain").get("osDeploymentSettings").get("osDeploymentPlanUri").isNull()).isTrue();
        assertThat(profile("plain").get("osDeploymentSettings").get("osVolumeUri").isNull()).isTrue();
    }

    private void assertRefused(ObjectNode body, String code, String message) {
        TestClient.Resp refused = client.post("/rest/server-profiles", body);
        assertThat(refused.status()).as(message).isEqualTo(400);
        assertThat(refused.errorCode()).as(message).isEqualTo(code);
        assertThat(refused.body().get("message").asText()).contains(message);
        clock.advance(TASK);
        assertThat(sim.profileCount()).isZero();
        assertThat(state(SERVER).state()).isEqualTo("NoProfileApplied");
    }

    @Test
    void badPlansAndValuesAre400AndChangeNothing() {
        String plan = planUri("InfraKit Linux");
        String rhel = planUri("RHEL 8 Web Server");
        assertRefused(withPlan(newProfile(client, "p", serverUri(SERVER)), "/rest/os-deployment-plans/nope"),
                ErrorCodes.OS_DEPLOYMENT_PLAN_NOT_FOUND, "The OS deployment plan /rest/os-deployment-plans/nope does "
                        + "not exist.");
        String nativeUri = client.get(plan).body().get("nativePlanUri").asText();
        assertRefused(withPlan(newProfile(client, "p", serverUri(SERVER)), nativeUri),
                ErrorCodes.OS_DEPLOYMENT_PLAN_NOT_FOUND, "a server profile names a plan by its uri, " + plan);
        assertRefused(infraKitProfile("p", SERVER, "InfraKitInt", INIT), ErrorCodes.INVALID_OS_CUSTOM_ATTRIBUTE,
                "the OS deployment plan 'InfraKit Linux' has no custom attribute 'InfraKitInt'");
        assertRefused(infraKitProfile("p", SERVER, "InfraKitInit", "x".repeat(255)),
                ErrorCodes.INVALID_OS_CUSTOM_ATTRIBUTE, "custom attribute 'InfraKitInit' (string): the value is 255 "
                        + "characters long; at most 254 are allowed");
        assertRefused(infraKitProfile("p", SERVER, "InfraKitInit", "echo $@"), ErrorCodes.INVALID_OS_CUSTOM_ATTRIBUTE,
                "must not contain '@'");
        assertRefused(infraKitProfile("p", SERVER, "SSH", "yes"), ErrorCodes.INVALID_OS_CUSTOM_ATTRIBUTE,
                "custom attribute 'SSH' (option): 'yes' is none of [Enabled, Disabled]");
        assertRefused(infraKitProfile("p", SERVER, "HostName", "web01.example.com"),
                ErrorCodes.INVALID_OS_CUSTOM_ATTRIBUTE, "custom attribute 'HostName' (hostname)");
        assertRefused(infraKitProfile("p", SERVER, "RootPassword", "short"), ErrorCodes.INVALID_OS_CUSTOM_ATTRIBUTE,
                "at least 8 are required");
        assertRefused(infraKitProfile("p", SERVER, "HostName", "a", "HostName", "b"),
                ErrorCodes.INVALID_OS_CUSTOM_ATTRIBUTE, "The custom attribute 'HostName' is given more than once.");
        assertRefused(withPlan(newProfile(client, "p", serverUri(SERVER)), rhel, "ImageRevision", "2020-01-01"),
                ErrorCodes.INVALID_OS_CUSTOM_ATTRIBUTE, "is not editable");
        assertRefused(withPlan(newProfile(client, "p", serverUri(SERVER)), rhel, "DataVolumeSizeGB", "4096"),
                ErrorCodes.INVALID_OS_CUSTOM_ATTRIBUTE, "4096 is more than the maximum 2048");
        assertRefused(withPlan(newProfile(client, "p", serverUri(SERVER)), rhel, "ManagementNIC.connectionid", "7"),
                ErrorCodes.INVALID_OS_CUSTOM_ATTRIBUTE, "'7' is not the id of a connection of the profile");
        ObjectNode number = withPlan(newProfile(client, "p", serverUri(SERVER)), rhel);
        ((ArrayNode) number.get("osDeploymentSettings").get("osCustomAttributes")).addObject()
                .put("name", "DataVolumeSizeGB").put("value", 16);
        assertRefused(number, ErrorCodes.INVALID_OS_CUSTOM_ATTRIBUTE, "must be a string");
        assertRefused(withPlan(newProfile(client, "p", serverUri(SERVER)), null, "HostName", "a"),
                ErrorCodes.INVALID_OS_CUSTOM_ATTRIBUTE, "names no OS deployment plan");
        ObjectNode noBoot = infraKitProfile("p", SERVER);
        ((ObjectNode) noBoot.get("connectionSettings").get("connections").get(0).get("boot")).put("priority",
                "NotBootable");
        assertRefused(noBoot, ErrorCodes.OS_DEPLOYMENT_BOOT_CONNECTION_REQUIRED, "There must be at least 1 "
                + "connection(s) configured to boot from the OS deployment network {\"name\":\"EG1 deployment\"");
        client.apiVersion = 200;
        ObjectNode old = newProfile(client, "p", serverUri(SERVER));
        old.put("type", "ServerProfileV5");
        assertRefused(withPlan(old, plan), ErrorCodes.OS_DEPLOYMENT_PLAN_NOT_FOUND, "cannot be used at X-API-Version 200");
        assertThat(sim.counters().get("POST /rest/server-profiles")).isEqualTo(16);
    }

    @Test
    void nicSubAttributesAreChecked() {
        String rhel = planUri("RHEL 8 Web Server");
        client.post("/rest/server-profiles", withPlan(newProfile(client, "nic", serverUri(SERVER)), rhel,
                "ManagementNIC.connectionid", "1", "ManagementNIC.constraint", "dhcp", "ManagementNIC.dhcp", "true",
                "HostName", "nic", "FileSystem", "EXT4"));
        clock.advance(TASK);
        assertThat(state(SERVER).osDeployment().attributes()).containsExactly(Map.entry("HostName", "nic"),
                Map.entry("ManagementNIC.connectionid", "1"), Map.entry("ManagementNIC.constraint", "dhcp"),
                Map.entry("ManagementNIC.dhcp", "true"), Map.entry("FileSystem", "EXT4"));
    }

    @Test
    void withoutADeploymentServerOrOnARackServerAPlanIsRefused() {
        try (OneViewSimulator c7000 = manualSimulator(new ManualClock())
                .inventory(InventorySpec.uniform().withoutDeploymentServer()).start()) {
            TestClient c = new TestClient(c7000).login();
            ObjectNode body = withPlan(newProfile(c, "p", firstServer(c, "name='" + SERVER + "'").get("uri").asText()),
                    planUri("InfraKit Linux"), "InfraKitInit", INIT);
            TestClient.Resp refused = c.post("/rest/server-profiles", body);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.errorCode()).isEqualTo(ErrorCodes.OS_DEPLOYMENT_NOT_CONFIGURED);
            assertThat(refused.body().get("message").asText()).isEqualTo("An OS deployment plan can be set only on a "
                    + "server profile whose enclosure group has OS deployment configured: the appliance has no OS "
                    + "deployment server (Image Streamer).");
            assertThat(c7000.profileCount()).isZero();
        }
        try (OneViewSimulator rack = manualSimulator(new ManualClock()).inventory(InventorySpec.defaults()).start()) {
            TestClient c = new TestClient(rack).login();
            JsonNode server = firstServer(c, "name='192.168.200.11'");
            ObjectNode body = Json.object();
            body.put("type", "ServerProfileV12");
            body.put("name", "rack");
            body.put("serverHardwareUri", server.get("uri").asText());
            withPlan(body, c.get("/rest/os-deployment-plans").body().get("members").get(0).get("uri").asText());
            TestClient.Resp refused = c.post("/rest/server-profiles", body);
            assertThat(refused.errorCode()).isEqualTo(ErrorCodes.OS_DEPLOYMENT_NOT_CONFIGURED);
            assertThat(refused.body().get("message").asText()).contains("a rack server has no enclosure group");
        }
    }

    @Test
    void deletingTheProfileClearsWhatTheServerReceived() {
        client.post("/rest/server-profiles", infraKitProfile("web01", SERVER, "InfraKitInit", INIT));
        clock.advance(TASK);
        assertThat(state(SERVER).osDeployment()).isNotNull();
        TestClient.Resp deleting = client.delete(profile("web01").get("uri").asText());
        assertThat(deleting.status()).isEqualTo(202);
        assertThat(state(SERVER).osDeployment()).as("until the delete ends").isNotNull();
        clock.advance(TASK);
        assertThat(state(SERVER).osDeployment()).isNull();
        assertThat(state(SERVER).serverProfileUri()).isNull();
    }

    @Test
    void anUpdateRedeploysOnlyWhenSomethingChanged() {
        client.post("/rest/server-profiles", infraKitProfile("web01", SERVER, "InfraKitInit", INIT));
        clock.advance(TASK);
        String first = state(SERVER).osDeployment().osVolumeUri();
        String uri = profile("web01").get("uri").asText();

        ObjectNode same = (ObjectNode) client.get(uri).body();
        same.put("description", "no OS change");
        TestClient.Resp unchanged = client.put(uri, same);
        assertThat(unchanged.body().get("totalSteps").asInt()).isZero();
        clock.advance(TASK);
        assertThat(state(SERVER).osDeployment().osVolumeUri()).isEqualTo(first);
        assertThat(client.get(uri).body().get("osDeploymentSettings").get("osVolumeUri").asText()).isEqualTo(first);

        ObjectNode changed = (ObjectNode) client.get(uri).body();
        ((ObjectNode) changed.get("osDeploymentSettings").get("osCustomAttributes").get(0)).put("value", "ZWNobyBuZXc=");
        ((ObjectNode) changed.get("osDeploymentSettings")).put("osVolumeUri", "/rest/deployed-targets/mine");
        TestClient.Resp redeploy = client.put(uri, changed);
        assertThat(redeploy.body().get("totalSteps").asInt()).isEqualTo(3);
        clock.advance(TASK);
        assertThat(updates(task(client, redeploy))).contains("Configuring iSCSI boot of Encl1, bay 1 from the OS volume");
        OsDeployment second = state(SERVER).osDeployment();
        assertThat(second.attributes()).containsExactly(Map.entry("InfraKitInit", "ZWNobyBuZXc="));
        assertThat(second.osVolumeUri()).isNotEqualTo(first).isNotEqualTo("/rest/deployed-targets/mine")
                .isEqualTo(client.get(uri).body().get("osDeploymentSettings").get("osVolumeUri").asText());

        ObjectNode forced = (ObjectNode) client.get(uri).body();
        ((ObjectNode) forced.get("osDeploymentSettings")).put("forceOsDeployment", true);
        assertThat(client.put(uri, forced).body().get("totalSteps").asInt()).isEqualTo(3);
        clock.advance(TASK);
        assertThat(state(SERVER).osDeployment().osVolumeUri()).isNotEqualTo(second.osVolumeUri());

        ObjectNode none = (ObjectNode) client.get(uri).body();
        none.putNull("osDeploymentSettings");
        client.put(uri, none);
        clock.advance(TASK);
        assertThat(state(SERVER).osDeployment()).isNull();
        assertThat(client.get(uri).body().get("osDeploymentSettings").get("osVolumeUri").isNull()).isTrue();
    }

    @Test
    void movingTheProfileDeploysOnTheNewServerAndClearsTheOldOne() {
        client.post("/rest/server-profiles", infraKitProfile("web01", SERVER, "InfraKitInit", INIT));
        clock.advance(TASK);
        String uri = profile("web01").get("uri").asText();
        ObjectNode moved = (ObjectNode) client.get(uri).body();
        moved.put("serverHardwareUri", serverUri("Encl1, bay 3"));
        assertThat(client.put(uri, moved).body().get("totalSteps").asInt()).isEqualTo(3);
        clock.advance(TASK);
        assertThat(state(SERVER).osDeployment()).isNull();
        assertThat(state("Encl1, bay 3").osDeployment().attributes()).containsEntry("InfraKitInit", INIT);
    }

    @Test
    void anUnassignedProfileDeploysWhenItIsAssigned() {
        client.post("/rest/server-profiles", withPlan(newProfile(client, "later", null), planUri("InfraKit Linux"),
                "InfraKitInit", INIT));
        clock.advance(TASK);
        String uri = profile("later").get("uri").asText();
        assertThat(client.get(uri).body().get("osDeploymentSettings").get("osVolumeUri").isNull()).isTrue();
        ObjectNode assigned = (ObjectNode) client.get(uri).body();
        assigned.put("serverHardwareUri", serverUri(SERVER));
        client.put(uri, assigned);
        clock.advance(TASK);
        assertThat(state(SERVER).osDeployment().attributes()).containsEntry("InfraKitInit", INIT);
    }

    @Test
    void templateValuesMergeWithTheProfilesAndTheProfileWins() {
        InventorySpec spec = InventorySpec.uniform().withTemplates(List.of(new TemplateSpec("Linux", 0, 0)
                .withOsDeployment("InfraKit Linux", map("DomainName", "example.com", "SSH", "Disabled",
                        "RootPassword", "template-secret"))));
        try (OneViewSimulator s = manualSimulator(clock).inventory(spec).start()) {
            TestClient c = new TestClient(s).login();
            JsonNode template = c.get("/rest/server-profile-templates").body().get("members").get(0);
            ObjectNode body = (ObjectNode) c.get(template.get("uri").asText() + "/new-profile").body();
            body.put("name", "from-template");
            body.put("serverHardwareUri", firstServer(c, "name='" + SERVER + "'").get("uri").asText());
            ArrayNode list = (ArrayNode) body.get("osDeploymentSettings").get("osCustomAttributes");
            list.removeAll();
            list.addObject().put("name", "SSH").put("value", "Enabled");
            list.addObject().put("name", "InfraKitInit").put("value", INIT);
            list.addObject().put("name", "RootPassword").put("value", "");
            assertThat(c.post("/rest/server-profiles", body).status()).isEqualTo(202);

            ObjectNode inherits = (ObjectNode) c.get(template.get("uri").asText() + "/new-profile").body();
            inherits.put("name", "inherits");
            inherits.put("serverHardwareUri", firstServer(c, "name='Encl1, bay 3'").get("uri").asText());
            inherits.putNull("osDeploymentSettings");
            assertThat(c.post("/rest/server-profiles", inherits).status()).isEqualTo(202);

            String rhel = c.get("/rest/os-deployment-plans?filter=" + enc("name='RHEL 8 Web Server'")).body()
                    .get("members").get(0).get("uri").asText();
            ObjectNode other = (ObjectNode) c.get(template.get("uri").asText() + "/new-profile").body();
            other.put("name", "other-plan");
            other.put("serverHardwareUri", firstServer(c, "name='Encl1, bay 5'").get("uri").asText());
            withPlan(other, rhel, "HostName", "other");
            assertThat(c.post("/rest/server-profiles", other).status()).isEqualTo(202);
            clock.advance(TASK);

            Map<String, OsDeployment> byServer = new LinkedHashMap<>();
            s.servers().forEach(st -> byServer.put(st.name(), st.osDeployment()));
            assertThat(byServer.get(SERVER).attributes()).as("the profile wins; a blank value is not set")
                    .containsExactly(Map.entry("InfraKitInit", INIT), Map.entry("DomainName", "example.com"),
                            Map.entry("SSH", "Enabled"));
            assertThat(byServer.get("Encl1, bay 3").planName()).isEqualTo("InfraKit Linux");
            assertThat(byServer.get("Encl1, bay 3").attributes()).containsExactly(
                    Map.entry("DomainName", "example.com"), Map.entry("SSH", "Disabled"),
                    Map.entry("RootPassword", "template-secret"));
            JsonNode stored = c.get("/rest/server-profiles?filter=" + enc("name='inherits'")).body().get("members")
                    .get(0).get("osDeploymentSettings");
            assertThat(stored.get("osDeploymentPlanUri").asText()).isEqualTo(template.get("osDeploymentSettings")
                    .get("osDeploymentPlanUri").asText());
            assertThat(byServer.get("Encl1, bay 5").planName()).isEqualTo("RHEL 8 Web Server");
            assertThat(byServer.get("Encl1, bay 5").attributes()).as("another plan: no template values")
                    .containsExactly(Map.entry("HostName", "other"));
        }
    }

    @Test
    void aFailedDeploymentEndsTheTaskInErrorAndLeavesNothingApplied() {
        sim.faults().failNextOsDeployment();
        createProfile(client, clock, "no-os", "Encl1, bay 5");
        assertThat(sim.profileCount()).as("a profile without a plan does not use the fault up").isEqualTo(1);
        TestClient.Resp accepted = client.post("/rest/server-profiles",
                infraKitProfile("web01", SERVER, "InfraKitInit", INIT));
        assertThat(accepted.status()).isEqualTo(202);
        clock.advance(Duration.ofSeconds(6));
        assertThat(state(SERVER).state()).isEqualTo("ApplyingProfile");
        clock.advance(Duration.ofSeconds(4));
        JsonNode task = task(client, accepted);
        assertThat(task.get("taskState").asText()).isEqualTo("Error");
        assertThat(task.get("stateReason").asText()).isEqualTo("Error");
        assertThat(task.get("taskErrors").get(0).get("errorCode").asText()).isEqualTo(ErrorCodes.DEPLOY_OS_VOLUME_FAILED);
        assertThat(task.get("taskErrors").get(0).get("message").asText()).isEqualTo("Deploy OS volume failed: OS "
                + "deployment plan 'InfraKit Linux' on Encl1, bay 1 (injected failure).");
        assertThat(updates(task)).contains("Personalizing OS volume: running the plan scripts of 'InfraKit Linux' "
                + "with 1 custom attribute(s)").endsWith("Unable to create server profile: web01");
        assertThat(sim.profileCount()).isEqualTo(1);
        ServerState server = state(SERVER);
        assertThat(server.state()).isEqualTo("NoProfileApplied");
        assertThat(server.serverProfileUri()).isNull();
        assertThat(server.osDeployment()).isNull();

        client.post("/rest/server-profiles", infraKitProfile("web01", SERVER, "InfraKitInit", INIT));
        clock.advance(TASK);
        assertThat(state(SERVER).osDeployment()).as("one failure per call").isNotNull();
    }

    @Test
    void aFailedRedeploymentKeepsWhatTheServerHad() {
        sim.faults().failNextOsDeployment("ImageStreamerUnreachable");
        createProfile(client, clock, "plain", SERVER);
        String uri = profile("plain").get("uri").asText();
        ObjectNode update = (ObjectNode) client.get(uri).body();
        withPlan(update, planUri("InfraKit Linux"), "InfraKitInit", INIT);
        TestClient.Resp accepted = client.put(uri, update);
        clock.advance(TASK);
        assertThat(task(client, accepted).get("taskErrors").get(0).get("errorCode").asText())
                .isEqualTo("ImageStreamerUnreachable");
        assertThat(state(SERVER).osDeployment()).isNull();
        assertThat(state(SERVER).state()).isEqualTo("ProfileApplied");
        assertThat(client.get(uri).body().get("osDeploymentSettings").get("osDeploymentPlanUri").isNull()).isTrue();
    }
}
