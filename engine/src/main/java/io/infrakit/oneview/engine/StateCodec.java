package io.infrakit.oneview.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.infrakit.oneview.spi.Attachment;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.SpecJson;
import io.infrakit.oneview.spi.Tags;
import io.infrakit.oneview.store.StateStoreException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The engine's state document (format version {@value #VERSION}), pretty-printed:
 *
 * <pre>{@code
 * {
 *   "version": 1,
 *   "Instances": [ {"ID": ..., "LogicalID": ..., "Tags": {...}, "Created": "2026-11-24T01:00:00Z",
 *                   "Spec": {"Properties": <raw>, "Tags": {...}, "Init": "", "LogicalID": null, "Attachments": null},
 *                   "Machine": <raw provider data>} ],
 *   "NonFunctional": [ ...same shape... ],
 *   "Unfinished": [ "instance-43" ]
 * }
 * }</pre>
 *
 * <p>{@code Properties} and {@code Machine} are kept as their raw JSON text. A document without {@code "version"}
 * is the C demo plugin's layout ({@code {"Provider":{},"Instances":[{"ID","LogicalID","Tags"}],"NonFunctional":[]}})
 * and loads with empty specs and machine data {@code null}. Unknown fields are skipped.
 */
final class StateCodec {

    static final int VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
            .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));

    private StateCodec() {
    }

    static String encode(EngineState state) {
        StringWriter out = new StringWriter(256 + 512 * state.size());
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(PRETTY.createInstance());
            g.writeStartObject();
            g.writeNumberField("version", VERSION);
            writeList(g, "Instances", state.active());
            writeList(g, "NonFunctional", state.nonFunctional());
            g.writeArrayFieldStart("Unfinished");
            for (String id : state.unfinished()) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private static void writeList(JsonGenerator g, String name, List<InstanceRecord> records) throws IOException {
        g.writeArrayFieldStart(name);
        for (InstanceRecord r : records) {
            g.writeStartObject();
            g.writeStringField("ID", r.id());
            g.writeFieldName("LogicalID");
            SpecJson.writeNullableString(g, r.logicalId());
            g.writeFieldName("Tags");
            SpecJson.writeTags(g, r.tags());
            g.writeStringField("Created", r.created().toString());
            g.writeFieldName("Spec");
            SpecJson.write(g, r.spec());
            g.writeFieldName("Machine");
            g.writeRawValue(r.machineData().json());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * @param json  a state document
     * @param where the store's location, for messages
     * @return the state
     * @throws StateStoreException when the document is not a state this engine understands
     */
    static EngineState decode(String json, String where) {
        if (json == null) {
            return EngineState.EMPTY;
        }
        try (JsonParser p = FACTORY.createParser(json)) {
            return new Reader(p, json).document();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw invalid(where, e.getOriginalMessage()
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
        } catch (IOException e) {
            throw invalid(where, e.toString());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw invalid(where, e.getMessage());
        }
    }

    private static StateStoreException invalid(String where, String problem) {
        return new StateStoreException("the state in " + where + " is not an instance state this plugin can read ("
                + problem + "); it was left untouched");
    }

    /** A recursive-descent reader over one parser; raw values are cut out of the source text by offset. */
    private static final class Reader {
        private final JsonParser p;
        private final String source;

        Reader(JsonParser p, String source) {
            this.p = p;
            this.source = source;
        }

        EngineState document() throws IOException {
            expect(p.nextToken(), JsonToken.START_OBJECT, "the document");
            Integer version = null;
            List<InstanceRecord> active = List.of();
            List<InstanceRecord> nonFunctional = List.of();
            List<String> unfinished = List.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "version" -> {
                        if (value != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != VERSION) {
                            throw fail("unsupported state version " + p.getText() + "; this plugin reads version "
                                    + VERSION);
                        }
                        version = VERSION;
                    }
                    case "Instances" -> active = records(value, "Instances");
                    case "NonFunctional" -> nonFunctional = records(value, "NonFunctional");
                    case "Unfinished" -> unfinished = ids(value);
                    default -> p.skipChildren();
                }
            }
            if (version == null && active.isEmpty() && nonFunctional.isEmpty() && !source.contains("\"Instances\"")) {
                throw fail("no \"version\" and no \"Instances\"");
            }
            return new EngineState(active, nonFunctional, unfinished);
        }

        private List<String> ids(JsonToken start) throws IOException {
            if (start == JsonToken.VALUE_NULL) {
                return List.of();
            }
            expect(start, JsonToken.START_ARRAY, "\"Unfinished\"");
            List<String> out = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String id = string(p.currentToken(), "an entry of \"Unfinished\"");
                if (id == null) {
                    throw fail("an entry of \"Unfinished\" is null");
                }
                out.add(id);
            }
            return out;
        }

        private List<InstanceRecord> records(JsonToken start, String name) throws IOException {
            if (start == JsonToken.VALUE_NULL) {
                return List.of();
            }
            expect(start, JsonToken.START_ARRAY, "\"" + name + "\"");
            List<InstanceRecord> out = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                out.add(record(name));
            }
            return out;
        }

        private InstanceRecord record(String list) throws IOException {
            expect(p.currentToken(), JsonToken.START_OBJECT, "an entry of \"" + list + "\"");
            String id = null;
            String logicalId = null;
            SortedMap<String, String> tags = Tags.copyOf(null);
            Instant created = Instant.EPOCH;
            Spec spec = null;
            RawJson machine = RawJson.NULL;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "ID" -> id = string(value, "ID");
                    case "LogicalID" -> logicalId = string(value, "LogicalID");
                    case "Tags" -> tags = tags(value);
                    case "Created" -> created = instant(value);
                    case "Spec" -> spec = spec(value);
                    case "Machine" -> machine = raw();
                    default -> p.skipChildren();
                }
            }
            if (id == null) {
                throw fail("an entry of \"" + list + "\" has no \"ID\"");
            }
            if (spec == null) {
                spec = new Spec(RawJson.NULL, tags, "", logicalId, null);
            }
            return new InstanceRecord(id, logicalId, tags, spec, machine, created, null);
        }

        private Spec spec(JsonToken start) throws IOException {
            expect(start, JsonToken.START_OBJECT, "\"Spec\"");
            RawJson properties = RawJson.NULL;
            SortedMap<String, String> tags = Tags.copyOf(null);
            String init = "";
            String logicalId = null;
            List<Attachment> attachments = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "Properties" -> properties = raw();
                    case "Tags" -> tags = tags(value);
                    case "Init" -> init = string(value, "Init");
                    case "LogicalID" -> logicalId = string(value, "LogicalID");
                    case "Attachments" -> attachments = attachments(value);
                    default -> p.skipChildren();
                }
            }
            return new Spec(properties, tags, init, logicalId, attachments);
        }

        private List<Attachment> attachments(JsonToken start) throws IOException {
            if (start == JsonToken.VALUE_NULL) {
                return null;
            }
            expect(start, JsonToken.START_ARRAY, "\"Attachments\"");
            List<Attachment> out = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                expect(p.currentToken(), JsonToken.START_OBJECT, "an attachment");
                String id = "";
                String type = "";
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    switch (field) {
                        case "ID" -> id = nonNull(string(value, "ID"));
                        case "Type" -> type = nonNull(string(value, "Type"));
                        default -> p.skipChildren();
                    }
                }
                out.add(new Attachment(id, type));
            }
            return out;
        }

        private SortedMap<String, String> tags(JsonToken start) throws IOException {
            if (start == JsonToken.VALUE_NULL) {
                return Tags.copyOf(null);
            }
            expect(start, JsonToken.START_OBJECT, "\"Tags\"");
            Map<String, String> out = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                out.put(key, string(p.nextToken(), "the tag " + key));
            }
            return Tags.copyOf(out);
        }

        private Instant instant(JsonToken value) throws IOException {
            String text = string(value, "Created");
            try {
                return text == null ? Instant.EPOCH : Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw fail("\"Created\" is not an ISO-8601 instant");
            }
        }

        private String string(JsonToken value, String what) throws IOException {
            if (value == JsonToken.VALUE_NULL) {
                return null;
            }
            if (value != JsonToken.VALUE_STRING) {
                throw fail(what + " is not a string");
            }
            return p.getText();
        }

        /** Cuts the current value out of the source: its literals stay exactly as stored. */
        private RawJson raw() throws IOException {
            int start = (int) p.currentTokenLocation().getCharOffset();
            p.skipChildren();
            p.finishToken();
            int end = (int) p.currentLocation().getCharOffset();
            return RawJson.of(source.substring(start, end));
        }

        private void expect(JsonToken actual, JsonToken wanted, String what) {
            if (actual != wanted) {
                throw fail(what + " should be " + (wanted == JsonToken.START_OBJECT ? "an object" : "an array"));
            }
        }

        private IllegalArgumentException fail(String problem) {
            JsonLocation at = p.currentTokenLocation();
            return new IllegalArgumentException(problem + " at line " + at.getLineNr() + ", column "
                    + at.getColumnNr());
        }

        private static String nonNull(String s) {
            return s == null ? "" : s;
        }
    }
}
