package io.infrakit.oneview.engine;

import static io.infrakit.oneview.engine.EngineFixture.engine;
import static io.infrakit.oneview.engine.EngineFixture.ids;
import static io.infrakit.oneview.engine.EngineFixture.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.Tags;
import io.infrakit.oneview.spi.provider.FoundMachine;
import io.infrakit.oneview.spi.provider.Machine;
import io.infrakit.oneview.spi.provider.MachineStatus;
import io.infrakit.oneview.spi.provider.ProvisionRequest;
import io.infrakit.oneview.spi.provider.Recovery;
import io.infrakit.oneview.spi.provider.UnfinishedProvision;
import io.infrakit.oneview.store.MemoryStateStore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rebuilding a lost state from what the provider finds on its backend. */
class RebuildTest {

    private final FakeProvider backend = new FakeProvider();

    /** Three machines made by a plugin whose state is then lost. */
    private void machinesOfALostState() {
        try (ProviderInstancePlugin lost = engine(backend, new MemoryStateStore())) {
            lost.provision(new Spec(RawJson.of("{\"T\":1}"), Tags.copyOf(Map.of("infrakit.group", "web",
                    "infrakit.config.hash", "h1")), "", null, null));
            lost.provision(new Spec(RawJson.of("{\"T\":1}"), Tags.copyOf(Map.of("infrakit.group", "web",
                    "infrakit.config.hash", "h1")), "", "lid-2", null));
            lost.provision(spec("{}", Map.of("infrakit.group", "db")));
        }
        backend.closed = false;
    }

    @Test
    void everyMachineFoundBecomesAnActiveInstanceWithItsTagsAndLogicalId() {
        machinesOfALostState();
        try (ProviderInstancePlugin plugin = ProviderInstancePlugin.builder().provider(backend)
                .store(new MemoryStateStore()).clock(EngineFixture.CLOCK).build()) {
            RebuildReport report = plugin.rebuildState(false);

            assertThat(report.outcome()).isEqualTo(RebuildReport.Outcome.REBUILT);
            assertThat(report.adopted()).containsExactly("instance-1", "instance-2", "instance-3");
            assertThat(report.summary()).isEqualTo("rebuilt the state: 3 instances adopted (instance-1, instance-2,"
                    + " instance-3)");
            assertThat(plugin.describeInstances(Map.of("infrakit.group", "web"), false)).containsExactly(
                    new Description("instance-1", null, Tags.copyOf(Map.of("infrakit.group", "web",
                            "infrakit.config.hash", "h1")), null),
                    new Description("instance-2", "lid-2", Tags.copyOf(Map.of("infrakit.group", "web",
                            "infrakit.config.hash", "h1")), null));
            assertThat(plugin.describeInstances(Map.of(), true).get(0).properties().json())
                    .startsWith("{\"Properties\":{\"T\":1},");
            assertThat(backend.machines).hasSize(3);
        }
    }

    @Test
    void nothingIsAdoptedIntoAStateThatHoldsInstancesUnlessAsked() {
        machinesOfALostState();
        MemoryStateStore store = new MemoryStateStore();
        try (ProviderInstancePlugin plugin = ProviderInstancePlugin.builder().provider(backend).store(store)
                .clock(EngineFixture.CLOCK).idGenerator(() -> "instance-9").build()) {
            plugin.provision(spec("{}", Map.of()));
            RebuildReport refused = plugin.rebuildState(false);
            assertThat(refused.outcome()).isEqualTo(RebuildReport.Outcome.STATE_NOT_EMPTY);
            assertThat(refused.summary()).isEqualTo("the state already holds 1 instance; nothing was adopted (pass "
                    + "--rebuild-merge to add the machines it does not hold)");
            assertThat(ids(plugin.describeInstances(Map.of(), false))).containsExactly("instance-9");

            RebuildReport merged = plugin.rebuildState(true);
            assertThat(merged.adopted()).containsExactly("instance-1", "instance-2", "instance-3");
            assertThat(merged.alreadyKnown()).containsExactly("instance-9");
            assertThat(ids(plugin.describeInstances(Map.of(), false))).containsExactly("instance-9", "instance-1",
                    "instance-2", "instance-3");
            assertThat(plugin.rebuildState(true).adopted()).isEmpty();
        }
    }

    @Test
    void twoMachinesClaimingOneIdStopTheRebuildWithAReport() {
        machinesOfALostState();
        backend.extraFound.add(new FoundMachine(new Machine("instance-2", RawJson.of("{\"slot\":\"copy\"}")),
                Tags.copyOf(Map.of()), null, null, "slot copy of instance-2"));
        try (ProviderInstancePlugin plugin = engine(backend, new MemoryStateStore())) {
            RebuildReport report = plugin.rebuildState(false);
            assertThat(report.outcome()).isEqualTo(RebuildReport.Outcome.AMBIGUOUS);
            assertThat(report.summary()).isEqualTo("nothing was adopted: several machines claim the same instance "
                    + "ID; remove or rename the extra ones, then run rebuild-state again:\n"
                    + "  instance-2: slot instance-2; slot copy of instance-2");
            assertThat(plugin.describeInstances(Map.of(), false)).isEmpty();
        }
    }

    @Test
    void aJournalledProvisionOfAMachineFoundIsAdoptedOnce() {
        MemoryStateStore store = new MemoryStateStore();
        backend.pendingIds = java.util.Set.of("instance-1");
        backend.failAfterMaking = new InstancePluginException("killed");
        try (ProviderInstancePlugin plugin = engine(backend, store)) {
            assertThatThrownBy(() -> plugin.provision(spec("{}", Map.of("g", "1"))));
            backend.failAfterMaking = null;
            assertThat(plugin.rebuildState(false).adopted()).containsExactly("instance-1");
            assertThat(EngineFixture.journal(store)).isEmpty();
            assertThat(ids(plugin.describeInstances(Map.of(), false))).containsExactly("instance-1");
        }
    }

    @Test
    void aProviderThatCannotListItsMachinesSaysSo() {
        var blind = new io.infrakit.oneview.spi.provider.InstanceProvider() {
            @Override
            public void validate(RawJson properties) {
            }

            @Override
            public Machine provision(ProvisionRequest request) {
                return new Machine(request.instanceId(), RawJson.NULL);
            }

            @Override
            public void destroy(Machine machine, io.infrakit.oneview.spi.DestroyContext context) {
            }

            @Override
            public Map<String, MachineStatus> health(List<Machine> machines) {
                return Map.of();
            }

            @Override
            public List<Recovery> recover(List<UnfinishedProvision> unfinished) {
                return List.of();
            }
        };
        try (ProviderInstancePlugin plugin = engine(blind, new MemoryStateStore())) {
            assertThatThrownBy(() -> plugin.rebuildState(false)).isInstanceOf(InstancePluginException.class)
                    .hasMessage("this provider cannot list the machines it made, so the state cannot be rebuilt "
                            + "from its backend");
        }
    }
}
