package io.infrakit.oneview.rpc.internal.dispatch;

import io.infrakit.oneview.rpc.internal.jsonrpc.JsonRpcReply;
import java.util.function.Supplier;

/** How one JSON-RPC request is answered: at once on the event loop, or by a blocking plugin call elsewhere. */
sealed interface CallPlan {

    /** @param reply the reply, known without calling a plugin */
    record Now(JsonRpcReply reply) implements CallPlan {
    }

    /**
     * @param id       the request id, for a "server busy" reply when the call cannot be queued
     * @param task     calls the plugin and never throws
     * @param rejected reports the call refused for want of a plugin thread
     */
    record Later(byte[] id, Supplier<JsonRpcReply> task, Runnable rejected) implements CallPlan {
    }
}
