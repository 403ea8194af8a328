package io.infrakit.oneview.rpc;

import io.infrakit.oneview.pluginclient.PluginConnection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Request text as InfraKit's Go client sends it, for byte-exact tests over {@link PluginConnection}. */
final class Wire {

    private Wire() {
    }

    static String post(String json) {
        return post(json, "application/json");
    }

    /** @param contentType the Content-Type, or null for none */
    static String post(String json, String contentType) {
        return new String(PluginConnection.goClientPost(json.getBytes(StandardCharsets.UTF_8), contentType),
                StandardCharsets.UTF_8);
    }

    /** Sends one JSON-RPC body and returns the response body. */
    static String call(PluginConnection connection, String json) throws IOException {
        return connection.post(json.getBytes(StandardCharsets.UTF_8)).bodyText();
    }
}
