package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@DisplayName("OS deployment plans: /rest/os-deployment-plans and the inventory's plans")
class OsDeploymentPlanTest extends ManualSimulatorTest {

    private static List<String> names(JsonNode collection) {
        List<String> names = new ArrayList<>();
        collection.get("members").forEach(m -> names.add(m.get("name").asText()));
        return names;
    }

    private JsonNode plan(String name) {
        return client.get("/rest/os-deployment-plans/?filter=" + enc("name='" + name + "'")).body().get("members")
                .get(0);
    }

    @Test
    void theDefaultInventoryHasThreePlansInAPagedCollection() {
        TestClient.Resp all = client.get("/rest/os-deployment-plans");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().get("category").asText()).isEqualTo("os-deployment-plans");
        assertThat(all.body().get("total").asInt()).isEqualTo(3);
        assertThat(names(all.body())).containsExactly("InfraKit Linux", "RHEL 8 Web Server", "Empty OS Volume");
        assertThat(all.header("Transfer-Encoding")).isEqualTo("chunked");

        TestClient.Resp page = client.get("/rest/os-deployment-plans/?start=0&count=2");
        assertThat(page.body().get("count").asInt()).isEqualTo(2);
        assertThat(page.body().get("nextPageUri").asText()).isEqualTo("/rest/os-deployment-plans?count=2&start=2");
        assertThat(names(client.get("/rest/os-deployment-plans?sort=name:desc").body()))
                .containsExactly("RHEL 8 Web Server", "InfraKit Linux", "Empty OS Volume");
    }

    @Test
    void filtersAsTheSdksSendThem() {
        assertThat(names(client.get("/rest/os-deployment-plans/?filter=" + enc("\"name='InfraKit Linux'\"")).body()))
                .containsExactly("InfraKit Linux");
        assertThat(names(client.get("/rest/os-deployment-plans/?filter=" + enc("name matches 'rhel%'")).body()))
                .containsExactly("RHEL 8 Web Server");
        assertThat(client.get("/rest/os-deployment-plans/?filter=" + enc("deploymentType='I3S'")).body()
                .get("total").asInt()).isEqualTo(3);
        assertThat(client.get("/rest/os-deployment-plans/?filter=" + enc("deploymentApplianceIpv4='10.0.10.21'"))
                .body().get("total").asInt()).isEqualTo(3);
        assertThat(client.get("/rest/os-deployment-plans/?filter=" + enc("name='Nope'")).body().get("total").asInt())
                .isZero();
        assertThat(client.get("/rest/os-deployment-plans/?filter=" + enc("name matches ''")).errorCode())
                .isEqualTo(ErrorCodes.INVALID_FILTER);
    }

    @Test
    void theInfraKitPlanDeclaresTheInitAttribute() {
        JsonNode plan = plan(OsDeploymentPlanSpec.INFRAKIT_LINUX);
        assertThat(plan.get("type").asText()).isEqualTo("Osdp");
        assertThat(plan.get("uri").asText()).isEqualTo("/rest/os-deployment-plans/" + plan.get("id").asText());
        assertThat(plan.get("nativePlanUri").asText()).startsWith("/rest/deployment-plans/")
                .isNotEqualTo(plan.get("uri").asText());
        assertThat(plan.get("deploymentType").asText()).isEqualTo("I3S");
        assertThat(plan.get("osdpSize").asText()).isEqualTo("20GB");
        assertThat(plan.get("state").asText()).isEqualTo("Normal");
        List<String> attributes = new ArrayList<>();
        plan.get("additionalParameters").forEach(a -> attributes.add(a.get("name").asText() + ":"
                + a.get("caType").asText()));
        assertThat(attributes).containsExactly("HostName:hostname", "InfraKitInit:string", "DomainName:fqdn",
                "SSH:option", "RootPassword:password");
        JsonNode init = plan.get("additionalParameters").get(1);
        assertThat(init.get("value").asText()).isEmpty();
        assertThat(init.get("caEditable").asBoolean()).isTrue();
        assertThat(init.get("caId").asText()).hasSize(36);
        assertThat(init.get("caConstraints").isTextual()).as("caConstraints is JSON in a string").isTrue();
        assertThat(parse(init.get("caConstraints").asText()).get("helpText").asText()).contains("at most 254");
        JsonNode ssh = plan.get("additionalParameters").get(3);
        assertThat(parse(ssh.get("caConstraints").asText()).get("options").toString())
                .isEqualTo("[\"Enabled\",\"Disabled\"]");
    }

    @Test
    void theOtherPlansCoverTheRemainingTypes() {
        JsonNode rhel = plan("RHEL 8 Web Server");
        List<String> types = new ArrayList<>();
        rhel.get("additionalParameters").forEach(a -> types.add(a.get("caType").asText()));
        assertThat(types).contains("nic", "number", "ipv4", "option", "password");
        JsonNode nic = rhel.get("additionalParameters").get(2);
        assertThat(nic.get("name").asText()).isEqualTo("ManagementNIC");
        assertThat(nic.get("value").isNull()).as("a NIC has no default").isTrue();
        JsonNode revision = rhel.get("additionalParameters").get(7);
        assertThat(revision.get("caEditable").asBoolean()).isFalse();
        JsonNode empty = plan("Empty OS Volume");
        assertThat(empty.get("additionalParameters").get(0).get("name").asText()).isEqualTo("VolumeSize");
    }

    @Test
    void getByUriAnd404AndReadOnly() {
        JsonNode plan = plan("Empty OS Volume");
        TestClient.Resp one = client.get(plan.get("uri").asText());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body()).isEqualTo(plan);
        assertThat(one.header("ETag")).isEqualTo(plan.get("eTag").asText());
        TestClient.Resp missing = client.get("/rest/os-deployment-plans/00000000-0000-0000-0000-000000000000");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo(ErrorCodes.RESOURCE_NOT_FOUND);
        assertThat(client.get(plan.get("nativePlanUri").asText()).status()).as("the Image Streamer's URI")
                .isEqualTo(404);
        assertThat(client.post("/rest/os-deployment-plans", Map.of("name", "x")).status()).isEqualTo(405);
        assertThat(client.delete(plan.get("uri").asText()).status()).isEqualTo(405);
        assertThat(sim.counters().get("GET /rest/os-deployment-plans")).isEqualTo(1);
        assertThat(sim.counters().get("GET /rest/os-deployment-plans/{id}")).isEqualTo(2);
        client.token = null;
        assertThat(client.get(plan.get("uri").asText()).status()).isEqualTo(401);
    }

    @Test
    void servedFromApi300Only() {
        client.apiVersion = 200;
        TestClient.Resp old = client.get("/rest/os-deployment-plans");
        assertThat(old.status()).isEqualTo(404);
        assertThat(old.errorCode()).isEqualTo(ErrorCodes.GENERIC_HTTP_404);
        assertThat(old.body().get("details").asText()).contains("X-API-Version 300 or later");
        client.apiVersion = 300;
        assertThat(client.get("/rest/os-deployment-plans").status()).isEqualTo(200);
        assertThat(client.get("/rest/enclosure-groups").body().get("members").get(0).get("osDeploymentSettings")
                .toString()).isEqualTo("{\"manageOSDeployment\":true,\"deploymentModeSettings\":{\"deploymentMode\":"
                + "\"Internal\",\"deploymentNetworkUri\":\"" + deployNetwork() + "\"}}");
    }

    private String deployNetwork() {
        JsonNode template = client.get("/rest/server-profile-templates").body().get("members").get(0);
        return template.get("connectionSettings").get("connections").get(0).get("networkUri").asText();
    }

    @Test
    void notServedFromApi4800() {
        try (OneViewSimulator recent = OneViewSimulator.builder().plainHttp().apiVersions(120, 5000).start()) {
            TestClient c = new TestClient(recent).login();
            c.apiVersion = 4800;
            assertThat(c.get("/rest/os-deployment-plans").status()).isEqualTo(404);
            c.apiVersion = 4600;
            assertThat(c.get("/rest/os-deployment-plans").status()).isEqualTo(200);
        }
    }

    @Test
    void withoutADeploymentServerThereAreNoPlans() {
        InventorySpec spec = InventorySpec.uniform().withoutDeploymentServer();
        assertThat(spec.deploymentServer()).isFalse();
        assertThat(spec.osDeploymentPlans()).isEmpty();
        try (OneViewSimulator c7000 = manualSimulator(new ManualClock()).inventory(spec).start()) {
            TestClient c = new TestClient(c7000).login();
            TestClient.Resp list = c.get("/rest/os-deployment-plans/");
            assertThat(list.status()).isEqualTo(404);
            assertThat(list.body().get("details").asText()).contains("no OS deployment server");
            assertThat(c.get("/rest/os-deployment-plans/" + plan("InfraKit Linux").get("id").asText()).status())
                    .isEqualTo(404);
            JsonNode group = c.get("/rest/enclosure-groups").body().get("members").get(0);
            assertThat(group.get("osDeploymentSettings").get("manageOSDeployment").asBoolean()).isFalse();
            assertThat(group.get("osDeploymentSettings").get("deploymentModeSettings").get("deploymentMode").asText())
                    .isEqualTo("None");
        }
    }

    @Test
    void sameSeedSamePlanUrisAndTheOtherIdsUnchanged() {
        InventorySpec noPlans = InventorySpec.uniform().withOsDeploymentPlans(List.of());
        try (OneViewSimulator a = OneViewSimulator.builder().plainHttp().seed(3).inventory(InventorySpec.uniform())
                .start();
             OneViewSimulator b = OneViewSimulator.builder().plainHttp().seed(3).inventory(noPlans).start()) {
            TestClient ca = new TestClient(a).login();
            TestClient cb = new TestClient(b).login();
            assertThat(cb.get("/rest/os-deployment-plans").body().get("total").asInt()).isZero();
            assertThat(ca.get("/rest/server-profile-templates").body().get("members").get(0).get("uri"))
                    .isEqualTo(cb.get("/rest/server-profile-templates").body().get("members").get(0).get("uri"));
            assertThat(plan("InfraKit Linux").get("uri")).as("same seed (42) as the test's simulator")
                    .isNotEqualTo(ca.get("/rest/os-deployment-plans").body().get("members").get(0).get("uri"));
        }
        try (OneViewSimulator again = OneViewSimulator.builder().plainHttp().inventory(InventorySpec.uniform())
                .start()) {
            assertThat(new TestClient(again).login().get("/rest/os-deployment-plans").body().get("members").get(0)
                    .get("uri")).isEqualTo(plan("InfraKit Linux").get("uri"));
        }
    }

    @Test
    void aTemplateNamingAPlanCarriesItIntoNewProfile() {
        InventorySpec spec = InventorySpec.uniform().withTemplates(List.of(new TemplateSpec("Linux", 0, 0)
                .withOsDeployment("InfraKit Linux", Map.of("DomainName", "example.com"))));
        try (OneViewSimulator s = manualSimulator(new ManualClock()).inventory(spec).start()) {
            TestClient c = new TestClient(s).login();
            String planUri = c.get("/rest/os-deployment-plans").body().get("members").get(0).get("uri").asText();
            JsonNode template = c.get("/rest/server-profile-templates").body().get("members").get(0);
            assertThat(template.get("osDeploymentSettings").toString()).isEqualTo("{\"osDeploymentPlanUri\":\""
                    + planUri + "\",\"osCustomAttributes\":[{\"name\":\"DomainName\",\"value\":\"example.com\"}],"
                    + "\"complianceControl\":\"Checked\",\"deployMethod\":null,\"deploymentPortId\":null}");
            JsonNode newProfile = c.get(template.get("uri").asText() + "/new-profile").body();
            assertThat(newProfile.get("osDeploymentSettings").toString()).isEqualTo("{\"osDeploymentPlanUri\":\""
                    + planUri + "\",\"osCustomAttributes\":[{\"name\":\"DomainName\",\"value\":\"example.com\"}],"
                    + "\"osVolumeUri\":null,\"forceOsDeployment\":false}");
            c.apiVersion = 200;
            assertThat(c.get(template.get("uri").asText()).body().has("osDeploymentSettings")).isFalse();
        }
    }

    @Test
    void theSpecsRefuseWhatNoApplianceHas() {
        TemplateSpec linux = new TemplateSpec("Linux", 0, 0);
        assertThatIllegalArgumentException().isThrownBy(() -> InventorySpec.uniform()
                        .withTemplates(List.of(linux.withOsDeployment("Windows", Map.of()))))
                .withMessage("template 'Linux' names the OS deployment plan 'Windows', which the inventory does not "
                        + "have");
        assertThatIllegalArgumentException().isThrownBy(() -> InventorySpec.uniform()
                        .withTemplates(List.of(linux.withOsDeployment("InfraKit Linux", Map.of("Hostname", "a")))))
                .withMessage("template 'Linux': the OS deployment plan 'InfraKit Linux' has no custom attribute "
                        + "'Hostname'");
        assertThatIllegalArgumentException().isThrownBy(() -> InventorySpec.uniform()
                        .withTemplates(List.of(linux.withOsDeployment("InfraKit Linux", Map.of("SSH", "yes")))))
                .withMessage("template 'Linux': custom attribute 'SSH' (option): 'yes' is none of [Enabled, Disabled]");
        assertThatIllegalArgumentException().isThrownBy(() -> InventorySpec.uniform()
                        .withTemplates(List.of(linux.withOsDeployment("InfraKit Linux", Map.of()))).withoutDeploymentServer())
                .withMessageContaining("names the OS deployment plan 'InfraKit Linux', which the inventory does not have");
        assertThatIllegalArgumentException().isThrownBy(() -> InventorySpec.uniform().withoutDeploymentServer()
                        .withOsDeploymentPlans(OsDeploymentPlanSpec.defaults()))
                .withMessage("an appliance without an OS deployment server has no OS deployment plans, got 3");
        assertThatIllegalArgumentException().isThrownBy(() -> InventorySpec.uniform().withOsDeploymentPlans(
                        List.of(new OsDeploymentPlanSpec("p", "", List.of()), new OsDeploymentPlanSpec("p", "", List.of()))))
                .withMessage("duplicate OS deployment plan name 'p'");
        CustomAttributeSpec a = CustomAttributeSpec.of("A", CustomAttributeType.STRING, "");
        assertThatIllegalArgumentException().isThrownBy(() -> new OsDeploymentPlanSpec("p", "", List.of(a, a)))
                .withMessage("OS deployment plan 'p' declares custom attribute 'A' twice");
        assertThatIllegalArgumentException().isThrownBy(() -> CustomAttributeSpec.of("A B", CustomAttributeType.STRING,
                "")).withMessageContaining("letters, digits");
        assertThatIllegalArgumentException().isThrownBy(() -> new CustomAttributeSpec("N", CustomAttributeType.NUMBER,
                        "0", true, "{\"minimum\":\"1\"}", ""))
                .withMessage("default of custom attribute 'N': 0 is less than the minimum 1");
        assertThatIllegalArgumentException().isThrownBy(() -> new CustomAttributeSpec("N", CustomAttributeType.NUMBER,
                "1", true, "[]", "")).withMessageContaining("must be JSON object text");
        assertThatIllegalArgumentException().isThrownBy(() -> new CustomAttributeSpec("N", CustomAttributeType.NIC,
                "", true, "{}", "")).withMessage("NIC custom attribute 'N' cannot have a default");
        assertThatIllegalArgumentException().isThrownBy(() -> new TemplateSpec("t", 0, 0, null, Map.of("A", "b")))
                .withMessageContaining("names no OS deployment plan");
    }

    private static JsonNode parse(String json) {
        try {
            return TestClient.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
