package io.infrakit.oneview.rpc.internal.gojson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.infrakit.oneview.spi.Attachment;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.RawJsonCutter;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.Tags;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks the members of one JSON object and types their values as Go's {@code encoding/json} does for the
 * InfraKit request structs: keys match case-insensitively (the caller asks {@link #is(String)}), JSON null keeps
 * a field's current value (or resets a pointer or map), a value of the wrong type is a
 * {@link GoUnmarshalException} whose message names the Go struct field and type.
 */
public final class GoStructReader {

    private final JsonParser p;
    private final byte[] source;
    private final String struct;
    private String name;

    public GoStructReader(JsonParser p, byte[] source, String struct) {
        this.p = p;
        this.source = source;
        this.struct = struct;
    }

    public boolean next() throws IOException {
        if (p.nextToken() != JsonToken.FIELD_NAME) {
            return false;
        }
        name = p.currentName();
        p.nextToken();
        return true;
    }

    public boolean is(String field) {
        return name.equalsIgnoreCase(field);
    }

    public void skip() throws IOException {
        p.skipChildren();
    }

    public String string(String current) throws IOException, GoUnmarshalException {
        return string(current, "string");
    }

    public String string(String current, String goType) throws IOException, GoUnmarshalException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (t == JsonToken.VALUE_NULL) {
            return current;
        }
        throw mismatch(goType);
    }

    public boolean bool(boolean current) throws GoUnmarshalException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        if (t == JsonToken.VALUE_NULL) {
            return current;
        }
        throw mismatch("bool");
    }

    public RawJson raw() throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return RawJson.NULL;
        }
        return new RawJson(new String(RawJsonCutter.cut(p, source), StandardCharsets.UTF_8));
    }

    /** A {@code map[string]string}; Go reuses a map decoded earlier in the same object. */
    public Map<String, String> stringMap(Map<String, String> current) throws IOException, GoUnmarshalException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_OBJECT) {
            throw mismatch("map[string]string");
        }
        Map<String, String> map = current == null ? new LinkedHashMap<>() : current;
        String field = name;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.VALUE_STRING) {
                map.put(key, p.getText());
            } else if (v == JsonToken.VALUE_NULL) {
                map.put(key, "");
            } else {
                name = field;
                throw mismatch("string");
            }
        }
        return map;
    }

    public String context(String currentReason) throws IOException, GoUnmarshalException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return currentReason;
        }
        if (t != JsonToken.START_OBJECT) {
            throw mismatch("instance.Context");
        }
        String reason = currentReason;
        GoStructReader inner = new GoStructReader(p, source, struct + ".Context");
        while (inner.next()) {
            if (inner.is("Reason")) {
                reason = inner.string(reason);
            } else {
                inner.skip();
            }
        }
        return reason;
    }

    public Spec spec(Spec current) throws IOException, GoUnmarshalException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return current;
        }
        if (t != JsonToken.START_OBJECT) {
            throw mismatch("instance.Spec");
        }
        RawJson properties = current.properties();
        Map<String, String> tags = current.tags().isEmpty() ? null : new LinkedHashMap<>(current.tags());
        String init = current.init();
        String logicalId = current.logicalId();
        List<Attachment> attachments = current.attachments();
        GoStructReader inner = new GoStructReader(p, source, struct + ".Spec");
        while (inner.next()) {
            if (inner.is("Properties")) {
                properties = inner.raw();
            } else if (inner.is("Tags")) {
                tags = inner.stringMap(tags);
            } else if (inner.is("Init")) {
                init = inner.string(init);
            } else if (inner.is("LogicalID")) {
                logicalId = inner.logicalId(logicalId);
            } else if (inner.is("Attachments")) {
                attachments = inner.attachments();
            } else {
                inner.skip();
            }
        }
        return new Spec(properties, Tags.copyOf(tags), init, logicalId, attachments);
    }

    /** A {@code *LogicalID}: JSON null resets the pointer to nil. */
    private String logicalId(String current) throws IOException, GoUnmarshalException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        return string(current, "instance.LogicalID");
    }

    private List<Attachment> attachments() throws IOException, GoUnmarshalException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_ARRAY) {
            throw mismatch("[]instance.Attachment");
        }
        List<Attachment> list = new ArrayList<>();
        JsonToken e;
        while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
            if (e == JsonToken.VALUE_NULL) {
                list.add(new Attachment("", ""));
                continue;
            }
            if (e != JsonToken.START_OBJECT) {
                throw mismatch("instance.Attachment");
            }
            String id = "";
            String type = "";
            GoStructReader inner = new GoStructReader(p, source, struct + ".Attachments");
            while (inner.next()) {
                if (inner.is("ID")) {
                    id = inner.string(id);
                } else if (inner.is("Type")) {
                    type = inner.string(type);
                } else {
                    inner.skip();
                }
            }
            list.add(new Attachment(id, type));
        }
        return list;
    }

    private GoUnmarshalException mismatch(String goType) {
        return new GoUnmarshalException("json: cannot unmarshal " + GoJsonKinds.of(p.currentToken())
                + " into Go struct field " + struct + "." + name + " of type " + goType);
    }
}
