package io.infrakit.oneview.store;

/**
 * What a successful {@link StateStore#commit} reports.
 *
 * @param revision         the commit's revision: every record it put now has this {@link StoredRecord#revision()}
 * @param previousRevision the revision of the commit before it in this store (0 when it is the first); when this is
 *                         not the revision the caller last saw, other writers committed in between, and
 *                         {@link StateStore#changesSince} gives their changes
 */
public record CommitResult(long revision, long previousRevision) {

    /** @throws IllegalArgumentException unless {@code 0 <= previousRevision < revision} */
    public CommitResult {
        if (previousRevision < 0 || revision <= previousRevision) {
            throw new IllegalArgumentException("a commit's revision follows the previous one: got " + revision
                    + " after " + previousRevision);
        }
    }
}
