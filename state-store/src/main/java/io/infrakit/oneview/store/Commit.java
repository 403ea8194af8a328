package io.infrakit.oneview.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes applied together: all of them or none, and only when every {@link Write#expect() expectation} holds.
 *
 * @param writes                 the writes, at least one, each key at most once
 * @param replacesLegacyDocument true for the one commit that converts a store's {@link StoreSnapshot#legacyDocument()
 *                               legacy document} into records; the document is replaced (and backed up) by it
 */
public record Commit(List<Write> writes, boolean replacesLegacyDocument) {

    /** @throws IllegalArgumentException when there are no writes or a key appears twice */
    public Commit {
        writes = List.copyOf(writes);
        if (writes.isEmpty() && !replacesLegacyDocument) {
            throw new IllegalArgumentException("a commit needs at least one write");
        }
        Set<String> keys = new HashSet<>();
        for (Write w : writes) {
            if (!keys.add(w.key())) {
                throw new IllegalArgumentException("a commit writes the record " + w.key() + " twice");
            }
        }
    }

    /**
     * @param writes the writes
     * @return a commit of them
     */
    public static Commit of(List<Write> writes) {
        return new Commit(writes, false);
    }

    /**
     * @param writes the writes
     * @return a commit of them
     */
    public static Commit of(Write... writes) {
        return new Commit(List.of(writes), false);
    }

    /**
     * @param records the records converted from the legacy document (puts expecting absent records)
     * @return the migration commit
     */
    public static Commit replacingLegacyDocument(List<Write> records) {
        return new Commit(records, true);
    }
}
