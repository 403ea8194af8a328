package io.infrakit.oneview.rpc.internal.jsonrpc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.infrakit.oneview.rpc.internal.gojson.GoJsonKinds;
import io.infrakit.oneview.rpc.internal.gojson.GoJsonWriter;
import io.infrakit.oneview.rpc.internal.gojson.JsonBuffer;
import io.infrakit.oneview.rpc.internal.gojson.RequestParsers;
import io.infrakit.oneview.spi.RawJsonCutter;
import java.io.IOException;

/**
 * Decodes a request body into a {@link JsonRpcRequest} exactly as gorilla's json2 codec does: only the first JSON
 * value counts (trailing bytes are ignored); a syntax error or a non-object gives no reply; a member of the wrong
 * type gives -32700 and a {@code jsonrpc} member other than {@code "2.0"} gives -32600, both echoing the parsed
 * envelope as {@code data}; member names match case-insensitively; unknown members are ignored.
 */
final class EnvelopeParser {

    private EnvelopeParser() {
    }

    /**
     * @param body the request body
     * @param mask masks secrets in what is echoed back
     * @return a {@link JsonRpcRequest} to dispatch, or an {@link JsonRpcReply} to send as is
     */
    static Object parse(byte[] body, SecretMask mask) {
        String version = "";
        String method = "";
        byte[] params = null;
        byte[] id = null;
        String typeError = null;
        try (JsonParser p = RequestParsers.FACTORY.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                validateRest(p);
                return new JsonRpcReply.Empty(false);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                if (key.equalsIgnoreCase("jsonrpc") || key.equalsIgnoreCase("method")) {
                    boolean isVersion = key.equalsIgnoreCase("jsonrpc");
                    if (value == JsonToken.VALUE_STRING) {
                        if (isVersion) {
                            version = p.getText();
                        } else {
                            method = p.getText();
                        }
                    } else if (value != JsonToken.VALUE_NULL) {
                        if (typeError == null) {
                            typeError = "json: cannot unmarshal " + GoJsonKinds.of(value)
                                    + " into Go struct field serverRequest." + (isVersion ? "jsonrpc" : "method")
                                    + " of type string";
                        }
                        p.skipChildren();
                    }
                } else if (key.equalsIgnoreCase("params")) {
                    params = value == JsonToken.VALUE_NULL ? null : RawJsonCutter.cut(p, body);
                } else if (key.equalsIgnoreCase("id")) {
                    id = value == JsonToken.VALUE_NULL ? null : RawJsonCutter.cut(p, body);
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            // A syntax error in the first value: Go decodes nothing, so the id is nil and nothing is written.
            return new JsonRpcReply.Empty(false);
        }
        if (typeError == null && "2.0".equals(version)) {
            return new JsonRpcRequest(method, params, id);
        }
        if (id == null) {
            return new JsonRpcReply.Empty(false);
        }
        byte[] data = echo(version, method, mask.apply(params), id);
        return typeError != null && "2.0".equals(version)
                ? new JsonRpcReply.Failure(id, JsonRpcReply.PARSE_ERROR, typeError, data)
                : new JsonRpcReply.Failure(id, JsonRpcReply.INVALID_REQUEST, "jsonrpc must be 2.0", data);
    }

    /** Go scans the whole first value before decoding it; a syntax error inside it means no reply either way. */
    private static void validateRest(JsonParser p) throws IOException {
        p.skipChildren();
    }

    /** The envelope as Go re-marshals it for {@code data}. */
    private static byte[] echo(String version, String method, byte[] params, byte[] id) {
        JsonBuffer out = new JsonBuffer(64 + (params == null ? 0 : params.length) + id.length);
        GoJsonWriter.ascii(out, "{\"jsonrpc\":");
        GoJsonWriter.string(out, version);
        GoJsonWriter.ascii(out, ",\"method\":");
        GoJsonWriter.string(out, method);
        GoJsonWriter.ascii(out, ",\"params\":");
        if (params == null) {
            GoJsonWriter.ascii(out, "null");
        } else {
            GoJsonWriter.raw(out, params);
        }
        GoJsonWriter.ascii(out, ",\"id\":");
        GoJsonWriter.raw(out, id);
        out.put('}');
        return out.toByteArray();
    }
}
