package io.infrakit.oneview.store;

import java.util.Objects;

/**
 * One record written or deleted by a commit, as {@link StateStore#changesSince} reports it.
 *
 * @param key      the record's key
 * @param value    its new value, or null when the commit deleted it
 * @param revision the commit's revision
 */
public record StoreChange(String key, String value, long revision) {

    /** @throws NullPointerException if the key is null */
    public StoreChange {
        Objects.requireNonNull(key, "key");
    }

    /** @return whether the record was deleted */
    public boolean isDelete() {
        return value == null;
    }

    /** @return the record as it is after the change, or null for a delete */
    public StoredRecord record() {
        return value == null ? null : new StoredRecord(key, value, revision);
    }
}
