package io.infrakit.oneview.rpc.internal.dispatch;

import io.infrakit.oneview.rpc.internal.gojson.GoJsonWriter;
import io.infrakit.oneview.rpc.internal.gojson.JsonBuffer;

/**
 * The handshake results of every InfraKit era, rendered once: {@code Plugin.Implements} (Instance/0.1.0),
 * {@code Handshake.Implements} (0.3.0, 0.5.0, 0.6.0), {@code Handshake.Types} and {@code Handshake.Hello}
 * (exactly one key, {@code Instance/0.6.1}). The default plugin is the object {@code "."}; typed sub-plugins
 * follow by type name.
 */
final class Handshakes {

    final byte[] pluginImplements;
    final byte[] handshakeImplements;
    final byte[] types;
    final byte[] hello;

    Handshakes(TypedPlugins plugins) {
        pluginImplements = bytes("{\"APIs\":[{\"Name\":\"Instance\",\"Version\":\"0.1.0\"}]}");
        handshakeImplements = bytes("{\"APIs\":[{\"Name\":\"Instance\",\"Version\":\"0.3.0\",\"Sub\":\"\"},"
                + "{\"Name\":\"Instance\",\"Version\":\"0.5.0\",\"Sub\":\"\"},"
                + "{\"Name\":\"Instance\",\"Version\":\"0.6.0\",\"Sub\":\"\"}]}");
        JsonBuffer t = new JsonBuffer(256);
        GoJsonWriter.ascii(t, "{\"Types\":{\"Instance/0.5.0\":[\".\"");
        JsonBuffer h = new JsonBuffer(256);
        GoJsonWriter.ascii(h, "{\"Objects\":{\"Instance/0.6.1\":[{\"Name\":\".\",\"ProxyFor\":\"\"}");
        for (String type : plugins.types()) {
            t.put(',');
            GoJsonWriter.string(t, type);
            GoJsonWriter.ascii(h, ",{\"Name\":");
            GoJsonWriter.string(h, type);
            GoJsonWriter.ascii(h, ",\"ProxyFor\":\"\"}");
        }
        GoJsonWriter.ascii(t, "]}}");
        GoJsonWriter.ascii(h, "]}}");
        types = t.toByteArray();
        hello = h.toByteArray();
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

}
