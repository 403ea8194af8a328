package io.infrakit.oneview.rpc.internal.jsonrpc;

import io.infrakit.oneview.rpc.internal.gojson.JsonBuffer;

/**
 * Writes the {@code result} value of a successful reply as JSON. It runs where the reply is encoded: on the plugin
 * thread for a plugin call, on the event loop for a handshake; it must not block and must not call the plugin.
 */
@FunctionalInterface
public interface ResultWriter {

    /** @param out where to write the value */
    void write(JsonBuffer out);
}
