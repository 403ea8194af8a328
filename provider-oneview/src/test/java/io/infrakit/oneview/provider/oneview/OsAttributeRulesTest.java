package io.infrakit.oneview.provider.oneview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import io.infrakit.oneview.client.model.OsDeploymentPlanAttribute;
import io.infrakit.oneview.client.model.ResourceJson;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The value rules of custom attributes, one row per rule (a value that fits, then one that does not). */
class OsAttributeRulesTest {

    private static OsDeploymentPlanAttribute attribute(String type, String constraints) {
        return new OsDeploymentPlanAttribute(ResourceJson.parse("{\"name\":\"A\",\"caType\":\"" + type + "\","
                + "\"caEditable\":true,\"caConstraints\":" + TextNode.valueOf(constraints) + "}"));
    }

    @ParameterizedTest(name = "{0} {1} ''{2}''")
    @CsvSource(delimiter = '|', value = {
            "string|'{}'|anything goes|",
            "string|'{}'|a@b|contains @",
            "string|'{\"maxlen\":\"5\"}'|123456|is 6 characters long; the attribute takes at most 5",
            "password|'{\"minlen\":\"8\"}'|short|is 5 characters long; the attribute takes at least 8",
            "string|'{\"regex\":\"^[A-Za-z0-9+/=]*$\"}'|aGk=|",
            "string|'{\"regex\":\"^[A-Za-z0-9+/=]*$\"}'|hi there|does not match the attribute's pattern ^[A-Za-z0-9+/=]*$",
            "number|'{\"minimum\":\"1\",\"maximum\":\"10\"}'|10|",
            "number|'{\"minimum\":\"1\",\"maximum\":\"10\"}'|11|is above the attribute's maximum 10",
            "number|'{\"minimum\":\"1\",\"maximum\":\"10\"}'|0|is below the attribute's minimum 1",
            "number|'{}'|ten|is not a number",
            "option|'{\"options\":[\"yes\",\"no\"]}'|no|",
            "option|'{\"options\":[\"yes\",\"no\"]}'|maybe|is not one of the attribute's options [yes, no]",
            "hostname|'{}'|web-01_a|",
            "hostname|'{}'|web.example.com|is not a host name",
            "hostname|'{}'|-web|is not a host name",
            "fqdn|'{}'|web.example.com|",
            "fqdn|'{}'|web|is not a fully qualified domain name",
            "ipv4|'{}'|10.0.0.255|",
            "ipv4|'{}'|10.0.0.256|is not an IPv4 address",
            "nic|'{}'|x|sets a NIC attribute as a whole",
    })
    void eachRule(String type, String constraints, String value, String problem) {
        Optional<String> found = OsAttributeRules.problem(attribute(type, constraints), value);
        if (problem == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).get().asString().startsWith(problem);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"string|255", "hostname|255", "fqdn|255"})
    void textTypesTakeAtMost254CharactersWithoutMaxlen(String type, int length) {
        String value = type.equals("fqdn") ? "a." + "b".repeat(length - 2) : "a".repeat(length);
        assertThat(OsAttributeRules.problem(attribute(type, "{}"), value.substring(0, length - 1))).isEmpty();
        assertThat(OsAttributeRules.problem(attribute(type, "{}"), value)).get().asString()
                .isEqualTo("is 255 characters long; the attribute takes at most 254");
    }
}
