package io.infrakit.oneview.rpc;

import java.time.Duration;

/**
 * Observes every JSON-RPC call the server answers, for metrics (the seam a metrics module plugs into; the server
 * itself counts nothing). Set with {@link RpcServer.Builder#listener(RpcListener)}.
 *
 * <p>Called once per call, after its reply is known: on the event loop for calls answered without a plugin, on a
 * plugin thread for plugin calls. Keep it short and thread-safe; an exception it throws is logged and ignored.
 */
@FunctionalInterface
public interface RpcListener {

    /** A listener that does nothing. */
    RpcListener NONE = (method, outcome, elapsed) -> {
    };

    /** How a call ended. */
    enum Outcome {
        /** Answered with a result. */
        OK,
        /** The plugin (or the server for it) answered with an error. */
        ERROR,
        /** The request was unusable: an unknown method, or params that do not decode. */
        BAD_REQUEST,
        /** Refused unrun: every plugin thread was busy and the call queue full. */
        BUSY
    }

    /**
     * @param method  the JSON-RPC method ({@code Instance.Provision}, {@code Handshake.Hello}, ...), or
     *                {@value #UNKNOWN_METHOD} for one the server does not serve: a fixed, small set of values
     * @param outcome how it ended
     * @param elapsed from the request's decoding to its reply (for plugin calls, waiting for a plugin thread
     *                included)
     */
    void callCompleted(String method, Outcome outcome, Duration elapsed);

    /** The method reported for a request whose method the server does not serve. */
    String UNKNOWN_METHOD = "unknown";
}
