package io.infrakit.oneview.rpc.internal.dispatch;

import io.infrakit.oneview.rpc.internal.jsonrpc.ResultWriter;
import io.infrakit.oneview.rpc.internal.gojson.GoJsonWriter;
import io.infrakit.oneview.rpc.internal.gojson.JsonBuffer;
import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** Writes method results with Go's field order, null rules and sorted map keys. */
final class ResultWriters {

    private ResultWriters() {
    }

    /** {@code {"Type":..,"OK":true}}. */
    static ResultWriter ok(String type) {
        return out -> {
            GoJsonWriter.ascii(out, "{\"Type\":");
            GoJsonWriter.string(out, type);
            GoJsonWriter.ascii(out, ",\"OK\":true}");
        };
    }

    /**
     * {@code {"Type":..,"OK":true}}, with {@code "Unchecked":[..]} after it when something was not checked (Go
     * clients decode only {@code OK} and ignore it).
     */
    static ResultWriter validated(String type, Validation validation) {
        if (validation.complete()) {
            return ok(type);
        }
        return out -> {
            GoJsonWriter.ascii(out, "{\"Type\":");
            GoJsonWriter.string(out, type);
            GoJsonWriter.ascii(out, ",\"OK\":true,\"Unchecked\":[");
            for (int i = 0; i < validation.unchecked().size(); i++) {
                if (i > 0) {
                    out.put(',');
                }
                GoJsonWriter.string(out, validation.unchecked().get(i));
            }
            GoJsonWriter.ascii(out, "]}");
        };
    }

    /** {@code {"Type":..,"ID":..}}. */
    static ResultWriter provisioned(String type, String id) {
        return out -> {
            GoJsonWriter.ascii(out, "{\"Type\":");
            GoJsonWriter.string(out, type);
            GoJsonWriter.ascii(out, ",\"ID\":");
            GoJsonWriter.string(out, id);
            out.put('}');
        };
    }

    /** {@code {"Type":..,"Descriptions":[..]}}; {@code Properties} is omitted when a description has none. */
    static ResultWriter descriptions(String type, List<Description> descriptions) {
        return out -> {
            GoJsonWriter.ascii(out, "{\"Type\":");
            GoJsonWriter.string(out, type);
            GoJsonWriter.ascii(out, ",\"Descriptions\":[");
            for (int i = 0; i < descriptions.size(); i++) {
                if (i > 0) {
                    out.put(',');
                }
                Description d = descriptions.get(i);
                GoJsonWriter.ascii(out, "{\"ID\":");
                GoJsonWriter.string(out, d.id());
                GoJsonWriter.ascii(out, ",\"LogicalID\":");
                GoJsonWriter.string(out, d.logicalId());
                GoJsonWriter.ascii(out, ",\"Tags\":");
                map(out, d.tags());
                if (d.properties() != null) {
                    GoJsonWriter.ascii(out, ",\"Properties\":");
                    GoJsonWriter.raw(out, d.properties().json());
                }
                out.put('}');
            }
            GoJsonWriter.ascii(out, "]}");
        };
    }

    /**
     * A string map with keys in Go's order (by UTF-8 bytes, i.e. by code point). A naturally sorted map is written
     * as it iterates; only when a key turns out to hold a char where UTF-16 order differs is it rewritten sorted.
     */
    static void map(JsonBuffer out, SortedMap<String, String> map) {
        int start = out.length();
        if (map.comparator() == null && !write(out, map.entrySet())) {
            return;
        }
        List<Map.Entry<String, String>> sorted = new ArrayList<>(map.entrySet());
        sorted.sort((a, b) -> compareCodePoints(a.getKey(), b.getKey()));
        out.truncate(start);
        write(out, sorted);
    }

    /** @return true when a key holds a char at or above U+D800 */
    private static boolean write(JsonBuffer out, Iterable<Map.Entry<String, String>> entries) {
        boolean high = false;
        out.put('{');
        boolean first = true;
        for (Map.Entry<String, String> e : entries) {
            if (!first) {
                out.put(',');
            }
            first = false;
            high |= GoJsonWriter.string(out, e.getKey());
            out.put(':');
            GoJsonWriter.string(out, e.getValue());
        }
        out.put('}');
        return high;
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
