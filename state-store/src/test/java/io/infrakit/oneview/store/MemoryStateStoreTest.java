package io.infrakit.oneview.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemoryStateStoreTest extends StateStoreContractTest {

    @Override
    protected StateStore newStore() {
        return new MemoryStateStore();
    }

    @Test
    void isCalledMemory() {
        assertThat(store.location()).isEqualTo("memory");
    }
}
