package io.infrakit.oneview.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryStateStoreTest extends StateStoreContractTest {

    @Override
    protected StateStore newStore() {
        return new MemoryStateStore();
    }

    @Override
    protected StateStore newReplica() {
        return ((MemoryStateStore) store).newClient();
    }

    @Test
    void isCalledMemory() {
        assertThat(store.location()).isEqualTo("memory");
    }

    @Test
    void changesOfAForgottenHistoryComeAsAReset() {
        long r1 = store.commit(Commit.of(Write.put("a", "1", Expect.absent()))).revision();
        long r2 = store.commit(Commit.of(Write.put("b", "2", Expect.absent()))).revision();
        ((MemoryStateStore) store).forgetHistory();
        StoreChanges changes = store.changesSince(r1);
        assertThat(changes.isReset()).isTrue();
        assertThat(changes.reset()).isEqualTo(StoreSnapshot.of(r2, List.of(new StoredRecord("a", "1", r1),
                new StoredRecord("b", "2", r2))));
        assertThat(store.changesSince(r2)).isEqualTo(StoreChanges.none(r2));
    }

    @Test
    void thereIsNoLegacyDocumentToReplace() {
        assertThatThrownBy(() -> store.commit(Commit.replacingLegacyDocument(List.of())))
                .isInstanceOf(StateStoreException.class).hasMessageContaining("no legacy document");
    }
}
