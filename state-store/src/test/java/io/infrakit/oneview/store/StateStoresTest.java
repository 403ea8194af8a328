package io.infrakit.oneview.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStoresTest {

    @TempDir
    Path dir;

    @Test
    void findsTheBuiltInStoresByScheme() {
        assertThat(StateStores.all()).extracting(StateStoreFactory::scheme).containsExactly("file", "memory");
        try (StateStore memory = StateStores.open("memory:", Map.of())) {
            assertThat(memory).isInstanceOf(MemoryStateStore.class);
        }
    }

    @Test
    void aPathAndFileUrisNameTheFileStore() {
        Path file = dir.resolve("s.json");
        for (String location : new String[] {file.toString(), "file:" + file, "file://" + file}) {
            try (StateStore store = StateStores.open(location, Map.of())) {
                assertThat(store).as(location).isInstanceOf(FileStateStore.class);
                assertThat(store.location()).isEqualTo(file.toString());
            }
        }
    }

    @Test
    void aFileUriWithAHostIsRefused() {
        assertThatThrownBy(() -> StateStores.open("file://server/share/s.json", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a host");
    }

    @Test
    void anUnknownSchemeListsTheAvailableStores() {
        assertThatThrownBy(() -> StateStores.open("redis://localhost/x", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no state store for 'redis:' locations; available: file:, memory:");
        assertThatThrownBy(() -> StateStores.forScheme("etcd")).hasMessageContaining("state-store-etcd jar");
    }

    @Test
    void aLocationIsParsedIntoSchemeAndRest() {
        assertThat(StoreLocation.parse("ETCD://h:1/p?x=1", Map.of())).isEqualTo(new StoreLocation("etcd",
                "//h:1/p?x=1", Map.of()));
        assertThat(StoreLocation.parse("relative/state.json", Map.of()).scheme()).isEqualTo("file");
        assertThat(StoreLocation.parse("C:\\state.json", Map.of()).scheme()).isEqualTo("file");
        assertThatThrownBy(() -> StoreLocation.parse(" ", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
