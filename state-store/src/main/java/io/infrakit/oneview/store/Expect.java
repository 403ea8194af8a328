package io.infrakit.oneview.store;

/**
 * What a {@link Write} expects of its record when the commit is applied, as etcd compares {@code mod_revision}: the
 * record is absent, or it was last written by the commit of a given revision, or anything. A commit is applied only
 * when every expectation in it holds; otherwise nothing of it is applied ({@link StaleRecordException}).
 *
 * @param revision the expected revision of the record: {@code 0} means absent, {@link #ANY_REVISION} means no
 *                 expectation
 */
public record Expect(long revision) {

    /** The {@link #revision()} of {@link #anything()}. */
    public static final long ANY_REVISION = -1;

    private static final Expect ABSENT = new Expect(0);
    private static final Expect ANYTHING = new Expect(ANY_REVISION);

    /** @throws IllegalArgumentException for a negative revision other than {@link #ANY_REVISION} */
    public Expect {
        if (revision < ANY_REVISION) {
            throw new IllegalArgumentException("an expected revision is 0 (absent), positive, or ANY_REVISION; got "
                    + revision);
        }
    }

    /** @return the expectation that the record does not exist */
    public static Expect absent() {
        return ABSENT;
    }

    /**
     * @param revision the revision the caller read the record at ({@link StoredRecord#revision()})
     * @return the expectation that nobody wrote or deleted the record since
     */
    public static Expect revision(long revision) {
        if (revision < 1) {
            throw new IllegalArgumentException("a record's revision is at least 1, got " + revision
                    + "; use Expect.absent() for a record that does not exist");
        }
        return new Expect(revision);
    }

    /** @return no expectation: the write is applied whatever the record's state */
    public static Expect anything() {
        return ANYTHING;
    }

    /**
     * @param current the record as it is now, or null when it is absent
     * @return whether this expectation holds for it
     */
    public boolean holdsFor(StoredRecord current) {
        if (revision == ANY_REVISION) {
            return true;
        }
        return current == null ? revision == 0 : current.revision() == revision;
    }

    @Override
    public String toString() {
        return revision == ANY_REVISION ? "anything" : revision == 0 ? "absent" : "at revision " + revision;
    }
}
