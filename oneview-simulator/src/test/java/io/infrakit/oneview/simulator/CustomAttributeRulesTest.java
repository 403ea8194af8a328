package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("custom attribute values: the rules of each type")
class CustomAttributeRulesTest {

    private static String violation(CustomAttributeType type, String constraints, String value) {
        try {
            JsonNode c = TestClient.MAPPER.readTree(constraints);
            return CustomAttributeRules.violation(type, c, value);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void emptyIsNotSetAndPassesEveryType() {
        for (CustomAttributeType type : CustomAttributeType.values()) {
            assertThat(violation(type, "{\"options\":[\"a\"],\"minlen\":\"3\"}", "")).as(type.name()).isNull();
        }
    }

    @Test
    void text() {
        assertThat(violation(CustomAttributeType.STRING, "{}", "x".repeat(254))).isNull();
        assertThat(violation(CustomAttributeType.STRING, "{}", "x".repeat(255)))
                .isEqualTo("the value is 255 characters long; at most 254 are allowed");
        assertThat(violation(CustomAttributeType.STRING, "{}", "#!/bin/sh\necho hi\n")).isNull();
        assertThat(violation(CustomAttributeType.STRING, "{}", "mail root@localhost")).contains("must not contain '@'");
        assertThat(violation(CustomAttributeType.STRING, "{\"regex\":\"^[A-Za-z0-9+/=]*$\"}", "aGk=")).isNull();
        assertThat(violation(CustomAttributeType.STRING, "{\"regex\":\"^[A-Za-z0-9+/=]*$\"}", "a b"))
                .isEqualTo("the value does not match the plan's regex ^[A-Za-z0-9+/=]*$");
        assertThat(violation(CustomAttributeType.STRING, "{\"regex\":\"\",\"helpText\":\"\"}", "anything")).isNull();
    }

    @Test
    void passwordsOptionsNumbers() {
        assertThat(violation(CustomAttributeType.PASSWORD, "{\"minlen\":\"8\",\"maxlen\":\"20\"}", "short"))
                .isEqualTo("the password is 5 characters long; at least 8 are required");
        assertThat(violation(CustomAttributeType.PASSWORD, "{\"maxlen\":\"10\"}", "x".repeat(11)))
                .isEqualTo("the password is 11 characters long; at most 10 are allowed");
        assertThat(violation(CustomAttributeType.OPTION, "{\"options\":[\"Enabled\",\"Disabled\"]}", "Enabled")).isNull();
        assertThat(violation(CustomAttributeType.OPTION, "{\"options\":[\"Enabled\",\"Disabled\"]}", "enabled"))
                .isEqualTo("'enabled' is none of [Enabled, Disabled]");
        String range = "{\"minimum\":\"1\",\"maximum\":\"2048\",\"increment\":\"1\",\"unit\":\"GB\"}";
        assertThat(violation(CustomAttributeType.NUMBER, range, "16")).isNull();
        assertThat(violation(CustomAttributeType.NUMBER, range, "2049")).isEqualTo("2049 is more than the maximum 2048");
        assertThat(violation(CustomAttributeType.NUMBER, range, "1.5"))
                .isEqualTo("1.5 is not a multiple of the increment 1 from 1");
        assertThat(violation(CustomAttributeType.NUMBER, "{}", "ten")).isEqualTo("'ten' is no number");
        assertThat(violation(CustomAttributeType.NUMBER, "{}", "-2.25")).isNull();
    }

    @Test
    void namesAndAddresses() {
        assertThat(violation(CustomAttributeType.HOSTNAME, "{}", "ik-worker_7")).isNull();
        assertThat(violation(CustomAttributeType.HOSTNAME, "{}", "web.example.com")).contains("no host name");
        assertThat(violation(CustomAttributeType.HOSTNAME, "{}", "-web")).contains("no host name");
        assertThat(violation(CustomAttributeType.FQDN, "{}", "web.example.com")).isNull();
        assertThat(violation(CustomAttributeType.FQDN, "{}", "web")).contains("no fully qualified domain name");
        assertThat(violation(CustomAttributeType.FQDN, "{}", "web..com")).contains("no fully qualified domain name");
        assertThat(violation(CustomAttributeType.IPV4, "{}", "10.0.0.255")).isNull();
        assertThat(violation(CustomAttributeType.IPV4, "{}", "10.0.0.256")).isEqualTo("'10.0.0.256' is no IPv4 address");
        assertThat(violation(CustomAttributeType.NIC, "{}", "x")).contains("through its sub-attributes");
    }

    @Test
    void nicSubAttributes() throws java.io.IOException {
        JsonNode nic = TestClient.MAPPER.readTree("{\"ipv4static\":true,\"ipv4dhcp\":false,\"ipv4disable\":false,"
                + "\"parameters\":[\"gateway\",\"ipaddress\",\"mac\",\"vlanid\"]}");
        Set<String> ids = Set.of("1", "2");
        assertThat(CustomAttributeRules.isNicSetting(nic, "connectionid")).isTrue();
        assertThat(CustomAttributeRules.isNicSetting(nic, "gateway")).isTrue();
        assertThat(CustomAttributeRules.isNicSetting(nic, "dns1")).as("not in its parameters").isFalse();
        assertThat(CustomAttributeRules.nicViolation(nic, "connectionid", "1", ids)).isNull();
        assertThat(CustomAttributeRules.nicViolation(nic, "connectionid", "3", ids))
                .startsWith("'3' is not the id of a connection of the profile");
        assertThat(CustomAttributeRules.nicViolation(nic, "constraint", "userspecified", ids)).isNull();
        assertThat(CustomAttributeRules.nicViolation(nic, "constraint", "dhcp", ids))
                .isEqualTo("the plan allows no DHCP here");
        assertThat(CustomAttributeRules.nicViolation(nic, "ipv4disable", "true", ids))
                .isEqualTo("the plan allows no disabled NIC here");
        assertThat(CustomAttributeRules.nicViolation(nic, "dhcp", "yes", ids)).isEqualTo("'yes' is neither true nor false");
        assertThat(CustomAttributeRules.nicViolation(nic, "ipaddress", "10.1.2.3", ids)).isNull();
        assertThat(CustomAttributeRules.nicViolation(nic, "gateway", "10.1.2", ids)).contains("no IPv4 address");
        assertThat(CustomAttributeRules.nicViolation(nic, "mac", "00:50:56:AB:CD:EF", ids)).isNull();
        assertThat(CustomAttributeRules.nicViolation(nic, "vlanid", "4095", ids)).contains("no VLAN id");
    }

    @Test
    void checkNamesTheAttribute() {
        OsDeploymentPlanSpec rhel = OsDeploymentPlanSpec.defaults().get(1);
        Set<String> ids = Set.of("1", "2");
        assertThat(CustomAttributeRules.check(rhel, "ManagementNIC.dhcp", "true", ids)).isNull();
        assertThat(CustomAttributeRules.check(rhel, "ManagementNIC.dns3", "10.0.0.1", ids))
                .isEqualTo("the OS deployment plan 'RHEL 8 Web Server' has no custom attribute 'ManagementNIC.dns3'");
        assertThat(CustomAttributeRules.check(rhel, "HostName.dhcp", "true", ids))
                .isEqualTo("the OS deployment plan 'RHEL 8 Web Server' has no custom attribute 'HostName.dhcp'");
        assertThat(CustomAttributeRules.check(rhel, "ImageRevision", "2020-01-01", ids))
                .isEqualTo("the custom attribute 'ImageRevision' of the OS deployment plan 'RHEL 8 Web Server' is not "
                        + "editable");
        assertThat(CustomAttributeRules.check(rhel, "DataVolumeSizeGB", "0", ids))
                .isEqualTo("custom attribute 'DataVolumeSizeGB' (number): 0 is less than the minimum 1");
    }
}
