package io.infrakit.oneview.rpc;

/** The answer to one JSON-RPC request (always HTTP 200, as gorilla's json2 codec answers). */
sealed interface RpcReply extends Reply {

    /** Writes a {@code result} value as JSON. Runs on the event loop; must not block. */
    @FunctionalInterface
    interface ResultWriter {
        void write(JsonOut out);
    }

    /** No body: notifications and unparsable requests. */
    record Empty(boolean close) implements RpcReply {
    }

    /**
     * A success.
     *
     * @param id     the request id, raw compact JSON
     * @param result writes the result object
     */
    record Success(byte[] id, ResultWriter result) implements RpcReply {
        @Override
        public boolean close() {
            return false;
        }
    }

    /**
     * An error object.
     *
     * @param id      the request id, raw compact JSON
     * @param code    the JSON-RPC code (-32000, -32600, -32700)
     * @param message the message
     * @param data    raw JSON for {@code data}, or null for {@code "data":null}
     */
    record Failure(byte[] id, int code, String message, byte[] data) implements RpcReply {
        @Override
        public boolean close() {
            return false;
        }
    }

    /** Code of errors returned by methods (gorilla's E_SERVER). */
    int SERVER_ERROR = -32000;
    /** Code of a bad {@code jsonrpc} member or bad params (E_INVALID_REQ). */
    int INVALID_REQUEST = -32600;
    /** Code of an envelope that decoded only partly (E_PARSE). */
    int PARSE_ERROR = -32700;

    static RpcReply error(byte[] id, String message) {
        return id == null ? new Empty(false) : new Failure(id, SERVER_ERROR, message, null);
    }

    static RpcReply success(byte[] id, ResultWriter result) {
        return id == null ? new Empty(false) : new Success(id, result);
    }
}
