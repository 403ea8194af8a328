package io.infrakit.oneview.provider.oneview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.client.model.OsCustomAttribute;
import io.infrakit.oneview.client.model.OsDeploymentPlan;
import io.infrakit.oneview.client.model.OsDeploymentSettings;
import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.client.model.ServerProfileTemplate;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.InvalidPropertiesException;
import io.infrakit.oneview.spi.RawJson;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The checks and the merge of {@link OsDeployment} against a plan given as JSON (no appliance): each error names its
 * field; the profile's attribute list keeps the template's and the plan's values unless the group overrides them.
 */
class OsDeploymentTest {

    static final String PLAN_URI = "/rest/os-deployment-plans/p1";
    private static final OsDeploymentPlan PLAN = OsDeploymentPlan.fromJson("""
            {"type":"Osdp","uri":"/rest/os-deployment-plans/p1","name":"InfraKit Linux","additionalParameters":[
             {"name":"InfraKitInit","caType":"string","caEditable":true,"value":"","caConstraints":"{\\"maxlen\\":\\"40\\"}"},
             {"name":"HostName","caType":"hostname","caEditable":true,"value":"","caConstraints":"{}"},
             {"name":"Size","caType":"number","caEditable":true,"value":"20",
              "caConstraints":"{\\"minimum\\":\\"1\\",\\"maximum\\":\\"100\\"}"},
             {"name":"Role","caType":"option","caEditable":true,"value":"worker",
              "caConstraints":"{\\"options\\":[\\"worker\\",\\"manager\\"]}"},
             {"name":"RootPassword","caType":"password","caEditable":true,"value":null,"caConstraints":"{}"},
             {"name":"Build","caType":"string","caEditable":false,"value":"b7","caConstraints":"{}"},
             {"name":"NIC1","caType":"nic","caEditable":true,"value":null,
              "caConstraints":"{\\"parameters\\":[\\"dns1\\",\\"ipaddress\\",\\"mac\\"]}"}]}""");
    private static final ServerProfileTemplate TEMPLATE = ServerProfileTemplate.fromJson("""
            {"uri":"/rest/server-profile-templates/t1","name":"Synergy Template","osDeploymentSettings":{
             "osDeploymentPlanUri":"/rest/os-deployment-plans/p1","osCustomAttributes":[
              {"name":"NIC1.dns1","value":"10.0.0.53"},{"name":"Role","value":"manager"}]}}""");
    private static final AttributePlaceholders INSTANCE = AttributePlaceholders.of("instance-42", null, "workers",
            "Docker-42");

    private static OsDeployment deployment(String json) {
        InstanceProperties props = InstanceProperties.parse(RawJson.of("{\"TemplateName\":\"Synergy Template\","
                + json + "}"));
        OsDeployment d = new OsDeployment(PLAN, true, props.osDeployment(), "Synergy Template");
        d.check();
        return d;
    }

    private static String checkError(String json) {
        try {
            deployment(json);
        } catch (InvalidPropertiesException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void validateNamesTheFieldOfEachProblem() {
        assertThat(checkError("\"InitAttribute\":\"UserData\"")).startsWith("InitAttribute: OS deployment plan"
                + " 'InfraKit Linux' declares no custom attribute 'UserData'; it declares InfraKitInit, HostName, Size,"
                + " Role, RootPassword, Build, NIC1");
        assertThat(checkError("\"InitAttribute\":\"Size\"")).isEqualTo("InitAttribute: attribute 'Size' of OS"
                + " deployment plan 'InfraKit Linux' is of type number; the Init goes into a string attribute");
        assertThat(checkError("\"InitAttribute\":\"Build\"")).isEqualTo("InitAttribute: attribute 'Build' of OS"
                + " deployment plan 'InfraKit Linux' is not editable: a profile cannot set it");
        assertThat(checkError("\"OSCustomAttributes\":{\"Domain\":\"x\"}")).startsWith("OSCustomAttributes.Domain:"
                + " OS deployment plan 'InfraKit Linux' declares no custom attribute 'Domain'");
        assertThat(checkError("\"OSCustomAttributes\":{\"Build\":\"b8\"}")).startsWith("OSCustomAttributes.Build:"
                + " attribute 'Build' of OS deployment plan 'InfraKit Linux' is not editable");
        assertThat(checkError("\"OSCustomAttributes\":{\"RootPassword\":\"hunter2\"}"))
                .startsWith("OSCustomAttributes.RootPassword: attribute 'RootPassword' of OS deployment plan 'InfraKit"
                        + " Linux' is a password: set it in template 'Synergy Template'").doesNotContain("hunter2");
        assertThat(checkError("\"OSCustomAttributes\":{\"Size\":500}")).isEqualTo("OSCustomAttributes.Size: the"
                + " value '500' is above the attribute's maximum 100 (attribute 'Size' of OS deployment plan"
                + " 'InfraKit Linux', type number)");
        assertThat(checkError("\"OSCustomAttributes\":{\"Role\":\"boss\"}")).startsWith("OSCustomAttributes.Role:"
                + " the value 'boss' is not one of the attribute's options [worker, manager]");
        assertThat(checkError("\"OSCustomAttributes\":{\"HostName\":\"{group}.{suffix}\"}"))
                .startsWith("OSCustomAttributes.HostName: the value 'group.1' is not a host name");
        assertThat(checkError("\"OSCustomAttributes\":{\"NIC1.gateway\":\"10.0.0.1\"}"))
                .isEqualTo("OSCustomAttributes.NIC1.gateway: NIC attribute 'NIC1' of OS deployment plan 'InfraKit"
                        + " Linux' has no sub-attribute 'gateway'; it has connectionid, constraint, dhcp, dns1,"
                        + " ipaddress, ipv4disable, mac, networkuri");
        assertThat(checkError("\"OSCustomAttributes\":{\"Size.x\":\"1\"}")).startsWith("OSCustomAttributes.Size.x:"
                + " attribute 'Size' of OS deployment plan 'InfraKit Linux' is of type number, not nic");
        assertThat(checkError("\"OSCustomAttributes\":{\"NIC1\":\"x\"}")).startsWith("OSCustomAttributes.NIC1: the"
                + " value 'x' sets a NIC attribute as a whole");
        assertThat(checkError("\"OSCustomAttributes\":{\"NIC1.dns1\":\"a@b\"}")).startsWith("OSCustomAttributes"
                + ".NIC1.dns1: contains @");
    }

    @Test
    void aPatternThatRefusesTheEncodedInitIsAValidateError() {
        OsDeploymentPlan strict = OsDeploymentPlan.fromJson("{\"uri\":\"" + PLAN_URI + "\",\"name\":\"B64\","
                + "\"additionalParameters\":[{\"name\":\"Init\",\"caType\":\"string\",\"caConstraints\":"
                + "\"{\\\"regex\\\":\\\"^[A-Za-z0-9+/=]*$\\\"}\"}]}");
        InstanceProperties plain = InstanceProperties.parse(RawJson.of("{\"TemplateName\":\"T\",\"InitAttribute\":"
                + "\"Init\",\"InitEncoding\":\"plain\"}"));
        assertThatThrownBy(() -> new OsDeployment(strict, true, plain.osDeployment(), "T").check())
                .isInstanceOf(InvalidPropertiesException.class).hasMessage("InitAttribute: attribute 'Init' of OS"
                        + " deployment plan 'B64' accepts only values matching ^[A-Za-z0-9+/=]*$, which an Init in"
                        + " InitEncoding plain does not");
        InstanceProperties base64 = InstanceProperties.parse(RawJson.of("{\"TemplateName\":\"T\",\"InitAttribute\":"
                + "\"Init\"}"));
        new OsDeployment(strict, true, base64.osDeployment(), "T").check();
    }

    @Test
    void theInstancesValuesAreRenderedAndTheInitEncoded() {
        OsDeployment d = deployment("\"InitAttribute\":\"InfraKitInit\",\"OSCustomAttributes\":{\"HostName\":"
                + "\"{group}-{suffix}\",\"Size\":50}");
        Map<String, String> values = d.values(INSTANCE, "echo hi\n");
        assertThat(values).containsExactly(Map.entry("HostName", "workers-42"), Map.entry("Size", "50"),
                Map.entry("InfraKitInit", Base64.getEncoder().encodeToString("echo hi\n".getBytes(
                        StandardCharsets.UTF_8))));
        assertThat(d.values(INSTANCE, "")).containsEntry("InfraKitInit", "");
    }

    @Test
    void anInitTooLargeForItsAttributeIsAnErrorNeverCut() {
        OsDeployment d = deployment("\"InitAttribute\":\"InfraKitInit\"");
        String init = "docker swarm join --token SWMTKN-1-abc 10.0.0.1:2377\n";
        assertThatThrownBy(() -> d.values(INSTANCE, init)).isInstanceOf(InstancePluginException.class)
                .hasMessage("Init (" + init.length() + " bytes, 72 characters in base64) does not fit attribute"
                        + " 'InfraKitInit' of OS deployment plan 'InfraKit Linux': it is 72 characters long; the"
                        + " attribute takes at most 40; the Init is never cut: shorten it (for example a script that"
                        + " fetches the rest), or use a plan whose attribute takes more")
                .hasMessageNotContaining("SWMTKN");
        OsDeployment plain = deployment("\"InitAttribute\":\"InfraKitInit\",\"InitEncoding\":\"plain\"");
        assertThatThrownBy(() -> plain.values(INSTANCE, "mail root@x")).isInstanceOf(InstancePluginException.class)
                .hasMessageStartingWith("Init (11 characters) does not fit attribute 'InfraKitInit' of OS deployment"
                        + " plan 'InfraKit Linux': it contains @").hasMessageEndingWith("; use InitEncoding base64");
    }

    @Test
    void aValueThatOnlyTheInstanceMakesTooLongIsAProvisionErrorNamingTheField() {
        OsDeployment d = deployment("\"OSCustomAttributes\":{\"HostName\":\"{profileName}\"}");
        AttributePlaceholders longName = AttributePlaceholders.of("instance-1", null, "g", "x".repeat(300));
        assertThatThrownBy(() -> d.values(longName, "")).isInstanceOf(InstancePluginException.class)
                .hasMessageStartingWith("OSCustomAttributes.HostName: the value (300 characters) is 300 characters"
                        + " long; the attribute takes at most 254");
        OsDeployment logical = deployment("\"OSCustomAttributes\":{\"HostName\":\"{logicalId}\"}");
        assertThatThrownBy(() -> logical.values(INSTANCE, "")).isInstanceOf(InstancePluginException.class)
                .hasMessageStartingWith("OSCustomAttributes.HostName uses {logicalId} but the spec has no LogicalID");
    }

    private static Map<String, String> asMap(OsDeploymentSettings s) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (OsCustomAttribute a : s.customAttributes()) {
            assertThat(m.put(a.name(), a.value())).as("duplicate " + a.name()).isNull();
        }
        return m;
    }

    @Test
    void theProfileGetsTheTemplatesValuesThePlansDefaultsAndTheGroupsOverrides() {
        OsDeployment d = deployment("\"InitAttribute\":\"InfraKitInit\",\"OSCustomAttributes\":{\"HostName\":"
                + "\"{profileName}\",\"Role\":\"worker\"}");
        ServerProfile body = ServerProfile.fromJson("{\"name\":\"Docker-42\",\"osDeploymentSettings\":"
                + TEMPLATE.json().get("osDeploymentSettings") + "}");
        OsDeploymentSettings s = d.settings(body, TEMPLATE, d.values(INSTANCE, "id"));
        assertThat(s.osDeploymentPlanUri()).isEqualTo(PLAN_URI);
        // the template's NIC value stays, its Role is overridden by the group, the plan's Size default is added
        // (not the non-editable Build, nor empty defaults), the Init is set
        assertThat(asMap(s)).containsExactly(Map.entry("NIC1.dns1", "10.0.0.53"), Map.entry("Role", "worker"),
                Map.entry("Size", "20"), Map.entry("HostName", "Docker-42"), Map.entry("InfraKitInit", "aWQ="));

        // new-profile without the settings: the template's serve
        OsDeploymentSettings fromTemplate = d.settings(ServerProfile.fromJson("{\"name\":\"n\"}"), TEMPLATE,
                Map.of());
        assertThat(asMap(fromTemplate)).containsEntry("NIC1.dns1", "10.0.0.53").containsEntry("Role", "manager");
    }

    @Test
    void anotherPlanThanTheTemplatesKeepsOnlyTheTemplatesValuesItDeclares() {
        OsDeploymentPlan other = OsDeploymentPlan.fromJson("{\"uri\":\"/rest/os-deployment-plans/p2\",\"name\":"
                + "\"Other\",\"additionalParameters\":[{\"name\":\"Role\",\"caType\":\"string\"}]}");
        OsDeployment d = new OsDeployment(other, false, OsDeploymentProperties.NONE, "Synergy Template");
        OsDeploymentSettings s = d.settings(ServerProfile.fromJson("{\"osDeploymentSettings\":"
                + TEMPLATE.json().get("osDeploymentSettings") + "}"), TEMPLATE, Map.of());
        assertThat(s.osDeploymentPlanUri()).isEqualTo("/rest/os-deployment-plans/p2");
        assertThat(s.customAttributes()).extracting(OsCustomAttribute::name).isEqualTo(List.of("Role"));
    }
}
