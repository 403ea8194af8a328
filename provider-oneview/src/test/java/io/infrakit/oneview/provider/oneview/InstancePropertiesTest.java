package io.infrakit.oneview.provider.oneview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.client.Secret;
import io.infrakit.oneview.spi.InvalidPropertiesException;
import io.infrakit.oneview.spi.RawJson;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parsing and checking of {@code Instance.Properties}: every field's error names the field. */
class InstancePropertiesTest {

    private static InstanceProperties parse(String json) {
        return InstanceProperties.parse(RawJson.of(json));
    }

    @Test
    void theCPluginsReadmeExampleIsAcceptedAsItWas() {
        InstanceProperties p = parse("""
                {"Note": "Generic OneView configuration",
                 "OneView": {"OneViewAddress": "192.168.0.96", "OneViewUsername": "Administrator",
                             "OneViewPassword": "password"},
                 "TemplateName": "Docker-Gen8-Template", "ProfileName": "Docker", "PowerOff": true}""");
        assertThat(p.templateName()).isEqualTo("Docker-Gen8-Template");
        assertThat(p.namePrefix()).isEqualTo("Docker");
        assertThat(p.powerOff()).isTrue();
        assertThat(p.powerOn()).isTrue();
        assertThat(p.forceDestroy()).isFalse();
        assertThat(p.credentials().address()).isEqualTo("192.168.0.96");
        assertThat(p.credentials().username()).isEqualTo("Administrator");
        assertThat(p.credentials().password()).isEqualTo(Secret.of("password"));
    }

    @Test
    void theCPluginsHalfWrittenNetworkFieldsAreIgnored() {
        InstanceProperties p = parse("{\"TemplateName\":\"T\",\"Networks\":[],\"Unique\":true,"
                + "\"NetworkConfig\":[{\"networkName\":\"n\",\"networkVlan\":1}]}");
        assertThat(p.templateName()).isEqualTo("T");
    }

    @Test
    void defaultsWhenOnlyTheTemplateIsGiven() {
        InstanceProperties p = parse("{\"TemplateName\":\"T\"}");
        assertThat(p.namePrefix()).isEqualTo("T");
        assertThat(p.powerOff()).isFalse();
        assertThat(p.powerOn()).isTrue();
        assertThat(p.profileNamePattern()).isNull();
        assertThat(p.insecureTls()).isNull();
    }

    @Test
    void everyNewFieldIsRead() {
        InstanceProperties p = parse("""
                {"TemplateName":"T","PowerOn":false,"ForceDestroy":true,"ProfileNamePattern":"{group}-{suffix}",
                 "ServerHardwareTypeName":"SY 480 Gen10 1","EnclosureGroupUri":"/rest/enclosure-groups/1",
                 "CredentialsFile":"/etc/ov.properties","CaBundle":"/etc/ov-ca.pem","LoginDomain":"corp"}""");
        assertThat(p.powerOn()).isFalse();
        assertThat(p.forceDestroy()).isTrue();
        assertThat(p.profileNamePattern()).isEqualTo("{group}-{suffix}");
        assertThat(p.serverHardwareTypeName()).isEqualTo("SY 480 Gen10 1");
        assertThat(p.enclosureGroupUri()).isEqualTo("/rest/enclosure-groups/1");
        assertThat(p.credentialsFile()).isEqualTo(Path.of("/etc/ov.properties"));
        assertThat(p.caBundle()).isEqualTo(Path.of("/etc/ov-ca.pem"));
        assertThat(p.credentials().loginDomain()).isEqualTo("corp");
    }

    @Test
    void theOsDeploymentFieldsAreRead() {
        InstanceProperties p = parse("""
                {"TemplateName":"T","OSDeploymentPlan":"InfraKit Linux","InitAttribute":"InfraKitInit",
                 "InitEncoding":"plain","OSCustomAttributes":{"HostName":"{group}-{suffix}","Size":10,"Ssh":true,
                 "Ratio":1.50,"NIC1.dhcp":"true"}}""");
        OsDeploymentProperties os = p.osDeployment();
        assertThat(os.planName()).isEqualTo("InfraKit Linux");
        assertThat(os.initAttribute()).isEqualTo("InfraKitInit");
        assertThat(os.initEncoding()).isEqualTo(InitEncoding.PLAIN);
        assertThat(os.attributes()).containsExactly(java.util.Map.entry("HostName", "{group}-{suffix}"),
                java.util.Map.entry("Size", "10"), java.util.Map.entry("Ssh", "true"),
                java.util.Map.entry("Ratio", "1.5"), java.util.Map.entry("NIC1.dhcp", "true"));
        assertThat(p.toString()).contains("OSDeploymentPlan=InfraKit Linux").contains("InitAttribute=InfraKitInit");
    }

    @Test
    void withoutOsDeploymentFieldsNothingChangesAndBase64IsTheDefaultEncoding() {
        assertThat(parse("{\"TemplateName\":\"T\"}").osDeployment()).isEqualTo(OsDeploymentProperties.NONE);
        assertThat(OsDeploymentProperties.NONE.any()).isFalse();
        InstanceProperties p = parse("{\"TemplateName\":\"T\",\"InitAttribute\":\"InfraKitInit\"}");
        assertThat(p.osDeployment().initEncoding()).isEqualTo(InitEncoding.BASE64);
        assertThat(p.osDeployment().any()).isTrue();
        assertThat(InitEncoding.BASE64.encode("echo é\n")).isEqualTo("ZWNobyDDqQo=");
        assertThat(InitEncoding.PLAIN.encode("echo é\n")).isEqualTo("echo é\n");
    }

    @Test
    void missingOrNonObjectPropertiesAreRefused() {
        assertThatThrownBy(() -> InstanceProperties.parse(RawJson.NULL))
                .isInstanceOf(InvalidPropertiesException.class).hasMessageContaining("TemplateName");
        assertThatThrownBy(() -> parse("[1]")).isInstanceOf(InvalidPropertiesException.class)
                .hasMessage("Properties must be a JSON object, not an array");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{}|TemplateName is required",
            "{\"TemplateName\":3}|TemplateName must be a string, not a number",
            "{\"TemplateName\":\"  \"}|TemplateName must not be empty",
            "{\"TemplateName\":\"T\",\"ProfileName\":true}|ProfileName must be a string, not a boolean",
            "{\"TemplateName\":\"T\",\"PowerOff\":\"true\"}|PowerOff must be true or false, not a string",
            "{\"TemplateName\":\"T\",\"PowerOn\":1}|PowerOn must be true or false, not a number",
            "{\"TemplateName\":\"T\",\"ForceDestroy\":{}}|ForceDestroy must be true or false, not an object",
            "{\"TemplateName\":\"T\",\"ProfileNamePattern\":\"{prefix}\"}|ProfileNamePattern '{prefix}' must contain {id}, {suffix} or {logicalId}",
            "{\"TemplateName\":\"T\",\"ProfileNamePattern\":\"{x}-{id}\"}|ProfileNamePattern: unknown placeholder {x}",
            "{\"TemplateName\":\"T\",\"ServerHardwareTypeName\":\"a\",\"ServerHardwareTypeUri\":\"/rest/server-hardware-types/1\"}|ServerHardwareTypeName and ServerHardwareTypeUri cannot both be given",
            "{\"TemplateName\":\"T\",\"ServerHardwareTypeUri\":\"SY480\"}|ServerHardwareTypeUri must be a URI starting with /rest/server-hardware-types/",
            "{\"TemplateName\":\"T\",\"EnclosureGroupName\":\"a\",\"EnclosureGroupUri\":\"/rest/enclosure-groups/1\"}|EnclosureGroupName and EnclosureGroupUri cannot both be given",
            "{\"TemplateName\":\"T\",\"EnclosureGroupUri\":\"/rest/x\"}|EnclosureGroupUri must be a URI starting with /rest/enclosure-groups/",
            "{\"TemplateName\":\"T\",\"EnclosureGroupName\":[]}|EnclosureGroupName must be a string, not an array",
            "{\"TemplateName\":\"T\",\"OneView\":\"x\"}|OneView must be an object",
            "{\"TemplateName\":\"T\",\"OneView\":{\"Address\":\"x\"}}|OneView.Address is not known",
            "{\"TemplateName\":\"T\",\"OneView\":{\"OneViewAddress\":\"ftp://ov\"}}|OneView.OneViewAddress: The appliance address must be https:// (or http:// to this machine), not 'ftp://ov'",
            "{\"TemplateName\":\"T\",\"OneView\":{\"OneViewUsername\":7}}|OneView.OneViewUsername must be a string, not a number",
            "{\"TemplateName\":\"T\",\"LoginDomain\":7}|LoginDomain must be a string, not a number",
            "{\"TemplateName\":\"T\",\"CredentialsFile\":false}|CredentialsFile must be a string, not a boolean",
            "{\"TemplateName\":\"T\",\"CaBundle\":\"/ca.pem\",\"InsecureTLS\":true}|CaBundle, PinnedCertificateSha256 and InsecureTLS: true cannot be combined",
            "{\"TemplateName\":\"T\",\"InsecureTLS\":\"yes\"}|InsecureTLS must be true or false, not a string",
            "{\"TemplateName\":\"T\",\"Templatename\":\"x\"}|Properties field Templatename is not known to the oneview provider",
            "{\"TemplateName\":\"T\",\"OSDeploymentPlan\":5}|OSDeploymentPlan must be a string, not a number",
            "{\"TemplateName\":\"T\",\"OSDeploymentPlan\":\"\"}|OSDeploymentPlan must not be empty",
            "{\"TemplateName\":\"T\",\"InitAttribute\":[]}|InitAttribute must be a string, not an array",
            "{\"TemplateName\":\"T\",\"InitAttribute\":\"Init Script\"}|InitAttribute: 'Init Script' is not an attribute name",
            "{\"TemplateName\":\"T\",\"InitAttribute\":\"NIC1.dhcp\"}|InitAttribute: 'NIC1.dhcp' is not an attribute name",
            "{\"TemplateName\":\"T\",\"InitAttribute\":\"I\",\"InitEncoding\":\"gzip\"}|InitEncoding must be \"plain\" or \"base64\", not 'gzip'",
            "{\"TemplateName\":\"T\",\"InitAttribute\":\"I\",\"InitEncoding\":\"BASE64\"}|InitEncoding must be \"plain\" or \"base64\", not 'BASE64'",
            "{\"TemplateName\":\"T\",\"InitEncoding\":\"plain\"}|InitEncoding applies only with InitAttribute",
            "{\"TemplateName\":\"T\",\"OSCustomAttributes\":[]}|OSCustomAttributes must be an object of attribute name to value",
            "{\"TemplateName\":\"T\",\"OSCustomAttributes\":{\"Host Name\":\"x\"}}|OSCustomAttributes: 'Host Name' is not an attribute name",
            "{\"TemplateName\":\"T\",\"OSCustomAttributes\":{\"HostName\":null}}|OSCustomAttributes.HostName must be a string, a number or a boolean, not null",
            "{\"TemplateName\":\"T\",\"OSCustomAttributes\":{\"HostName\":{}}}|OSCustomAttributes.HostName must be a string, a number or a boolean, not an object",
            "{\"TemplateName\":\"T\",\"OSCustomAttributes\":{\"HostName\":\"{prefix}-1\"}}|OSCustomAttributes.HostName: unknown placeholder {prefix}; known: {id}, {suffix}, {logicalId}, {group}, {profileName}",
            "{\"TemplateName\":\"T\",\"InitAttribute\":\"Boot\",\"OSCustomAttributes\":{\"Boot\":\"x\"}}|OSCustomAttributes.Boot: Boot is the InitAttribute, which receives Spec.Init",
    })
    void eachBadFieldIsNamed(String json, String message) {
        assertThatThrownBy(() -> parse(json)).isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aBadPasswordIsNamedButNeverEchoed() {
        assertThatThrownBy(() -> parse("{\"TemplateName\":\"T\",\"OneView\":{\"OneViewPassword\":123456789}}"))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("OneView.OneViewPassword must be a string, not a number")
                .hasMessageNotContaining("123456789");
    }

    @Test
    void toStringNeverShowsThePassword() {
        InstanceProperties p = parse("{\"TemplateName\":\"T\",\"OneView\":{\"OneViewAddress\":\"ov\","
                + "\"OneViewUsername\":\"u\",\"OneViewPassword\":\"hunter2-secret\"}}");
        assertThat(p.toString()).doesNotContain("hunter2-secret").contains("TemplateName=T");
        assertThat(p.credentials().toString()).doesNotContain("hunter2-secret").contains("****");
        assertThat(Secret.of("hunter2-secret").toString()).isEqualTo("****");
    }
}
