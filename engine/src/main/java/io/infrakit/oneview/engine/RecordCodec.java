package io.infrakit.oneview.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.infrakit.oneview.spi.Attachment;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.SpecJson;
import io.infrakit.oneview.spi.Tags;
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
 * The engine's records as JSON, compact, one per store key:
 *
 * <pre>{@code
 * instances/<id>: {"ID":"instance-7","List":"active","Order":3,"LogicalID":null,"Tags":{...},
 *                  "Created":"2026-11-24T01:00:00Z",
 *                  "Spec":{"Properties":<raw>,"Tags":{...},"Init":"","LogicalID":null,"Attachments":null},
 *                  "Machine":<raw provider data>}
 * journal/<id>:   {"ID":"instance-8","Session":"file:4242:1a2b3c4d","Started":"2026-11-24T01:00:00Z","Spec":{...}}
 * }</pre>
 *
 * <p>{@code Properties} and {@code Machine} are kept as their raw JSON text. Unknown fields are skipped. The reader
 * also reads the entries of the first release's single-document state ({@link LegacyDocument}), which have the
 * instance fields without {@code List} and {@code Order}.
 */
final class RecordCodec {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private RecordCodec() {
    }

    static String encode(StoredInstance stored) {
        InstanceRecord r = stored.record();
        StringWriter out = new StringWriter(256 + r.specJson().json().length() + r.machineData().json().length());
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("ID", r.id());
            g.writeStringField("List", stored.list().stored());
            g.writeNumberField("Order", stored.order());
            g.writeFieldName("LogicalID");
            SpecJson.writeNullableString(g, r.logicalId());
            g.writeFieldName("Tags");
            SpecJson.writeTags(g, r.tags());
            g.writeStringField("Created", r.created().toString());
            g.writeFieldName("Spec");
            g.writeRawValue(r.specJson().json());
            g.writeFieldName("Machine");
            g.writeRawValue(r.machineData().json());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String encode(JournalEntry entry) {
        StringWriter out = new StringWriter(128);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("ID", entry.id());
            g.writeStringField("Session", entry.session());
            g.writeStringField("Started", entry.started().toString());
            g.writeFieldName("Spec");
            SpecJson.write(g, entry.spec());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * @param json     an instance record
     * @param revision the revision that wrote it
     * @return the instance
     * @throws IllegalArgumentException when it is not an instance record (the message says where)
     */
    static StoredInstance decodeInstance(String json, long revision) {
        return parse(json, r -> r.instance(revision));
    }

    /**
     * @param json     a journal entry
     * @param revision the revision that wrote it
     * @return the entry
     * @throws IllegalArgumentException when it is not a journal entry (the message says where)
     */
    static JournalEntry decodeJournal(String json, long revision) {
        return parse(json, r -> r.journal(revision));
    }

    interface Body<T> {
        T read(Reader reader) throws IOException;
    }

    static <T> T parse(String json, Body<T> body) {
        try (JsonParser p = FACTORY.createParser(json)) {
            return body.read(new Reader(p, json));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException(e.getOriginalMessage()
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.toString(), e);
        } catch (NullPointerException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** A recursive-descent reader over one parser; raw values are cut out of the source text by offset. */
    static final class Reader {
        private final JsonParser p;
        private final String source;

        Reader(JsonParser p, String source) {
            this.p = p;
            this.source = source;
        }

        JsonParser parser() {
            return p;
        }

        boolean mentions(String text) {
            return source.contains(text);
        }

        StoredInstance instance(long revision) throws IOException {
            expect(p.nextToken(), JsonToken.START_OBJECT, "an instance record");
            InstanceList[] list = {null};
            long[] order = {0};
            boolean[] ordered = {false};
            InstanceRecord record = record("an instance record", (field, value) -> {
                switch (field) {
                    case "List" -> list[0] = InstanceList.ofStored(string(value, "List"));
                    case "Order" -> {
                        if (value != JsonToken.VALUE_NUMBER_INT) {
                            throw fail("\"Order\" is not an integer");
                        }
                        order[0] = p.getLongValue();
                        ordered[0] = true;
                    }
                    default -> {
                        return false;
                    }
                }
                return true;
            });
            if (list[0] == null || !ordered[0]) {
                throw fail("instance " + record.id() + " has no \"List\" or no \"Order\"");
            }
            return new StoredInstance(record, list[0], order[0], revision);
        }

        JournalEntry journal(long revision) throws IOException {
            expect(p.nextToken(), JsonToken.START_OBJECT, "a journal entry");
            String id = null;
            String session = null;
            Instant started = Instant.EPOCH;
            Spec spec = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "ID" -> id = string(value, "ID");
                    case "Session" -> session = string(value, "Session");
                    case "Started" -> started = instant(value, "Started");
                    case "Spec" -> spec = spec(value);
                    default -> p.skipChildren();
                }
            }
            if (id == null || session == null) {
                throw fail("a journal entry has no \"ID\" or no \"Session\"");
            }
            return new JournalEntry(id, session, started, spec == null ? Spec.of(RawJson.NULL, null) : spec,
                    revision);
        }

        /** Fields of an instance that only some formats have; true when the field was read. */
        interface Extra {
            boolean read(String field, JsonToken value) throws IOException;
        }

        /** Reads an instance object whose START_OBJECT is the current token. */
        InstanceRecord record(String what, Extra extra) throws IOException {
            expect(p.currentToken(), JsonToken.START_OBJECT, what);
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
                    case "Created" -> created = instant(value, "Created");
                    case "Spec" -> spec = spec(value);
                    case "Machine" -> machine = raw();
                    default -> {
                        if (!extra.read(field, value)) {
                            p.skipChildren();
                        }
                    }
                }
            }
            if (id == null) {
                throw fail(what + " has no \"ID\"");
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

        private Instant instant(JsonToken value, String what) throws IOException {
            String text = string(value, what);
            try {
                return text == null ? Instant.EPOCH : Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw fail("\"" + what + "\" is not an ISO-8601 instant");
            }
        }

        String string(JsonToken value, String what) throws IOException {
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
            String text = source.substring(start, end);
            // the parser has just checked it; only text with whitespace needs compacting (hand-edited legacy files)
            return text.chars().anyMatch(c -> c == ' ' || c == '\n' || c == '\t' || c == '\r') ? RawJson.of(text)
                    : new RawJson(text);
        }

        void expect(JsonToken actual, JsonToken wanted, String what) {
            if (actual != wanted) {
                throw fail(what + " should be " + (wanted == JsonToken.START_OBJECT ? "an object" : "an array"));
            }
        }

        IllegalArgumentException fail(String problem) {
            JsonLocation at = p.currentTokenLocation();
            return new IllegalArgumentException(problem + " at line " + at.getLineNr() + ", column "
                    + at.getColumnNr());
        }

        private static String nonNull(String s) {
            return s == null ? "" : s;
        }
    }
}
