package io.infrakit.oneview.store;

/** A write was based on a revision that is no longer current. */
public class StaleStateException extends StateStoreException {

    /**
     * @param expected the revision the writer based its change on
     * @param actual   the current revision
     */
    public StaleStateException(long expected, long actual) {
        super("state changed since it was read (expected revision " + expected + ", found " + actual + ")");
    }
}
