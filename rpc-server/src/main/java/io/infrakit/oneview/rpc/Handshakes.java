package io.infrakit.oneview.rpc;


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

    Handshakes(Plugins plugins) {
        pluginImplements = bytes("{\"APIs\":[{\"Name\":\"Instance\",\"Version\":\"0.1.0\"}]}");
        handshakeImplements = bytes("{\"APIs\":[{\"Name\":\"Instance\",\"Version\":\"0.3.0\",\"Sub\":\"\"},"
                + "{\"Name\":\"Instance\",\"Version\":\"0.5.0\",\"Sub\":\"\"},"
                + "{\"Name\":\"Instance\",\"Version\":\"0.6.0\",\"Sub\":\"\"}]}");
        JsonOut t = new JsonOut(256);
        GoJson.ascii(t, "{\"Types\":{\"Instance/0.5.0\":[\".\"");
        JsonOut h = new JsonOut(256);
        GoJson.ascii(h, "{\"Objects\":{\"Instance/0.6.1\":[{\"Name\":\".\",\"ProxyFor\":\"\"}");
        for (String type : plugins.types()) {
            t.put(',');
            GoJson.string(t, type);
            GoJson.ascii(h, ",{\"Name\":");
            GoJson.string(h, type);
            GoJson.ascii(h, ",\"ProxyFor\":\"\"}");
        }
        GoJson.ascii(t, "]}}");
        GoJson.ascii(h, "]}}");
        types = t.toByteArray();
        hello = h.toByteArray();
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

}
