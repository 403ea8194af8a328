package io.infrakit.oneview.engine;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.infrakit.oneview.store.StateStoreException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the single-document state of the plugin's first release (format version 1:
 * {@code {"version":1,"Instances":[...],"NonFunctional":[...],"Unfinished":["instance-43"]}}, each instance with
 * {@code ID, LogicalID, Tags, Created, Spec, Machine}) and the C demo plugin's layout it also read
 * ({@code {"Provider":{},"Instances":[{"ID","LogicalID","Tags"}],"NonFunctional":[]}}: no spec, machine data
 * {@code null}, created 1970-01-01), for the one migration to records.
 *
 * @param active        the active list, in order
 * @param nonFunctional the non-functional list, in order
 * @param unfinished    the journalled IDs of unfinished provisions (they had no spec and no session)
 */
record LegacyDocument(List<InstanceRecord> active, List<InstanceRecord> nonFunctional, List<String> unfinished) {

    static final int VERSION = 1;

    LegacyDocument {
        active = List.copyOf(active);
        nonFunctional = List.copyOf(nonFunctional);
        unfinished = List.copyOf(unfinished);
    }

    /**
     * @param json  the document
     * @param where the store's location, for messages
     * @return what it holds
     * @throws StateStoreException when it is not a state this engine understands; the store is left untouched
     */
    static LegacyDocument read(String json, String where) {
        try {
            return RecordCodec.parse(json, LegacyDocument::document);
        } catch (IllegalArgumentException e) {
            throw new StateStoreException("the state in " + where + " is not an instance state this plugin can read ("
                    + e.getMessage() + "); it was left untouched", e);
        }
    }

    private static LegacyDocument document(RecordCodec.Reader r) throws IOException {
        JsonParser p = r.parser();
        r.expect(p.nextToken(), JsonToken.START_OBJECT, "the document");
        boolean versioned = false;
        List<InstanceRecord> active = List.of();
        List<InstanceRecord> nonFunctional = List.of();
        List<String> unfinished = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "version" -> {
                    if (value != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != VERSION) {
                        throw r.fail("unsupported state version " + p.getText() + "; this plugin reads version "
                                + VERSION);
                    }
                    versioned = true;
                }
                case "Instances" -> active = records(r, value, "Instances");
                case "NonFunctional" -> nonFunctional = records(r, value, "NonFunctional");
                case "Unfinished" -> unfinished = ids(r, value);
                default -> p.skipChildren();
            }
        }
        if (p.nextToken() != null) {
            throw r.fail("unexpected data after the document");
        }
        if (!versioned && active.isEmpty() && nonFunctional.isEmpty() && !r.mentions("\"Instances\"")) {
            throw r.fail("no \"version\" and no \"Instances\"");
        }
        return new LegacyDocument(active, nonFunctional, unfinished);
    }

    private static List<String> ids(RecordCodec.Reader r, JsonToken start) throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return List.of();
        }
        r.expect(start, JsonToken.START_ARRAY, "\"Unfinished\"");
        List<String> out = new ArrayList<>();
        JsonParser p = r.parser();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String id = r.string(p.currentToken(), "an entry of \"Unfinished\"");
            if (id == null) {
                throw r.fail("an entry of \"Unfinished\" is null");
            }
            out.add(id);
        }
        return out;
    }

    private static List<InstanceRecord> records(RecordCodec.Reader r, JsonToken start, String name)
            throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return List.of();
        }
        r.expect(start, JsonToken.START_ARRAY, "\"" + name + "\"");
        List<InstanceRecord> out = new ArrayList<>();
        while (r.parser().nextToken() != JsonToken.END_ARRAY) {
            out.add(r.record("an entry of \"" + name + "\"", (field, value) -> false));
        }
        return out;
    }
}
