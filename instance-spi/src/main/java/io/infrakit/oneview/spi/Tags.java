package io.infrakit.oneview.spi;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/** Helpers for InfraKit tag maps: immutable, sorted by key (as Go serialises maps), no null keys or values. */
public final class Tags {

    private Tags() {
    }

    /**
     * Copies a tag map into an immutable sorted map.
     *
     * @param tags the tags; null means no tags
     * @return an unmodifiable sorted copy, empty for null
     * @throws NullPointerException if a key or a value is null
     */
    public static SortedMap<String, String> copyOf(Map<String, String> tags) {
        if (tags == null || tags.isEmpty()) {
            return Collections.emptySortedMap();
        }
        TreeMap<String, String> copy = new TreeMap<>();
        tags.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "tag key"), Objects.requireNonNull(v, "tag value of " + k)));
        return Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Tells whether {@code tags} holds every pair of {@code filter} (InfraKit's AND semantics).
     *
     * @param tags   an instance's tags
     * @param filter the requested pairs; empty matches everything
     * @return true when every requested pair is present with the same value
     */
    public static boolean matches(Map<String, String> tags, Map<String, String> filter) {
        for (Map.Entry<String, String> wanted : filter.entrySet()) {
            if (!wanted.getValue().equals(tags.get(wanted.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Merges labels into tags, adding or overwriting (InfraKit's {@code Label} semantics).
     *
     * @param tags   the current tags
     * @param labels the labels to apply
     * @return an unmodifiable sorted map with the labels applied
     */
    public static SortedMap<String, String> merge(Map<String, String> tags, Map<String, String> labels) {
        TreeMap<String, String> merged = new TreeMap<>(tags);
        merged.putAll(copyOf(labels));
        return Collections.unmodifiableSortedMap(merged);
    }
}
