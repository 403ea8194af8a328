package io.infrakit.oneview.store;

import java.util.OptionalLong;

/**
 * The store is held by another client that excludes others (the file store's lock): nothing was read or changed.
 * Tells which process holds it when the store knows, so that a caller can tell a running plugin from a stranger.
 */
public class StateStoreLockedException extends StateStoreException {

    private final transient OptionalLong holderPid;

    /**
     * @param message   what is locked, by whom, and what to do
     * @param holderPid the pid of the process holding the lock, when known
     */
    public StateStoreLockedException(String message, OptionalLong holderPid) {
        super(message);
        this.holderPid = holderPid;
    }

    /** @return the pid of the process holding the lock, when known */
    public OptionalLong holderPid() {
        return holderPid;
    }
}
