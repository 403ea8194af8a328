package io.infrakit.oneview.cli.command;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Parses {@code key=value} arguments. */
final class KeyValues {

    private KeyValues() {
    }

    static Map<String, String> parse(List<String> pairs) {
        Map<String, String> map = new TreeMap<>();
        for (String pair : pairs) {
            for (String item : pair.split(",")) {
                int eq = item.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("expected key=value, got '" + item + "'");
                }
                map.put(item.substring(0, eq), item.substring(eq + 1));
            }
        }
        return map;
    }
}
