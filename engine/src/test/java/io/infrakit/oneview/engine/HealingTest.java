package io.infrakit.oneview.engine;

import static io.infrakit.oneview.engine.EngineFixture.engine;
import static io.infrakit.oneview.engine.EngineFixture.ids;
import static io.infrakit.oneview.engine.EngineFixture.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.provider.MachineStatus;
import io.infrakit.oneview.store.MemoryStateStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Synchronisation with the provider: the active and non-functional lists, and single-flight describes. */
class HealingTest {

    private final FakeProvider provider = new FakeProvider();
    private final MemoryStateStore store = new MemoryStateStore();
    private final ProviderInstancePlugin plugin = engine(provider, store);

    @AfterEach
    void close() {
        plugin.close();
    }

    private List<String> active() {
        return EngineFixture.list(store, InstanceList.ACTIVE);
    }

    private List<String> nonFunctional() {
        return EngineFixture.list(store, InstanceList.NON_FUNCTIONAL);
    }

    @Test
    void aFailedMachineIsNotDescribedAndARecoveredOneComesBackFirst() {
        String a = plugin.provision(spec("{}", Map.of("infrakit.group", "g")));
        String b = plugin.provision(spec("{}", Map.of("infrakit.group", "g")));
        String c = plugin.provision(spec("{}", Map.of("infrakit.group", "g")));
        assertThat(EngineFixture.ids(plugin.describeInstances(Map.of("infrakit.group", "g"), true)))
                .containsExactly(a, b, c);

        provider.health.put(b, MachineStatus.gone("instance file /tmp/x/instance-2 is missing"));
        assertThat(EngineFixture.ids(plugin.describeInstances(Map.of("infrakit.group", "g"), true)))
                .containsExactly(a, c);
        assertThat(active()).containsExactly(a, c);
        assertThat(nonFunctional()).containsExactly(b);

        // InfraKit provisions a replacement
        String d = plugin.provision(spec("{}", Map.of("infrakit.group", "g")));
        assertThat(EngineFixture.ids(plugin.describeInstances(Map.of(), false))).containsExactly(a, c, d);

        provider.health.remove(b);
        assertThat(EngineFixture.ids(plugin.describeInstances(Map.of("infrakit.group", "g"), true)))
                .containsExactly(b, a, c, d);
        assertThat(nonFunctional()).isEmpty();
    }

    @Test
    void aFailedMachineIsNonFunctionalTooAndStaysSoUntilItRecovers() {
        String a = plugin.provision(spec("{}", Map.of()));
        provider.health.put(a, MachineStatus.failed("profile in error state"));
        assertThat(plugin.describeInstances(Map.of(), false)).isEmpty();
        assertThat(plugin.describeInstances(Map.of(), false)).isEmpty();
        assertThat(nonFunctional()).containsExactly(a);
        provider.health.put(a, MachineStatus.functional(null));
        assertThat(EngineFixture.ids(plugin.describeInstances(Map.of(), false))).containsExactly(a);
    }

    @Test
    void severalRecoveredMachinesKeepTheirOrderAtTheFront() {
        String a = plugin.provision(spec("{}", Map.of()));
        String b = plugin.provision(spec("{}", Map.of()));
        String c = plugin.provision(spec("{}", Map.of()));
        provider.health.put(b, MachineStatus.gone("gone"));
        plugin.describeInstances(Map.of(), false);
        provider.health.put(c, MachineStatus.gone("gone"));
        plugin.describeInstances(Map.of(), false);
        assertThat(nonFunctional()).containsExactly(b, c);

        provider.health.clear();
        assertThat(EngineFixture.ids(plugin.describeInstances(Map.of(), false))).containsExactly(b, c, a);
    }

    @Test
    void aMachineTheProviderDoesNotReportIsGone() {
        String a = plugin.provision(spec("{}", Map.of()));
        String b = plugin.provision(spec("{}", Map.of()));
        provider.unreported.add(b);
        assertThat(EngineFixture.ids(plugin.describeInstances(Map.of(), false))).containsExactly(a);
        assertThat(nonFunctional()).containsExactly(b);
    }

    @Test
    void aFailingHealthCheckFailsTheDescribeAndMovesNothing() {
        String a = plugin.provision(spec("{}", Map.of()));
        provider.failHealth = new InstancePluginException("OneView at ov.example.com: connection refused");
        assertThatThrownBy(() -> plugin.describeInstances(Map.of(), false))
                .isInstanceOf(InstancePluginException.class)
                .hasMessage("cannot check the health of the instances: OneView at ov.example.com: connection refused");
        provider.failHealth = null;
        assertThat(EngineFixture.ids(plugin.describeInstances(Map.of(), false))).containsExactly(a);
    }

    @Test
    void noInstancesStillAsksTheProviderSoItCanFindMachinesTheStateDoesNotKnow() {
        assertThat(plugin.describeInstances(Map.of(), true)).isEmpty();
        assertThat(provider.healthCalls).hasValue(1);
    }

    @Test
    void aHealthChangeIsWrittenOnceAndUnchangedHealthWritesNothing() {
        plugin.provision(spec("{}", Map.of()));
        long revision = store.load().revision();
        plugin.describeInstances(Map.of(), false);
        plugin.describeInstances(Map.of(), false);
        assertThat(store.load().revision()).isEqualTo(revision);
        provider.health.put("instance-1", MachineStatus.gone("gone"));
        plugin.describeInstances(Map.of(), false);
        plugin.describeInstances(Map.of(), false);
        assertThat(store.load().revision()).isEqualTo(revision + 1);
    }

    @Test
    void concurrentDescribesShareOneSynchronisation() throws Exception {
        String a = plugin.provision(spec("{}", Map.of()));
        CountDownLatch inHealth = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        provider.onHealth = () -> {
            inHealth.countDown();
            await(release);
        };
        int callers = 16;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<List<Description>>> results = new ArrayList<>();
            results.add(pool.submit(() -> plugin.describeInstances(Map.of(), true)));
            assertThat(inHealth.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 1; i < callers; i++) {
                results.add(pool.submit(() -> plugin.describeInstances(Map.of(), true)));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (plugin.synchronisationWaiters() < callers - 1) {
                assertThat(System.nanoTime()).as("callers waiting for the running synchronisation")
                        .isLessThan(deadline);
                Thread.onSpinWait();
            }
            release.countDown();
            for (Future<List<Description>> r : results) {
                assertThat(EngineFixture.ids(r.get(10, TimeUnit.SECONDS))).containsExactly(a);
            }
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(provider.healthCalls).hasValue(1);

        provider.onHealth = () -> { };
        plugin.describeInstances(Map.of(), false);
        assertThat(provider.healthCalls).as("a describe after the shared one synchronises again").hasValue(2);
    }

    @Test
    void callersSharingASynchronisationShareItsFailure() throws Exception {
        plugin.provision(spec("{}", Map.of()));
        CountDownLatch inHealth = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        provider.onHealth = () -> {
            inHealth.countDown();
            await(release);
            throw new InstancePluginException("backend down");
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> plugin.describeInstances(Map.of(), false));
            assertThat(inHealth.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> second = pool.submit(() -> plugin.describeInstances(Map.of(), false));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (plugin.synchronisationWaiters() < 1) {
                assertThat(System.nanoTime()).isLessThan(deadline);
                Thread.onSpinWait();
            }
            release.countDown();
            for (Future<?> f : List.of(first, second)) {
                assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("backend down");
            }
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(provider.healthCalls).hasValue(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latch not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
