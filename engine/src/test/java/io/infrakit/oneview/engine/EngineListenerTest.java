package io.infrakit.oneview.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.InvalidPropertiesException;
import io.infrakit.oneview.spi.UnknownInstanceException;
import io.infrakit.oneview.spi.provider.MachineStatus;
import io.infrakit.oneview.spi.provider.NoCapacityException;
import io.infrakit.oneview.store.MemoryStateStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The engine's metrics seam: results of provisions and destroys, commits, and the per-group census. */
class EngineListenerTest {

    private final FakeProvider provider = new FakeProvider();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final EngineListener recording = new EngineListener() {
        @Override
        public void provisionFinished(Result result, Duration elapsed) {
            events.add("provision " + result);
        }

        @Override
        public void destroyFinished(Result result, Duration elapsed) {
            events.add("destroy " + result);
        }

        @Override
        public void stateCommitted(CommitOutcome outcome, Duration elapsed) {
            events.add("commit " + outcome);
        }
    };

    private ProviderInstancePlugin engine(EngineListener listener) {
        return ProviderInstancePlugin.builder().provider(provider).store(new MemoryStateStore())
                .idGenerator(EngineFixture.sequentialIds()).listener(listener).build();
    }

    @Test
    void provisionsAndDestroysAreReportedByResultWithTheirCommits() {
        ProviderInstancePlugin plugin = engine(recording);
        String id = plugin.provision(EngineFixture.spec("{}", Map.of("infrakit.group", "g")));
        assertThat(events).containsExactly("commit COMMITTED", "commit COMMITTED", "provision SUCCEEDED");
        events.clear();

        provider.failProvision = new NoCapacityException("no free server");
        assertThatThrownBy(() -> plugin.provision(EngineFixture.spec("{}", Map.of()))).isInstanceOf(NoCapacityException.class);
        provider.failProvision = new InvalidPropertiesException("bad");
        assertThatThrownBy(() -> plugin.provision(EngineFixture.spec("{}", Map.of())));
        provider.failProvision = new IllegalStateException("backend down");
        assertThatThrownBy(() -> plugin.provision(EngineFixture.spec("{}", Map.of())))
                .isInstanceOf(InstancePluginException.class);
        assertThat(events).filteredOn(e -> e.startsWith("provision"))
                .containsExactly("provision NO_CAPACITY", "provision INVALID", "provision FAILED");
        events.clear();

        assertThatThrownBy(() -> plugin.destroy("nope", DestroyContext.TERMINATE))
                .isInstanceOf(UnknownInstanceException.class);
        plugin.destroy(id, DestroyContext.TERMINATE);
        assertThat(events).containsExactly("destroy UNKNOWN_INSTANCE", "commit COMMITTED", "destroy SUCCEEDED");
    }

    @Test
    void aFailedCommitIsReported() {
        FailingStore failing = new FailingStore();
        ProviderInstancePlugin plugin = ProviderInstancePlugin.builder().provider(provider).store(failing)
                .idGenerator(EngineFixture.sequentialIds()).listener(recording).build();
        failing.failWrites = true;
        assertThatThrownBy(() -> plugin.provision(EngineFixture.spec("{}", Map.of())));
        assertThat(events).containsExactly("commit FAILED", "provision FAILED");
    }

    @Test
    void aFailingListenerFailsNothing() {
        ProviderInstancePlugin plugin = engine(new EngineListener() {
            @Override
            public void provisionFinished(Result result, Duration elapsed) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void stateCommitted(CommitOutcome outcome, Duration elapsed) {
                throw new IllegalStateException("listener bug");
            }
        });
        String id = plugin.provision(EngineFixture.spec("{}", Map.of()));
        assertThat(EngineFixture.ids(plugin.describeInstances(Map.of(), false))).containsExactly(id);
    }

    @Test
    void theCensusCountsEachGroupsActiveNonFunctionalAndInFlightInstances() {
        ProviderInstancePlugin plugin = engine(EngineListener.NONE);
        List<List<InstanceCensus>> duringProvision = new ArrayList<>();
        String a = plugin.provision(EngineFixture.spec("{}", Map.of("infrakit.group", "workers")));
        plugin.provision(EngineFixture.spec("{}", Map.of("infrakit.group", "workers")));
        plugin.provision(EngineFixture.spec("{}", Map.of("infrakit.group", "managers")));
        plugin.provision(EngineFixture.spec("{}", Map.of()));
        provider.health.put(a, MachineStatus.gone("removed by hand"));
        plugin.describeInstances(Map.of(), false);
        provider.onProvision = r -> duringProvision.add(plugin.census());
        plugin.provision(EngineFixture.spec("{}", Map.of("infrakit.group", "managers")));

        assertThat(duringProvision).containsExactly(List.of(
                new InstanceCensus("", 1, 0, 0),
                new InstanceCensus("managers", 1, 0, 1),
                new InstanceCensus("workers", 1, 1, 0)));
        assertThat(plugin.census()).containsExactly(
                new InstanceCensus("", 1, 0, 0),
                new InstanceCensus("managers", 2, 0, 0),
                new InstanceCensus("workers", 1, 1, 0));
    }
}
