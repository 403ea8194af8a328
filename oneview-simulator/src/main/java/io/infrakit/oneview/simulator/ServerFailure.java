package io.infrakit.oneview.simulator;

/**
 * A hardware failure that {@link Faults#failServer(String, ServerFailure)} can inflict on one server.
 */
public enum ServerFailure {
    /**
     * {@code status} becomes {@code Critical}; creating a profile on it fails unless {@code force=ignoreServerHealth|all}.
     */
    CRITICAL,
    /**
     * The server loses power: {@code powerState} becomes {@code Off} at once, whatever it was.
     */
    POWERED_OFF,
    /**
     * The server is pulled from its bay: it disappears from lists, a GET answers 404, and the profile assigned to it
     * (if any) turns {@code status=Critical}.
     */
    REMOVED
}
