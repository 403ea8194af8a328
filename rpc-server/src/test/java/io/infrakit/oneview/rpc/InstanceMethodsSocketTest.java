package io.infrakit.oneview.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import io.infrakit.oneview.pluginclient.PluginConnection;
import io.infrakit.oneview.spi.Attachment;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.DestroyReason;
import io.infrakit.oneview.spi.Spec;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;


/** Every {@code Instance.*} method over a real socket, with the wire examples of the specification (§3). */
@Timeout(20)
class InstanceMethodsSocketTest {

    ServerFixture fx;

    @BeforeEach
    void start() throws IOException {
        fx = new ServerFixture();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    @DisplayName("Validate: HEAD wire example; Properties reach the plugin byte for byte")
    void validate() throws IOException {
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Validate\",\"params\":{\"Type\":\"\",\"Properties\":"
                + "{\"Note\":\"Instance properties version 1.0\"}},\"id\":9144976642487908822}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"Type\":\"\",\"OK\":true},\"id\":9144976642487908822}\n");
        assertThat(fx.plugin.validated.get(0).json()).isEqualTo("{\"Note\":\"Instance properties version 1.0\"}");
    }

    @Test
    @DisplayName("Validate: a plugin refusal is a -32000 error with the plugin's message; null Properties pass as null")
    void validateFailureAndNull() throws IOException {
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Validate\",\"params\":{\"Type\":\"\",\"Properties\":\"x\"},\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32000,\"message\":\"json: cannot unmarshal string into Go value "
                        + "of type file.Spec\",\"data\":null},\"id\":1}\n");
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Validate\",\"params\":{\"Type\":\"\",\"Properties\":null},\"id\":2}"))
                .contains("\"OK\":true");
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Validate\",\"params\":{\"Properties\":{}},\"id\":3}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"Type\":\"\",\"OK\":true},\"id\":3}\n");
        assertThat(fx.plugin.validated.get(1).isNull()).isTrue();
    }

    @Test
    @DisplayName("Provision: HEAD wire example decodes every Spec field; the ID comes back")
    void provision() throws IOException {
        String response = fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Provision\",\"params\":{\"Type\":\"\",\"Spec\":{\"Properties\":"
                + "{\"Note\":\"Instance properties version 1.0\"},\"Tags\":{\"infrakit.config.hash\":\"x4nrsdaibscmj7awpkxzx5vvpt6pilw2\","
                + "\"infrakit.group\":\"cattle\",\"project\":\"infrakit\",\"tier\":\"web\"},\"Init\":\"docker pull nginx:alpine\\ndocker run "
                + "-d -p 80:80 nginx-alpine\",\"LogicalID\":null,\"Attachments\":[{\"ID\":\"attachid\",\"Type\":\"attachtype\"}]}},"
                + "\"id\":2965735293861100419}");
        assertThat(response).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"Type\":\"\",\"ID\":\"instance-1\"},\"id\":2965735293861100419}\n");
        Spec spec = fx.plugin.specs.get(0);
        assertThat(spec.properties().json()).isEqualTo("{\"Note\":\"Instance properties version 1.0\"}");
        assertThat(spec.tags()).containsExactly(Map.entry("infrakit.config.hash", "x4nrsdaibscmj7awpkxzx5vvpt6pilw2"),
                Map.entry("infrakit.group", "cattle"), Map.entry("project", "infrakit"), Map.entry("tier", "web"));
        assertThat(spec.init()).isEqualTo("docker pull nginx:alpine\ndocker run -d -p 80:80 nginx-alpine");
        assertThat(spec.logicalId()).isNull();
        assertThat(spec.attachments()).containsExactly(new Attachment("attachid", "attachtype"));
    }

    @Test
    @DisplayName("Provision: v0.1.0 params without Type, null Attachments, a LogicalID; Properties keep literals and key order")
    void provisionOldShapeAndRawProperties() throws IOException {
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Provision\",\"params\":{\"Spec\":{\"Properties\":"
                + "{ \"z\" : 1.50, \"a\" : [ 12345678901234567890 , \"<&>\" ], \"s\":\"a b\" },\"Tags\":null,\"Init\":\"\","
                + "\"LogicalID\":\"10.0.0.2\",\"Attachments\":null}},\"id\":5}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"Type\":\"\",\"ID\":\"instance-1\"},\"id\":5}\n");
        Spec spec = fx.plugin.specs.get(0);
        assertThat(spec.properties().json()).isEqualTo("{\"z\":1.50,\"a\":[12345678901234567890,\"<&>\"],\"s\":\"a b\"}");
        assertThat(spec.logicalId()).isEqualTo("10.0.0.2");
        assertThat(spec.attachments()).isNull();
        assertThat(spec.tags()).isEmpty();
    }

    @Test
    @DisplayName("Label: HEAD wire example merges into the tags")
    void label() throws IOException {
        fx.plugin.put("instance-2339175134517317154", null, Map.of("infrakit.group", "cattle", "infrakit.config.hash", "bootstrap"), null);
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Label\",\"params\":{\"Type\":\"\",\"Instance\":"
                + "\"instance-2339175134517317154\",\"Labels\":{\"infrakit.config.hash\":\"jpfedp4sefvncwye5b6yre5qoz2odtnd\","
                + "\"infrakit.group\":\"cattle\"}},\"id\":5291468065076546087}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"Type\":\"\",\"OK\":true},\"id\":5291468065076546087}\n");
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.DescribeInstances\",\"params\":{\"Type\":\"\",\"Tags\":{}},\"id\":1}"))
                .contains("\"Tags\":{\"infrakit.config.hash\":\"jpfedp4sefvncwye5b6yre5qoz2odtnd\",\"infrakit.group\":\"cattle\"}");
    }

    @Test
    @DisplayName("Label: an unknown instance is a -32000 error")
    void labelUnknown() throws IOException {
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Label\",\"params\":{\"Type\":\"\",\"Instance\":\"nope\",\"Labels\":{}},\"id\":9}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32000,\"message\":\"unknown instance: nope\",\"data\":null},\"id\":9}\n");
    }

    @Test
    @DisplayName("Destroy: with Context rolling_update, with terminate, and without a Context (0.1.0 – 0.5.0)")
    void destroyContexts() throws IOException {
        fx.plugin.put("instance-6156175476957944535", null, Map.of(), null);
        fx.plugin.put("b", null, Map.of(), null);
        fx.plugin.put("instance-6467760518231564717", null, Map.of(), null);
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Destroy\",\"params\":{\"Type\":\"\",\"Instance\":"
                + "\"instance-6156175476957944535\",\"Context\":{\"Reason\":\"rolling_update\"}},\"id\":2393160919944866099}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"Type\":\"\",\"OK\":true},\"id\":2393160919944866099}\n");
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Destroy\",\"params\":{\"Type\":\"\",\"Instance\":\"b\","
                + "\"Context\":{\"Reason\":\"terminate\"}},\"id\":2}")).contains("\"OK\":true");
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Destroy\",\"params\":{\"Type\":\"\",\"Instance\":"
                + "\"instance-6467760518231564717\"},\"id\":8674665223082153551}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"Type\":\"\",\"OK\":true},\"id\":8674665223082153551}\n");
        assertThat(fx.plugin.destroyContexts).containsExactly(new DestroyContext(DestroyReason.ROLLING_UPDATE),
                DestroyContext.TERMINATE, DestroyContext.UNSPECIFIED);
    }

    @Test
    @DisplayName("Destroy: an unknown ID is a -32000 error with the plugin's message")
    void destroyUnknown() throws IOException {
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Destroy\",\"params\":{\"Type\":\"\",\"Instance\":"
                + "\"instance-doesnotexist\",\"Context\":{\"Reason\":\"terminate\"}},\"id\":2913351669981260115}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32000,\"message\":\"unknown instance: instance-doesnotexist\","
                        + "\"data\":null},\"id\":2913351669981260115}\n");
    }

    @Test
    @DisplayName("DescribeInstances: HEAD wire examples, without and with Properties (null LogicalID, raw Properties)")
    void describe() throws IOException {
        fx.plugin.put("instance-2588829776502990335", "lid-1", Map.of("infrakit.group", "cattle", "tier", "web"),
                "{\"Properties\":{\"Note\":\"hello\",\"size\":3},\"Tags\":{\"infrakit.group\":\"cattle\",\"tier\":\"web\"},"
                        + "\"Init\":\"#!/bin/sh\\necho hi\",\"LogicalID\":\"lid-1\",\"Attachments\":[{\"ID\":\"vol-1\",\"Type\":\"ebs\"}]}");
        fx.plugin.put("instance-2865306057557035887", null, Map.of("infrakit.group", "other"),
                "{\"Properties\":{\"x\":1},\"Tags\":{\"infrakit.group\":\"other\"},\"Init\":\"\",\"LogicalID\":null,\"Attachments\":null}");
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.DescribeInstances\",\"params\":{\"Type\":\"\",\"Tags\":"
                + "{\"infrakit.group\":\"cattle\"},\"Properties\":false},\"id\":4385596586730482579}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"Type\":\"\",\"Descriptions\":[{\"ID\":\"instance-2588829776502990335\","
                        + "\"LogicalID\":\"lid-1\",\"Tags\":{\"infrakit.group\":\"cattle\",\"tier\":\"web\"}}]},\"id\":4385596586730482579}\n");
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.DescribeInstances\",\"params\":{\"Type\":\"\",\"Tags\":{},"
                + "\"Properties\":true},\"id\":1897557888500091076}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"Type\":\"\",\"Descriptions\":[{\"ID\":\"instance-2588829776502990335\","
                        + "\"LogicalID\":\"lid-1\",\"Tags\":{\"infrakit.group\":\"cattle\",\"tier\":\"web\"},\"Properties\":{\"Properties\":"
                        + "{\"Note\":\"hello\",\"size\":3},\"Tags\":{\"infrakit.group\":\"cattle\",\"tier\":\"web\"},\"Init\":\"#!/bin/sh\\necho hi\","
                        + "\"LogicalID\":\"lid-1\",\"Attachments\":[{\"ID\":\"vol-1\",\"Type\":\"ebs\"}]}},{\"ID\":\"instance-2865306057557035887\","
                        + "\"LogicalID\":null,\"Tags\":{\"infrakit.group\":\"other\"},\"Properties\":{\"Properties\":{\"x\":1},\"Tags\":"
                        + "{\"infrakit.group\":\"other\"},\"Init\":\"\",\"LogicalID\":null,\"Attachments\":null}}]},\"id\":1897557888500091076}\n");
    }

    @Test
    @DisplayName("DescribeInstances: v0.2.0 params (no Properties flag), null Tags, lower-case keys, unknown keys")
    void describeOldShapes() throws IOException {
        fx.plugin.put("a", null, Map.of("infrakit.group", "cattle"), "{}");
        fx.plugin.put("b", null, Map.of("infrakit.group", "other"), "{}");
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.DescribeInstances\",\"params\":{\"Type\":\"\",\"Tags\":{}},\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"Type\":\"\",\"Descriptions\":[{\"ID\":\"a\",\"LogicalID\":null,\"Tags\":"
                        + "{\"infrakit.group\":\"cattle\"}},{\"ID\":\"b\",\"LogicalID\":null,\"Tags\":{\"infrakit.group\":\"other\"}}]},\"id\":1}\n");
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.DescribeInstances\",\"params\":{\"tags\":{\"infrakit.group\":\"other\"},"
                + "\"PROPERTIES\":true,\"Extra\":[1,2]},\"id\":2}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"Type\":\"\",\"Descriptions\":[{\"ID\":\"b\",\"LogicalID\":null,\"Tags\":"
                        + "{\"infrakit.group\":\"other\"},\"Properties\":{}}]},\"id\":2}\n");
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.DescribeInstances\",\"params\":[{\"Type\":\"\",\"Tags\":null}],\"id\":3}"))
                .contains("\"ID\":\"a\"", "\"ID\":\"b\"");
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.DescribeInstances\",\"id\":4}")).contains("\"ID\":\"a\"");
    }

    @Test
    @DisplayName("output is escaped as Go does: <, >, &, U+2028, U+2029 in strings and raw Properties; other UTF-8 raw")
    void goEscaping() throws IOException {
        fx.plugin.put("i<1>&", null, Map.of("k\u2028", "v\u2029é"), "{\"h\":\"<b>&\u2028\"}");
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.DescribeInstances\",\"params\":{\"Properties\":true},\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"Type\":\"\",\"Descriptions\":[{\"ID\":\"i\\u003c1\\u003e\\u0026\","
                        + "\"LogicalID\":null,\"Tags\":{\"k\\u2028\":\"v\\u2029é\"},\"Properties\":{\"h\":\"\\u003cb\\u003e\\u0026\\u2028\"}}]},"
                        + "\"id\":1}\n");
    }

    @Test
    @DisplayName("Type dispatch: typed sub-plugin answers its Type; unknown Type is no-plugin:<type>; Type is echoed")
    void typeDispatch() throws IOException {
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Provision\",\"params\":{\"Type\":\"compute\",\"Spec\":{}},\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"Type\":\"compute\",\"ID\":\"compute-1\"},\"id\":1}\n");
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.DescribeInstances\",\"params\":{\"Type\":\"compute\",\"Tags\":{}},\"id\":2}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"Type\":\"compute\",\"Descriptions\":[{\"ID\":\"compute-1\","
                        + "\"LogicalID\":null,\"Tags\":{}}]},\"id\":2}\n");
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.DescribeInstances\",\"params\":{\"Type\":\"\",\"Tags\":{}},\"id\":3}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"Type\":\"\",\"Descriptions\":[]},\"id\":3}\n");
        assertThat(fx.call("{\"jsonrpc\":\"2.0\",\"method\":\"Instance.DescribeInstances\",\"params\":{\"Type\":\"foo\",\"Tags\":{}},\"id\":4}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32000,\"message\":\"no-plugin:foo\",\"data\":null},\"id\":4}\n");
        assertThat(fx.plugin.calls).containsExactly("describe");
        assertThat(fx.compute.calls).containsExactly("provision", "describe");
    }

    @Test
    @DisplayName("a plugin's unexpected exception is a generic -32000 error, and the server keeps serving")
    void unexpectedException() throws IOException {
        try (PluginConnection c = fx.client()) {
            assertThat(Wire.call(c, "{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Provision\",\"params\":{\"Spec\":{\"Init\":\"boom\"}},\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32000,\"message\":\"internal error in Instance.Provision: "
                            + "IllegalStateException (details in the plugin log)\",\"data\":null},\"id\":1}\n")
                    .doesNotContain("secret");
            assertThat(Wire.call(c, "{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Provision\",\"params\":{\"Spec\":{\"Init\":\"fail\"}},\"id\":2}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32000,\"message\":\"no capacity left\",\"data\":null},\"id\":2}\n");
            assertThat(Wire.call(c, "{\"jsonrpc\":\"2.0\",\"method\":\"Handshake.Hello\",\"params\":{},\"id\":3}")).contains("Instance/0.6.1");
        }
    }

    @Test
    @DisplayName("a full group cycle on one connection: provision ×3, describe, label, destroy, describe")
    void lifecycle() throws IOException {
        try (PluginConnection c = fx.client()) {
            for (int i = 0; i < 3; i++) {
                Wire.call(c, "{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Provision\",\"params\":{\"Type\":\"\",\"Spec\":{\"Tags\":"
                        + "{\"infrakit.group\":\"cattle\"}}},\"id\":" + i + "}");
            }
            assertThat(Wire.call(c, "{\"jsonrpc\":\"2.0\",\"method\":\"Instance.DescribeInstances\",\"params\":{\"Tags\":{\"infrakit.group\":"
                    + "\"cattle\"}},\"id\":10}")).contains("instance-1", "instance-2", "instance-3");
            Wire.call(c, "{\"jsonrpc\":\"2.0\",\"method\":\"Instance.Destroy\",\"params\":{\"Instance\":\"instance-1\",\"Context\":"
                    + "{\"Reason\":\"terminate\"}},\"id\":11}");
            assertThat(Wire.call(c, "{\"jsonrpc\":\"2.0\",\"method\":\"Instance.DescribeInstances\",\"params\":{\"Tags\":{\"infrakit.group\":"
                    + "\"cattle\"}},\"id\":12}")).doesNotContain("instance-1\"").contains("instance-2", "instance-3");
        }
        assertThat(fx.plugin.calls).isEqualTo(List.of("provision", "provision", "provision", "describe", "destroy", "describe"));
    }
}
