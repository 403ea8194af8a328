package io.infrakit.oneview.pluginclient;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.infrakit.oneview.spi.RawJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Writes JSON-RPC 2.0 request bodies in the Go client's member order: {@code jsonrpc, method, params, id}. */
final class RequestWriter {

    static final JsonFactory JSON = JsonFactory.builder().build();

    /** Writes the members of a {@code params} object. */
    @FunctionalInterface
    interface Members {
        void write(JsonGenerator g) throws IOException;
    }

    private RequestWriter() {
    }

    /** A request whose params are an object with the given members. */
    static byte[] request(String method, long id, Members params) {
        return write(method, id, g -> {
            g.writeStartObject();
            params.write(g);
            g.writeEndObject();
        });
    }

    /** A request whose params are raw JSON, sent as they are. */
    static byte[] request(String method, long id, RawJson params) {
        return write(method, id, g -> g.writeRawValue(params.json()));
    }

    private static byte[] write(String method, long id, Members paramsValue) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("jsonrpc", "2.0");
            g.writeStringField("method", method);
            g.writeFieldName("params");
            paramsValue.write(g);
            g.writeNumberField("id", id);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes a string map as an object, in the map's order. */
    static void stringMap(JsonGenerator g, String field, Map<String, String> map) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, String> e : map.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }
}
