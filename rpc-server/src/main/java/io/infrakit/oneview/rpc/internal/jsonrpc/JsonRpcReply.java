package io.infrakit.oneview.rpc.internal.jsonrpc;

import io.infrakit.oneview.rpc.internal.gojson.GoJsonWriter;
import io.infrakit.oneview.rpc.internal.gojson.JsonBuffer;
import io.infrakit.oneview.rpc.internal.http.HttpReply;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.http.HttpResponseStatus;
import org.slf4j.LoggerFactory;

/**
 * The answer to one JSON-RPC request: always HTTP 200, as gorilla's json2 codec answers; the body is compact JSON
 * plus one {@code \n}, or empty for notifications and unusable requests.
 */
public sealed interface JsonRpcReply extends HttpReply {

    /** Code of errors returned by methods (gorilla's E_SERVER). */
    int SERVER_ERROR = -32000;
    /** Code of a bad {@code jsonrpc} member or bad params (E_INVALID_REQ). */
    int INVALID_REQUEST = -32600;
    /** Code of an envelope that decoded only partly (E_PARSE). */
    int PARSE_ERROR = -32700;

    /**
     * No body: notifications and unparsable requests.
     *
     * @param close whether to close the connection afterwards
     */
    record Empty(boolean close) implements JsonRpcReply {
        @Override
        public void write(JsonBuffer out) {
        }
    }

    /**
     * A success.
     *
     * @param id     the request id, raw compact JSON
     * @param result writes the result object
     */
    record Success(byte[] id, ResultWriter result) implements JsonRpcReply {
        @Override
        public boolean close() {
            return false;
        }

        @Override
        public void write(JsonBuffer out) {
            int start = out.length();
            try {
                GoJsonWriter.ascii(out, "{\"jsonrpc\":\"2.0\",\"result\":");
                result.write(out);
            } catch (RuntimeException e) {
                // A plugin value the encoder cannot handle: answer anyway.
                LoggerFactory.getLogger(JsonRpcReply.class).error("cannot encode a result", e);
                out.truncate(start);
                new Failure(id, SERVER_ERROR, "internal error: cannot encode the result (details in the plugin log)",
                        null).write(out);
                return;
            }
            GoJsonWriter.ascii(out, ",\"id\":");
            GoJsonWriter.raw(out, id);
            GoJsonWriter.ascii(out, "}\n");
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
    record Failure(byte[] id, int code, String message, byte[] data) implements JsonRpcReply {
        @Override
        public boolean close() {
            return false;
        }

        @Override
        public void write(JsonBuffer out) {
            GoJsonWriter.ascii(out, "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":");
            GoJsonWriter.ascii(out, Integer.toString(code));
            GoJsonWriter.ascii(out, ",\"message\":");
            GoJsonWriter.string(out, message);
            GoJsonWriter.ascii(out, ",\"data\":");
            if (data == null) {
                GoJsonWriter.ascii(out, "null");
            } else {
                GoJsonWriter.raw(out, data);
            }
            GoJsonWriter.ascii(out, "},\"id\":");
            GoJsonWriter.raw(out, id);
            GoJsonWriter.ascii(out, "}\n");
        }
    }

    /**
     * @param id      the request id, or null for a notification
     * @param message the message of a -32000 error
     * @return the error reply, or an empty one for a notification
     */
    static JsonRpcReply error(byte[] id, String message) {
        return id == null ? new Empty(false) : new Failure(id, SERVER_ERROR, message, null);
    }

    /**
     * @param id     the request id, or null for a notification
     * @param result writes the result
     * @return the success reply, or an empty one for a notification
     */
    static JsonRpcReply success(byte[] id, ResultWriter result) {
        return id == null ? new Empty(false) : new Success(id, result);
    }

    /**
     * Writes the body.
     *
     * @param out where to write
     */
    void write(JsonBuffer out);

    @Override
    default HttpResponseStatus status() {
        return HttpResponseStatus.OK;
    }

    @Override
    default ByteBuf body(ByteBufAllocator alloc) {
        JsonBuffer json = JsonBuffer.forThisThread();
        write(json);
        return json.toByteBuf(alloc, 0);
    }
}
