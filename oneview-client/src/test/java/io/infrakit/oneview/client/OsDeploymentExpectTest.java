package io.infrakit.oneview.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infrakit.oneview.client.error.UnsupportedApiVersionException;
import io.infrakit.oneview.client.model.OsCustomAttribute;
import io.infrakit.oneview.client.model.OsCustomAttributeType;
import io.infrakit.oneview.client.model.OsDeploymentPlan;
import io.infrakit.oneview.client.model.OsDeploymentPlanAttribute;
import io.infrakit.oneview.client.model.OsDeploymentSettings;
import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.client.model.ServerProfileTemplate;
import io.infrakit.oneview.client.query.Filter;
import io.infrakit.oneview.client.query.ListOptions;
import io.infrakit.oneview.simulator.testing.Fixtures;
import io.infrakit.oneview.client.testing.Reply;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * OS deployment plans and profiles' {@code osDeploymentSettings}: exact requests (paths with the SDKs' trailing
 * slash, API version header), tolerant parsing of the undocumented shapes, and round trips that keep every field.
 * Plans are made from the recorded Image Streamer deployment plans of the shared fixtures, mapped to OneView's field
 * names as {@code oneview-os-deployment.md} describes ({@code type→caType}, {@code editable→caEditable},
 * {@code constraints→caConstraints}, {@code id→caId}).
 */
class OsDeploymentExpectTest extends ExpectTestSupport {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PLANS = "/rest/os-deployment-plans/";
    private static final String SUPPORT_PLAN = "image-streamer-tools/8b1d1e3b-43c6-4378-8158-b0430ce7aea1_deploymentplan.json";
    private static final String DOCKER_PLAN = "Docker-Synergy/0e4e22ec-67ae-48e0-bf0f-b9ccdf1a7bca_deploymentplan.json";
    private static final String FOUNDATION_PLAN = "image-streamer-tools/3078a850-1870-4321-aa23-ea323a9e54a0_deploymentplan.json";

    /** A OneView {@code os-deployment-plans} member made from a recorded Image Streamer deployment plan. */
    static ObjectNode oneViewPlan(String fixture, String id) {
        try {
            JsonNode is = MAPPER.readTree(Fixtures.read(fixture));
            ObjectNode plan = MAPPER.createObjectNode();
            plan.put("type", "Osdp").put("uri", PLANS + id).put("category", "os-deployment-plans").put("id", id)
                    .put("name", is.get("name").asText()).put("description", is.get("description").asText())
                    .put("nativePlanUri", "/rest/deployment-plans/" + is.get("id").asText())
                    .put("deploymentType", "I3S").put("deploymentApplianceIpv4", "10.0.10.21").put("osType", "")
                    .put("architecture", "").put("osdpSize", "10GB").put("state", "Normal").put("status", "OK")
                    .put("eTag", "1441036118675/8");
            ArrayNode parameters = plan.putArray("additionalParameters");
            for (JsonNode a : is.get("customAttributes")) {
                ObjectNode p = parameters.addObject();
                p.put("caId", a.get("id").asText()).put("name", a.get("name").asText()).set("value", a.get("value"));
                p.put("caType", a.get("type").asText()).put("caEditable", a.get("editable").asBoolean())
                        .put("caConstraints", a.get("constraints").asText())
                        .put("description", a.get("description").asText());
            }
            return plan;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String page(ObjectNode... members) {
        ObjectNode page = MAPPER.createObjectNode();
        page.put("type", "OsdpList").put("uri", PLANS).put("start", 0).put("count", members.length)
                .put("total", members.length).putNull("prevPageUri").putNull("nextPageUri");
        ArrayNode array = page.putArray("members");
        for (ObjectNode m : members) {
            array.add(m);
        }
        return page.toString();
    }

    @Test
    void findByNameFiltersWithTheTrailingSlashAndReadsTheCustomAttributes() {
        ObjectNode plan = oneViewPlan(SUPPORT_PLAN, "p1");
        String name = plan.get("name").asText();
        expectVersionAndLogin();
        server.expect("GET", PLANS + "?filter=" + ListOptions.encode("\"name='" + name + "'\""))
                .authenticated(TOKEN, API).withoutBody().respondJson(200, page(plan));
        expectLogout(TOKEN);
        client = builder().build();

        OsDeploymentPlan found = client.osDeploymentPlans().findByName(name).orElseThrow();

        assertThat(found.uri()).isEqualTo(PLANS + "p1");
        assertThat(found.type()).isEqualTo("Osdp");
        assertThat(found.nativePlanUri()).isEqualTo("/rest/deployment-plans/8b1d1e3b-43c6-4378-8158-b0430ce7aea1");
        assertThat(found.deploymentType()).isEqualTo("I3S");
        assertThat(found.deploymentApplianceIpv4()).isEqualTo("10.0.10.21");
        assertThat(found.osdpSize()).isEqualTo("10GB");
        assertThat(found.customAttributes()).extracting(OsDeploymentPlanAttribute::name, OsDeploymentPlanAttribute::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ExampleString", OsCustomAttributeType.STRING),
                        org.assertj.core.groups.Tuple.tuple("ExampleFQDN", OsCustomAttributeType.FQDN),
                        org.assertj.core.groups.Tuple.tuple("ExamplePassword", OsCustomAttributeType.PASSWORD),
                        org.assertj.core.groups.Tuple.tuple("ExampleNumber", OsCustomAttributeType.NUMBER),
                        org.assertj.core.groups.Tuple.tuple("ExampleOption", OsCustomAttributeType.OPTION),
                        org.assertj.core.groups.Tuple.tuple("ExampleIPv4Address", OsCustomAttributeType.IPV4),
                        org.assertj.core.groups.Tuple.tuple("ExampleUnteamedNIC", OsCustomAttributeType.NIC),
                        org.assertj.core.groups.Tuple.tuple("ExampleTeamedNIC", OsCustomAttributeType.NIC));
        OsDeploymentPlanAttribute string = found.customAttribute("ExampleString").orElseThrow();
        assertThat(string.defaultValue()).isEqualTo("Hello World!");
        assertThat(string.editable()).isTrue();
        assertThat(string.regex()).isNull();
        assertThat(string.maxValueLength()).isEqualTo(254);
        OsDeploymentPlanAttribute password = found.customAttribute("ExamplePassword").orElseThrow();
        assertThat(password.maxLength()).isEqualTo(10);
        assertThat(password.maxValueLength()).isEqualTo(10);
        assertThat(found.customAttribute("ExampleOption").orElseThrow().options()).containsExactly("Option1");
        assertThat(found.customAttribute("ExampleNumber").orElseThrow().defaultValue()).isEqualTo("50");
        OsDeploymentPlanAttribute nic = found.customAttribute("ExampleUnteamedNIC").orElseThrow();
        assertThat(nic.defaultValue()).isNull();
        assertThat(nic.maxValueLength()).isNull();
        assertThat(nic.constraints().get("parameters")).hasSize(7);
        assertThat(found.customAttribute("examplestring")).as("names are exact").isEmpty();
        assertThat(found.toJson()).isEqualTo(plan.toString());
        closeAndVerify();
    }

    @Test
    void listSendsFiltersStartAndCountAndFollowsPages() {
        ObjectNode docker = oneViewPlan(DOCKER_PLAN, "p2");
        ObjectNode foundation = oneViewPlan(FOUNDATION_PLAN, "p3");
        String filter = "filter=" + ListOptions.encode("\"deploymentType='I3S'\"");
        expectVersionAndLogin();
        ObjectNode first = (ObjectNode) readTree(page(docker));
        first.put("total", 2).put("nextPageUri", PLANS + "?start=1&count=1&" + filter);
        server.expect("GET", PLANS + "?start=0&count=1&" + filter).authenticated(TOKEN, API)
                .respondJson(200, first.toString());
        ObjectNode second = (ObjectNode) readTree(page(foundation));
        second.put("start", 1).put("total", 2);
        server.expect("GET", PLANS + "?start=1&count=1&" + filter).authenticated(TOKEN, API)
                .respondJson(200, second.toString());
        expectLogout(TOKEN);
        client = builder().build();

        List<OsDeploymentPlan> plans = client.osDeploymentPlans().stream(ListOptions.builder()
                .filter(Filter.eq("deploymentType", "I3S")).start(0).count(1).build()).toList();

        assertThat(plans).extracting(OsDeploymentPlan::uri).containsExactly(PLANS + "p2", PLANS + "p3");
        OsDeploymentPlanAttribute ssh = plans.get(0).customAttribute("SSH").orElseThrow();
        assertThat(ssh.options()).containsExactly("Enabled", "Disabled");
        assertThat(ssh.defaultValue()).isEqualTo("Enabled");
        OsDeploymentPlanAttribute volume = plans.get(1).customAttribute("VolumeSize").orElseThrow();
        assertThat(volume.minimum()).isEqualTo(new BigDecimal("1"));
        assertThat(volume.maximum()).isEqualTo(new BigDecimal("51200"));
        assertThat(volume.constraints().text("unit")).isEqualTo("MiB");
        closeAndVerify();
    }

    @Test
    void getByIdByUriAndByAbsoluteUrl() {
        ObjectNode plan = oneViewPlan(SUPPORT_PLAN, "18d42e6d-0000-4000-8000-000000000001");
        expectVersionAndLogin();
        server.expect("GET", PLANS + "18d42e6d-0000-4000-8000-000000000001").authenticated(TOKEN, API).times(3)
                .respondJson(200, plan.toString());
        expectLogout(TOKEN);
        client = builder().build();

        OsDeploymentPlanApi plans = client.osDeploymentPlans();
        assertThat(plans.get("18d42e6d-0000-4000-8000-000000000001"))
                .isEqualTo(plans.get(PLANS + "18d42e6d-0000-4000-8000-000000000001"))
                .isEqualTo(plans.get("https://ov.example.com" + PLANS + "18d42e6d-0000-4000-8000-000000000001"));
        assertThatThrownBy(() -> plans.get("/rest/deployment-plans/611f051a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'/rest/deployment-plans/611f051a' is not an OS deployment plan URI (expected"
                        + " /rest/os-deployment-plans/{id})");
        closeAndVerify();
    }

    @Test
    void belowApi300TheCallIsRefusedBeforeAnyRequestButTheVersionCheck() {
        server.expect("GET", "/rest/version").respondJson(200, "{\"minimumVersion\":120,\"currentVersion\":200}");
        client = builder().build();

        assertThatThrownBy(() -> client.osDeploymentPlans().findByName("RHEL7"))
                .isInstanceOf(UnsupportedApiVersionException.class)
                .hasMessage("The OS deployment plan collection /rest/os-deployment-plans needs API version 300 or"
                        + " later, but the session uses API version 200");
        assertThatThrownBy(() -> client.osDeploymentPlans().get("p1"))
                .isInstanceOf(UnsupportedApiVersionException.class);
        closeAndVerify();
    }

    @Test
    void attributesAreParsedTolerantly() {
        OsDeploymentPlan plan = OsDeploymentPlan.fromJson("{\"type\":\"Osdp\",\"additionalParameters\":["
                + "{\"name\":\"A\",\"caType\":\"STRING\",\"caEditable\":\"false\",\"caConstraints\":{\"maxlen\":64}},"
                + "{\"name\":\"B\",\"type\":\"hostname\",\"editable\":false,\"constraints\":\"not json\"},"
                + "{\"name\":\"C\",\"caType\":\"mystery\",\"value\":7,\"caConstraints\":\"{\\\"maxlen\\\":\\\"x\\\"}\"},"
                + "\"not an object\",{\"caType\":\"string\"}]}");
        List<OsDeploymentPlanAttribute> attributes = plan.customAttributes();
        assertThat(attributes).hasSize(4);
        OsDeploymentPlanAttribute a = attributes.get(0);
        assertThat(a.type()).isEqualTo(OsCustomAttributeType.STRING);
        assertThat(a.editable()).isFalse();
        assertThat(a.maxLength()).isEqualTo(64);
        OsDeploymentPlanAttribute b = attributes.get(1);
        assertThat(b.type()).isEqualTo(OsCustomAttributeType.HOSTNAME);
        assertThat(b.editable()).isFalse();
        assertThat(b.constraints().toJson()).isEqualTo("{}");
        assertThat(b.maxValueLength()).isEqualTo(254);
        OsDeploymentPlanAttribute c = attributes.get(2);
        assertThat(c.type()).isEqualTo(OsCustomAttributeType.UNKNOWN);
        assertThat(c.typeName()).isEqualTo("mystery");
        assertThat(c.defaultValue()).isEqualTo("7");
        assertThat(c.editable()).isTrue();
        assertThat(c.maxLength()).isNull();
        assertThat(attributes.get(3).name()).isNull();
        assertThat(OsDeploymentPlan.fromJson("{\"additionalParameters\":null}").customAttributes()).isEmpty();
        assertThat(OsDeploymentPlan.fromJson("{}").customAttribute("A")).isEmpty();
    }

    @Test
    void aProfilesSettingsRoundTripWithEveryOtherFieldUnchanged() {
        String fixture = Fixtures.read("oneview-redfish-toolkit/ServerProfile.json");
        ServerProfile read = ServerProfile.fromJson(fixture);
        OsDeploymentSettings settings = read.osDeploymentSettings();
        assertThat(settings.osDeploymentPlanUri()).isNull();
        assertThat(settings.customAttributes()).isEmpty();
        assertThat(settings.osVolumeUri()).isNull();
        assertThat(settings.forceOsDeployment()).isFalse();
        assertThat(settings.reapplyState()).isEqualTo("NotApplying");

        OsDeploymentSettings changed = settings.withOsDeploymentPlanUri(PLANS + "p1")
                .withCustomAttribute("HostName", "web01").withCustomAttribute("InfraKitInit", "echo hi");
        ObjectNode expected = (ObjectNode) readTree(fixture);
        ObjectNode ods = (ObjectNode) expected.get("osDeploymentSettings");
        ods.put("osDeploymentPlanUri", PLANS + "p1");
        ((ArrayNode) ods.get("osCustomAttributes")).addObject().put("name", "HostName").put("value", "web01");
        ((ArrayNode) ods.get("osCustomAttributes")).addObject().put("name", "InfraKitInit").put("value", "echo hi");

        expectVersionAndLogin();
        server.expect("GET", read.uri()).authenticated(TOKEN, API).respondJson(200, fixture);
        server.expect("PUT", read.uri()).authenticated(TOKEN, API).withHeader("If-Match", read.eTag())
                .withJsonBody(expected.toString())
                .respond(Reply.empty(202).withHeader("Location", "/rest/tasks/t-os"));
        expectLogout(TOKEN);
        client = builder().build();

        ServerProfile fetched = client.serverProfiles().get(read.uri());
        client.serverProfiles().update(fetched.withOsDeploymentSettings(changed));
        closeAndVerify();
        assertThat(changed.customAttributes()).containsExactly(new OsCustomAttribute("HostName", "web01"),
                new OsCustomAttribute("InfraKitInit", "echo hi"));
    }

    @Test
    void aProfileFromATemplateKeepsTheTemplatesAttributesAndOverridesByName() {
        String templateSettings = "{\"osDeploymentPlanUri\":\"" + PLANS + "p2\",\"osCustomAttributes\":["
                + "{\"name\":\"NIC1.netmask\",\"value\":\"255.255.255.0\",\"type\":null,\"constraints\":null},"
                + "{\"name\":\"HostName\",\"value\":\"template-default\",\"type\":\"hostname\"},"
                + "{\"name\":\"HostName\",\"value\":\"duplicate\"}],"
                + "\"complianceControl\":\"Checked\",\"deployMethod\":null,\"deploymentPortId\":null}";
        ServerProfileTemplate template = new ServerProfileTemplate(ServerProfileTemplate.fromJson(
                Fixtures.read("oneview-redfish-toolkit/ServerProfileTemplate.json")).json()
                .with("osDeploymentSettings", readTree(templateSettings)));
        OsDeploymentSettings fromTemplate = template.osDeploymentSettings();
        assertThat(fromTemplate.osDeploymentPlanUri()).isEqualTo(PLANS + "p2");
        assertThat(fromTemplate.complianceControl()).isEqualTo("Checked");
        assertThat(fromTemplate.customAttribute("HostName")).contains(new OsCustomAttribute("HostName",
                "template-default"));

        OsDeploymentSettings profile = fromTemplate.withCustomAttribute("HostName", "ik-worker-7")
                .withCustomAttribute("NIC1.dhcp", "true");
        assertThat(profile.json().get("osCustomAttributes")).isEqualTo(readTree("["
                + "{\"name\":\"NIC1.netmask\",\"value\":\"255.255.255.0\",\"type\":null,\"constraints\":null},"
                + "{\"name\":\"HostName\",\"value\":\"ik-worker-7\",\"type\":\"hostname\"},"
                + "{\"name\":\"NIC1.dhcp\",\"value\":\"true\"}]"));
        assertThat(profile.json().get("deployMethod").isNull()).isTrue();
        assertThat(profile.withoutCustomAttribute("HostName").customAttributes())
                .extracting(OsCustomAttribute::name).containsExactly("NIC1.netmask", "NIC1.dhcp");
    }

    @Test
    void absentOrNullSettingsReadAsNull() {
        assertThat(ServerProfile.fromJson("{\"name\":\"p\"}").osDeploymentSettings()).isNull();
        assertThat(ServerProfile.fromJson("{\"osDeploymentSettings\":null}").osDeploymentSettings()).isNull();
        assertThat(ServerProfileTemplate.fromJson("{\"osDeploymentSettings\":[]}").osDeploymentSettings()).isNull();
        assertThat(OsDeploymentSettings.fromJson("{\"osCustomAttributes\":null}").customAttributes()).isEmpty();
        assertThat(OsDeploymentSettings.fromJson("{\"osCustomAttributes\":null}").withCustomAttribute("A", "1")
                .json().toJson()).isEqualTo("{\"osCustomAttributes\":[{\"name\":\"A\",\"value\":\"1\"}]}");
        assertThat(OsDeploymentSettings.of(PLANS + "p1").json().toJson())
                .isEqualTo("{\"osDeploymentPlanUri\":\"" + PLANS + "p1\",\"osCustomAttributes\":[]}");
        assertThat(ServerProfile.fromJson("{\"name\":\"p\"}").withOsDeploymentSettings(null).toJson())
                .isEqualTo("{\"name\":\"p\",\"osDeploymentSettings\":null}");
    }

    @Test
    void toStringNeverShowsAttributeValues() {
        OsDeploymentSettings settings = OsDeploymentSettings.of(PLANS + "p1")
                .withCustomAttribute("NewRootPassword", "root-s3cret").withCustomAttribute("InfraKitInit", "TOKEN=abc");
        ServerProfile profile = ServerProfile.fromJson("{\"name\":\"p\"}").withOsDeploymentSettings(settings);
        for (Object o : List.of(settings, profile, settings.customAttributes().get(0),
                new ServerProfileTemplate(profile.json()))) {
            assertThat(o.toString()).contains("NewRootPassword").doesNotContain("root-s3cret").doesNotContain("abc");
        }
        assertThat(profile.toJson()).contains("root-s3cret");
    }

    private static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
