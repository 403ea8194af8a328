package io.infrakit.oneview.engine;

import java.time.Duration;

/**
 * Observes what the engine does, for metrics (the seam a metrics module plugs into; the engine itself counts
 * nothing). Set with {@link ProviderInstancePlugin.Builder#listener(EngineListener)}.
 *
 * <p>Called synchronously on the calling thread after the fact; keep the methods short and thread-safe. An exception
 * a listener throws is logged and otherwise ignored. Events carry no instance ID, spec or property.
 */
public interface EngineListener {

    /** A listener that does nothing. */
    EngineListener NONE = new EngineListener() {
    };

    /** How a provision or a destroy ended. */
    enum Result {
        /** Done. */
        SUCCEEDED,
        /** The properties or spec were refused ({@code InvalidPropertiesException}); nothing was made. */
        INVALID,
        /** The provider had no free machine ({@code NoCapacityException}); nothing was made. */
        NO_CAPACITY,
        /** Destroy of an instance the state does not hold. */
        UNKNOWN_INSTANCE,
        /** Any other failure. */
        FAILED
    }

    /** How one write to the state store ended. */
    enum CommitOutcome {
        /** Written. */
        COMMITTED,
        /** Another writer changed a record first; the engine catches up and tries again (bounded). */
        CONFLICT,
        /** The store could not be written. */
        FAILED
    }

    /**
     * @param result  how {@code Instance.Provision} ended
     * @param elapsed how long it took
     */
    default void provisionFinished(Result result, Duration elapsed) {
    }

    /**
     * @param result  how {@code Instance.Destroy} ended
     * @param elapsed how long it took
     */
    default void destroyFinished(Result result, Duration elapsed) {
    }

    /**
     * @param outcome how one commit to the state store ended (each attempt of a retried change is one)
     * @param elapsed how long the store took
     */
    default void stateCommitted(CommitOutcome outcome, Duration elapsed) {
    }
}
