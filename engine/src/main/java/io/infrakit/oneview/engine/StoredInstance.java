package io.infrakit.oneview.engine;

import java.util.Objects;

/**
 * An instance record and where it sits: its list, its place in the list, and the store revision that last wrote
 * it (what the next write of it expects).
 *
 * <p>A list's order is the records' {@code order} (ties broken by ID): a new instance goes to the end of the active
 * list with the largest order plus one, a recovered one to the front with the smallest minus one, so that moving one
 * instance rewrites only its own record.
 *
 * @param record   the instance
 * @param list     active or non-functional
 * @param order    its place in the list
 * @param revision the revision of the commit that last wrote it; 0 for a record not written yet
 */
record StoredInstance(InstanceRecord record, InstanceList list, long order, long revision) {

    StoredInstance {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(list, "list");
    }

    String id() {
        return record.id();
    }

    /** @return its key in the store */
    String key() {
        return RecordKeys.instance(record.id());
    }

    Position position() {
        return new Position(order, record.id());
    }

    StoredInstance movedTo(InstanceList newList, long newOrder) {
        return new StoredInstance(record, newList, newOrder, revision);
    }

    StoredInstance with(InstanceRecord newRecord) {
        return new StoredInstance(newRecord, list, order, revision);
    }

    StoredInstance atRevision(long newRevision) {
        return new StoredInstance(record, list, order, newRevision);
    }

    /** A place in a list: by order, then by ID. */
    record Position(long order, String id) implements Comparable<Position> {
        @Override
        public int compareTo(Position o) {
            int c = Long.compare(order, o.order);
            return c != 0 ? c : id.compareTo(o.id);
        }
    }
}
