package io.infrakit.oneview.rpc;

import java.util.function.Supplier;

/** How one JSON-RPC request is answered: at once on the event loop, or by a blocking plugin call elsewhere. */
sealed interface Call {

    /** @param reply the reply, known without calling a plugin */
    record Now(RpcReply reply) implements Call {
    }

    /**
     * @param id   the request id, for a "server busy" reply when the call cannot be queued
     * @param task calls the plugin and never throws
     */
    record Later(byte[] id, Supplier<RpcReply> task) implements Call {
    }
}
