package io.infrakit.oneview.store;

import java.util.Objects;

/**
 * One record of a {@link StateStore}: a key, its value, and the revision of the commit that last wrote it.
 *
 * @param key      the record's key, as the caller chose it (for example {@code instances/instance-42})
 * @param value    the record's value: text the store keeps verbatim and never looks into (the engine writes JSON)
 * @param revision the revision of the commit that last wrote the record; what {@link Expect#revision(long)}
 *                 compares against
 */
public record StoredRecord(String key, String value, long revision) {

    /** @throws NullPointerException if the key or the value is null */
    public StoredRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (revision < 1) {
            throw new IllegalArgumentException("a stored record's revision is at least 1, got " + revision);
        }
    }
}
