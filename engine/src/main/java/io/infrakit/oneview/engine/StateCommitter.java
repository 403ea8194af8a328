package io.infrakit.oneview.engine;

import io.infrakit.oneview.store.StaleStateException;
import io.infrakit.oneview.store.StateSnapshot;
import io.infrakit.oneview.store.StateStore;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Keeps the engine's state in memory and in the store: reads are lock-free, changes are serialised and written
 * with compare-and-set (re-read and re-applied when another writer got there first).
 */
final class StateCommitter {

    /** The result of applying a change: the next state (the same object for "no change") and a value. */
    record Change<R>(EngineState next, R result) {
    }

    private record Versioned(long revision, EngineState state) {
    }

    private static final int ATTEMPTS = 5;

    private final StateStore store;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Versioned current;

    StateCommitter(StateStore store) {
        this.store = store;
        this.current = load();
    }

    private Versioned load() {
        StateSnapshot snapshot = store.read();
        return new Versioned(snapshot.revision(), StateCodec.decode(snapshot.json(), store.location()));
    }

    EngineState current() {
        return current.state();
    }

    String location() {
        return store.location();
    }

    /**
     * Applies a change and makes it durable. The change function may run more than once (after a conflicting
     * write) and must not have side effects; exceptions it throws abort the commit.
     *
     * @return the change's result
     * @throws io.infrakit.oneview.store.StateStoreException when the state could not be written
     */
    <R> R commit(Function<EngineState, Change<R>> change) {
        lock.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                Versioned base = current;
                Change<R> applied = change.apply(base.state());
                if (applied.next() == base.state()) {
                    return applied.result();
                }
                try {
                    StateSnapshot written = store.write(base.revision(), StateCodec.encode(applied.next()));
                    current = new Versioned(written.revision(), applied.next());
                    return applied.result();
                } catch (StaleStateException e) {
                    if (attempt == ATTEMPTS) {
                        throw e;
                    }
                    current = load();
                }
            }
        } finally {
            lock.unlock();
        }
    }
}
