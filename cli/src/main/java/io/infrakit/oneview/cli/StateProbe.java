package io.infrakit.oneview.cli;

import io.infrakit.oneview.engine.StoredMachines;
import io.infrakit.oneview.spi.provider.DoctorCheck;
import io.infrakit.oneview.store.Commit;
import io.infrakit.oneview.store.CommitResult;
import io.infrakit.oneview.store.Expect;
import io.infrakit.oneview.store.StateStore;
import io.infrakit.oneview.store.StateStoreException;
import io.infrakit.oneview.store.StateStoreLockedException;
import io.infrakit.oneview.store.StateStores;
import io.infrakit.oneview.store.StoreSnapshot;
import io.infrakit.oneview.store.Write;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.OptionalLong;

/**
 * {@code doctor}'s state-store check, through the store SPI (so every store, file or etcd, is checked the same way):
 * the store opens as the plugin opens it, every record loads, and a probe record {@code doctor/probe-<random>} is
 * committed (expected absent) and deleted (expected at its revision). The engine ignores keys outside
 * {@code instances/} and {@code journal/}, so a running replica sharing an etcd prefix is not disturbed; nothing else
 * is written. A file store held by the running plugin (the lock) is not opened.
 */
final class StateProbe {

    /** The prefix of the probe record's key. */
    static final String PROBE_PREFIX = "doctor/probe-";

    private static final SecureRandom RANDOM = new SecureRandom();

    private StateProbe() {
    }

    /**
     * The outcome: the finding, and the store left open for the checks that read it, or null.
     *
     * @param check the finding
     * @param store the open store (the caller closes it), or null when it could not be, or need not be, opened
     */
    record Opened(DoctorCheck check, StateStore store) {
    }

    /**
     * @param location   the {@code --state} location
     * @param env        the process environment
     * @param runningPid the pid of the plugin answering on the socket, when one does
     * @param extensions the class loader that finds the store's factory
     * @return the finding and the open store
     */
    static Opened check(String location, Map<String, String> env, OptionalLong runningPid, ClassLoader extensions) {
        StateStore store;
        try {
            store = StateStores.open(location, env, extensions);
        } catch (StateStoreLockedException e) {
            if (runningPid.isPresent() && e.holderPid().equals(runningPid)) {
                return new Opened(DoctorCheck.pass("state", null, "the state " + location + " is held by the "
                        + "running plugin (pid " + runningPid.getAsLong() + "), which opened it at start; not opened "
                        + "again"), null);
            }
            return new Opened(DoctorCheck.fail("state", null, e.getMessage(), "stop the process holding the lock, "
                    + "or give the plugin another --state"), null);
        } catch (StateStoreException | IllegalArgumentException e) {
            return new Opened(DoctorCheck.fail("state", null, "cannot open the state " + location + ": "
                    + e.getMessage(), "correct --state, or repair or restore the state as the message says (it "
                    + "was left untouched)"), null);
        }
        try {
            return new Opened(probe(store), store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static DoctorCheck probe(StateStore store) {
        String where = store.location();
        StoreSnapshot snapshot;
        try {
            snapshot = store.load();
        } catch (StateStoreException e) {
            return DoctorCheck.fail("state", null, "cannot read the state " + where + ": " + e.getMessage(),
                    "repair or restore the state as the message says");
        }
        int instances;
        try {
            instances = StoredMachines.read(store).size();
        } catch (StateStoreException e) {
            return DoctorCheck.fail("state", null, e.getMessage(), "repair or restore the state, or move it away to "
                    + "start with an empty one");
        }
        String read = where + " is readable (" + instances + " instance(s); " + snapshot.records().size()
                + " record(s) at revision " + snapshot.revision() + ")";
        if (snapshot.legacyDocument() != null) {
            return DoctorCheck.pass("state", null, read + "; it is in the first release's format, converted (with "
                    + "a backup) at the plugin's next start; writing was not tried, so as not to convert it here");
        }
        String key = PROBE_PREFIX + HexFormat.of().toHexDigits(RANDOM.nextLong());
        CommitResult put;
        try {
            put = store.commit(Commit.of(Write.put(key, "doctor", Expect.absent())));
        } catch (StateStoreException e) {
            return DoctorCheck.fail("state", null, read + " but not writable: " + e.getMessage(), "give the plugin's "
                    + "user write access to the state (or the etcd user write access to the prefix)");
        }
        try {
            store.commit(Commit.of(Write.delete(key, Expect.revision(put.revision()))));
        } catch (StateStoreException e) {
            return DoctorCheck.fail("state", null, read + " and writable, but the probe record " + key + " could "
                    + "not be deleted: " + e.getMessage(), "nothing to do for the plugin (it ignores that record); "
                    + "delete it from the store when convenient");
        }
        return DoctorCheck.pass("state", null, read + " and writable (a probe record was committed and deleted)");
    }
}
