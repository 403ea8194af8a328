package io.infrakit.oneview.store;

import java.util.List;

/**
 * What changed in a store after a revision, up to its current revision.
 *
 * @param revision the store's current revision: the caller is up to date with it once it applied the changes
 * @param changes  the changes, in commit order (oldest first), empty when nothing changed
 * @param reset    null, or, when the store no longer holds the history asked for (compacted), the whole state at
 *                 {@code revision}: the caller replaces what it had by it ({@code changes} is then empty)
 */
public record StoreChanges(long revision, List<StoreChange> changes, StoreSnapshot reset) {

    /** Copies the list. */
    public StoreChanges {
        changes = List.copyOf(changes);
        if (reset != null && !changes.isEmpty()) {
            throw new IllegalArgumentException("a reset carries the whole state, not changes");
        }
    }

    /**
     * @param revision the current revision
     * @return no change
     */
    public static StoreChanges none(long revision) {
        return new StoreChanges(revision, List.of(), null);
    }

    /** @return whether the caller must rebuild from {@link #reset()} */
    public boolean isReset() {
        return reset != null;
    }
}
