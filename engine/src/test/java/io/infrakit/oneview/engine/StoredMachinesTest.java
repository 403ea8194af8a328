package io.infrakit.oneview.engine;

import static io.infrakit.oneview.engine.EngineFixture.engine;
import static io.infrakit.oneview.engine.EngineFixture.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.spi.provider.Machine;
import io.infrakit.oneview.spi.provider.MachineStatus;
import io.infrakit.oneview.store.Commit;
import io.infrakit.oneview.store.Expect;
import io.infrakit.oneview.store.FileStateStore;
import io.infrakit.oneview.store.MemoryStateStore;
import io.infrakit.oneview.store.StateStoreException;
import io.infrakit.oneview.store.Write;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the machines of a state before serving it, without taking it over. */
class StoredMachinesTest {

    @TempDir
    Path dir;

    @Test
    void theMachinesOfTheRecordsActiveFirst() {
        MemoryStateStore store = new MemoryStateStore();
        FakeProvider provider = new FakeProvider();
        try (ProviderInstancePlugin plugin = engine(provider, store)) {
            plugin.provision(spec("{}", Map.of()));
            plugin.provision(spec("{}", Map.of()));
            provider.health.put("instance-1", MachineStatus.failed("broken"));
            plugin.describeInstances(Map.of(), false);

            assertThat(StoredMachines.read(store)).containsExactly(
                    new Machine("instance-2", FakeProvider.data("instance-2")),
                    new Machine("instance-1", FakeProvider.data("instance-1")));
        }
    }

    @Test
    void aFirstReleaseStateIsReadAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("state.json");
        Files.writeString(file, StateRecordsTest.V1);
        List<Machine> machines;
        try (FileStateStore store = FileStateStore.open(file)) {
            machines = StoredMachines.read(store);
        }

        assertThat(machines).extracting(Machine::instanceId).containsExactly("instance-1", "instance-3", "instance-2");
        assertThat(machines.get(0).data().json()).isEqualTo("{\"slot\":\"instance-1\"}");
        assertThat(Files.readString(file)).isEqualTo(StateRecordsTest.V1);
        assertThat(dir.resolve("state.json.v1.bak")).doesNotExist();
    }

    @Test
    void aRecordItCannotReadNamesTheStore() {
        MemoryStateStore store = new MemoryStateStore();
        store.commit(Commit.of(Write.put("instances/x", "not json", Expect.absent())));

        assertThatThrownBy(() -> StoredMachines.read(store)).isInstanceOf(StateStoreException.class)
                .hasMessageContaining("is not an instance state this plugin can read");
    }
}
