package io.infrakit.oneview.store;

import java.util.List;

/**
 * Every record of a store as of one revision.
 *
 * @param revision       the revision of the latest commit included (0 for a store nobody wrote to)
 * @param records        the records, sorted by key
 * @param legacyDocument the store's content when it is still one whole-document state as written by the plugin's
 *                       first release (a JSON object; {@code records} is then empty), else null. The caller converts
 *                       it and writes the result with {@link Commit#replacingLegacyDocument}; until then the store
 *                       accepts no other commit
 */
public record StoreSnapshot(long revision, List<StoredRecord> records, String legacyDocument) {

    /** Copies the list. */
    public StoreSnapshot {
        records = List.copyOf(records);
        if (revision < 0) {
            throw new IllegalArgumentException("a revision is not negative, got " + revision);
        }
    }

    /**
     * @param revision the revision
     * @param records  the records, sorted by key
     * @return a snapshot without a legacy document
     */
    public static StoreSnapshot of(long revision, List<StoredRecord> records) {
        return new StoreSnapshot(revision, records, null);
    }
}
