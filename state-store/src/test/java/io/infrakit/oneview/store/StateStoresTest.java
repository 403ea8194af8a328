package io.infrakit.oneview.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStoresTest {

    @TempDir
    Path dir;

    @Test
    void findsTheBuiltInStoresByName() {
        assertThat(StateStores.all()).extracting(StateStoreFactory::name).containsExactly("file", "memory");
        try (StateStore memory = StateStores.named("memory").open(null)) {
            assertThat(memory).isInstanceOf(MemoryStateStore.class);
        }
        try (StateStore file = StateStores.named("file").open(dir.resolve("s.json"))) {
            assertThat(file).isInstanceOf(FileStateStore.class);
            assertThat(file.location()).isEqualTo(dir.resolve("s.json").toString());
        }
    }

    @Test
    void anUnknownNameListsTheAvailableStores() {
        assertThatThrownBy(() -> StateStores.named("redis")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no state store named 'redis'; available: file, memory");
    }
}
