package io.infrakit.oneview.engine;

import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.provider.UnfinishedProvision;
import java.time.Instant;
import java.util.Objects;

/**
 * A provision in flight, journalled before the provider is asked for a machine and removed in the commit that
 * records the instance: what a crash leaves of it is known by ID, with the spec to settle it and the session of the
 * plugin process that ran it.
 *
 * @param id       the instance ID chosen for the provision
 * @param session  the store session of the writer ({@code StateStore.session()})
 * @param started  when the provision started
 * @param spec     the spec, as stored (redacted)
 * @param revision the revision of the commit that last wrote the entry; 0 for one not written yet
 */
record JournalEntry(String id, String session, Instant started, Spec spec, long revision) {

    JournalEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(spec, "spec");
    }

    String key() {
        return RecordKeys.journal(id);
    }

    JournalEntry atRevision(long newRevision) {
        return new JournalEntry(id, session, started, spec, newRevision);
    }

    JournalEntry inSession(String newSession) {
        return new JournalEntry(id, newSession, started, spec, revision);
    }

    UnfinishedProvision unfinished() {
        return new UnfinishedProvision(id, spec, started);
    }
}
