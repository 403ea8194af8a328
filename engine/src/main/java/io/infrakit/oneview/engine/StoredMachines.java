package io.infrakit.oneview.engine;

import io.infrakit.oneview.spi.provider.Machine;
import io.infrakit.oneview.store.StateStore;
import java.util.List;
import java.util.stream.Stream;

/**
 * The machines a state holds, read without taking the state over: no migration of a first-release state, no write,
 * nothing settled. For the checks a plugin makes before it serves a state, such as refusing to serve a state made on
 * real hardware from a simulator.
 */
public final class StoredMachines {

    private StoredMachines() {
    }

    /**
     * @param store an open store
     * @return the machines of its active and non-functional instances (in list order, active first); unfinished
     *         provisions have none
     * @throws io.infrakit.oneview.store.StateStoreException when the state cannot be read or is not an instance
     *                                                      state; the message names the store
     */
    public static List<Machine> read(StateStore store) {
        var snapshot = store.load();
        if (snapshot.legacyDocument() != null) {
            LegacyDocument legacy = LegacyDocument.read(snapshot.legacyDocument(), store.location());
            return Stream.concat(legacy.active().stream(), legacy.nonFunctional().stream())
                    .map(InstanceRecord::machine).toList();
        }
        StateView view = new StateView();
        try {
            view.reset(snapshot);
        } catch (IllegalArgumentException e) {
            throw StateCommitter.unreadable(store.location(), e);
        }
        return view.all().map(stored -> stored.record().machine()).toList();
    }
}
