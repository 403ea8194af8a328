package io.infrakit.oneview.rpc;

import io.infrakit.oneview.rpc.internal.gojson.GoJsonWriter;
import io.infrakit.oneview.rpc.internal.gojson.JsonBuffer;
import io.infrakit.oneview.spi.RawJson;
import java.util.Optional;

/**
 * Renders {@code GET /info/api.json} as InfraKit's HEAD server does: vendor, implemented interface
 * ({@code Instance/0.6.1}) and an example request/response per method, methods sorted by name; compact JSON
 * without a trailing newline. The {@code Provision} and {@code Validate} examples carry the plugin's
 * {@link io.infrakit.oneview.spi.InstancePlugin#exampleProperties() example properties}.
 */
final class ApiInfo {

    private static final String ID = "\"1795461351\"";

    private ApiInfo() {
    }

    static byte[] render(Vendor vendor, Optional<RawJson> example) {
        String props = example.map(RawJson::json).orElse("null");
        JsonBuffer out = new JsonBuffer(2048);
        GoJsonWriter.ascii(out, "{\"Vendor\":");
        if (vendor == null) {
            GoJsonWriter.ascii(out, "null");
        } else {
            GoJsonWriter.ascii(out, "{\"Name\":");
            GoJsonWriter.string(out, vendor.name());
            GoJsonWriter.ascii(out, ",\"Version\":");
            GoJsonWriter.string(out, vendor.version());
            GoJsonWriter.ascii(out, ",\"Sub\":\"\",\"URL\":");
            GoJsonWriter.string(out, vendor.url());
            out.put('}');
        }
        GoJsonWriter.ascii(out, ",\"Implements\":[{\"Name\":\"Instance\",\"Version\":\"0.6.1\",\"Sub\":\"\"}],"
                + "\"Interfaces\":[{\"Name\":\"Instance\",\"Version\":\"0.6.1\",\"Sub\":\"\",\"Methods\":[");
        method(out, "DescribeInstances", "{\"Type\":\"\",\"Tags\":null,\"Properties\":false}",
                "{\"Type\":\"\",\"Descriptions\":null}");
        out.put(',');
        method(out, "Destroy", "{\"Type\":\"\",\"Instance\":\"\",\"Context\":{\"Reason\":\"\"}}",
                "{\"Type\":\"\",\"OK\":false}");
        out.put(',');
        method(out, "Label", "{\"Type\":\"\",\"Instance\":\"\",\"Labels\":null}", "{\"Type\":\"\",\"OK\":false}");
        out.put(',');
        method(out, "Provision", "{\"Type\":\"\",\"Spec\":{\"Properties\":" + props
                + ",\"Tags\":null,\"Init\":\"\",\"LogicalID\":null,\"Attachments\":null}}", "{\"Type\":\"\",\"ID\":null}");
        out.put(',');
        method(out, "Validate", "{\"Type\":\"\",\"Properties\":" + props + "}", "{\"Type\":\"\",\"OK\":false}");
        GoJsonWriter.ascii(out, "]}]}");
        return out.toByteArray();
    }

    private static void method(JsonBuffer out, String name, String params, String result) {
        GoJsonWriter.ascii(out, "{\"Request\":{\"jsonrpc\":\"2.0\",\"method\":\"Instance." + name + "\",\"params\":");
        GoJsonWriter.raw(out, params);
        GoJsonWriter.ascii(out, ",\"id\":" + ID + "},\"Response\":{\"result\":" + result + ",\"id\":" + ID + "}}");
    }
}
