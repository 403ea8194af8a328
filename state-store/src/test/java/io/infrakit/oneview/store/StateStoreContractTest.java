package io.infrakit.oneview.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link StateStore} guarantees. Subclasses say how to open a fresh store. */
abstract class StateStoreContractTest {

    protected StateStore store;

    /** @return a new, empty store */
    protected abstract StateStore newStore();

    @BeforeEach
    void openStore() {
        store = newStore();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aNewStoreIsEmptyAtRevisionZero() {
        assertThat(store.read()).isEqualTo(new StateSnapshot(0, null));
    }

    @Test
    void aWriteIsReadBackWithTheNextRevision() {
        StateSnapshot written = store.write(0, "{\"a\":1}");
        assertThat(written).isEqualTo(new StateSnapshot(1, "{\"a\":1}"));
        assertThat(store.read()).isEqualTo(written);
        assertThat(store.write(1, "{\"a\":2}").revision()).isEqualTo(2);
        assertThat(store.read().json()).isEqualTo("{\"a\":2}");
    }

    @Test
    void theDocumentIsKeptVerbatim() {
        String doc = "{\n  \"n\": 1.50,\n  \"big\": 12345678901234567890,\n  \"s\": \"\\u00e9\u00e9\"\n}";
        store.write(0, doc);
        assertThat(store.read().json()).isEqualTo(doc);
    }

    @Test
    void aWriteBasedOnAnOldRevisionIsRefusedAndChangesNothing() {
        store.write(0, "{\"a\":1}");
        assertThatThrownBy(() -> store.write(0, "{\"a\":2}"))
                .isInstanceOf(StaleStateException.class)
                .hasMessageContaining("expected revision 0, found 1");
        assertThat(store.read()).isEqualTo(new StateSnapshot(1, "{\"a\":1}"));
    }

    @Test
    void aDocumentThatIsNotAJsonObjectIsRefused() {
        for (String bad : new String[] {"[1]", "{\"a\":", "{} {}", "", "42"}) {
            assertThatThrownBy(() -> store.write(0, bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a JSON object");
        }
        assertThat(store.read().revision()).isZero();
    }

    @Test
    void parallelWritersNeverLoseAnUpdateUnseen() throws Exception {
        int writers = 8;
        int writesEach = 10;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                results.add(pool.submit(() -> {
                    int stale = 0;
                    int done = 0;
                    while (done < writesEach) {
                        StateSnapshot seen = store.read();
                        try {
                            store.write(seen.revision(), "{\"n\":" + (seen.revision() + 1) + "}");
                            done++;
                        } catch (StaleStateException e) {
                            stale++;
                        }
                    }
                    return stale;
                }));
            }
            for (Future<Integer> r : results) {
                r.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        StateSnapshot end = store.read();
        assertThat(end.revision()).isEqualTo((long) writers * writesEach);
        assertThat(end.json()).isEqualTo("{\"n\":" + end.revision() + "}");
    }

    @Test
    void aClosedStoreRefusesReadsAndWritesAndClosesTwice() {
        store.close();
        store.close();
        assertThatThrownBy(store::read).isInstanceOf(StateStoreException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> store.write(0, "{}")).isInstanceOf(StateStoreException.class);
    }

    @Test
    void theLocationIsNamed() {
        assertThat(store.location()).isNotBlank();
    }
}
