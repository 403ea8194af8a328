package io.infrakit.oneview.engine;

import static io.infrakit.oneview.engine.EngineFixture.ids;
import static io.infrakit.oneview.engine.EngineFixture.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.spi.provider.MachineStatus;
import io.infrakit.oneview.store.MemoryStateStore;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two engines (replicas on two nodes) sharing one store, each with its own session, and one backend: what one
 * commits the other sees, and only the work of a replica whose session is gone is settled by the other.
 */
class ReplicasTest {

    private final Set<String> leases = ConcurrentHashMap.newKeySet();
    private final MemoryStateStore memory = new MemoryStateStore();
    private final FakeProvider backend = new FakeProvider();
    private final AtomicInteger nextId = new AtomicInteger();
    private final LeasedStore storeA = new LeasedStore(memory.newClient(), leases, "lease-a1", 2);
    private final LeasedStore storeB = new LeasedStore(memory.newClient(), leases, "lease-b1", 2);
    private final ProviderInstancePlugin a = replica(storeA);
    private final ProviderInstancePlugin b = replica(storeB);
    private final CountDownLatch inside = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    private ProviderInstancePlugin replica(LeasedStore store) {
        return ProviderInstancePlugin.builder().provider(backend).store(store).clock(EngineFixture.CLOCK)
                .idGenerator(() -> "instance-" + nextId.incrementAndGet()).build();
    }

    @AfterEach
    void close() {
        release.countDown();
        a.close();
        b.close();
        memory.close();
    }

    /** Starts a provision on replica A that stops inside the provider until {@link #release}. */
    private CompletableFuture<String> provisionHeldOnA() throws InterruptedException {
        backend.onProvision = r -> {
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        CompletableFuture<String> held = CompletableFuture.supplyAsync(() -> a.provision(spec("{}",
                Map.of("infrakit.group", "g"))));
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        backend.onProvision = r -> { };
        return held;
    }

    @Test
    void whatOneReplicaProvisionsLabelsAndDestroysTheOtherDescribes() {
        String id = a.provision(spec("{}", Map.of("infrakit.group", "g")));
        assertThat(ids(b.describeInstances(Map.of("infrakit.group", "g"), false))).containsExactly(id);
        b.label(id, Map.of("tier", "web"));
        assertThat(a.describeInstances(Map.of("tier", "web"), false)).hasSize(1);
        String other = b.provision(spec("{}", Map.of("infrakit.group", "g")));
        assertThat(ids(a.describeInstances(Map.of(), false))).containsExactly(id, other);
        a.destroy(other, null);
        assertThat(ids(b.describeInstances(Map.of(), false))).containsExactly(id);
    }

    @Test
    void aLiveReplicasProvisionInFlightIsNeverSettledByTheOther() throws Exception {
        CompletableFuture<String> held = provisionHeldOnA();
        assertThat(b.describeInstances(Map.of(), false)).isEmpty();
        assertThat(backend.recoverCalls).isEmpty();
        release.countDown();
        String id = held.get(10, TimeUnit.SECONDS);
        assertThat(ids(b.describeInstances(Map.of(), false))).containsExactly(id);
    }

    @Test
    void theProvisionsOfAReplicaWhoseSessionIsGoneAreSettledByTheOther() throws Exception {
        a.provision(spec("{}", Map.of("infrakit.group", "g")));
        backend.failAfterMaking = new RuntimeException("killed here");
        assertThatThrownBy(() -> a.provision(spec("{}", Map.of("infrakit.group", "g"))));
        backend.failAfterMaking = null;
        storeA.replaceLease("lease-a-dead-replaced");
        storeA.close();

        assertThat(ids(b.describeInstances(Map.of(), false))).containsExactly("instance-1", "instance-2");
        assertThat(backend.recoverCalls).containsExactly(java.util.List.of("instance-2"));
        assertThat(EngineFixture.journal(storeB)).isEmpty();
    }

    @Test
    void aProvisionSettledByTheOtherReplicaWhileThisOneLostItsLeaseFailsAndLeavesNothing() throws Exception {
        CompletableFuture<String> held = provisionHeldOnA();
        storeA.replaceLease("lease-a2");
        // B takes A's journal entry (lease-a1, expired) for abandoned; nothing is made yet: cleaned up
        assertThat(b.describeInstances(Map.of(), false)).isEmpty();
        assertThat(EngineFixture.journal(storeB)).isEmpty();
        release.countDown();
        assertThatThrownBy(() -> held.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("instance instance-1 was made "
                + "but another replica settled its provision as abandoned meanwhile (this replica's session in leased "
                + "memory had expired); the machine was destroyed again");
        assertThat(backend.machines).isEmpty();
        assertThat(ids(b.describeInstances(Map.of(), false))).isEmpty();
    }

    @Test
    void aReplicaThatGetsANewLeaseMovesItsProvisionsInFlightToIt() throws Exception {
        CompletableFuture<String> held = provisionHeldOnA();
        storeA.replaceLease("lease-a2");
        a.describeInstances(Map.of(), false);
        assertThat(EngineFixture.stored(storeA)).contains("\"Session\":\"lease-a2\"");
        assertThat(b.describeInstances(Map.of(), false)).isEmpty();
        assertThat(backend.recoverCalls).isEmpty();
        release.countDown();
        String id = held.get(10, TimeUnit.SECONDS);
        assertThat(ids(b.describeInstances(Map.of(), false))).containsExactly(id);
    }

    @Test
    void aProvisionAdoptedByTheOtherReplicaIsRecordedOnce() throws Exception {
        CompletableFuture<String> held = provisionHeldOnA();
        storeA.replaceLease("lease-a2");
        // as if B found the machine already complete
        backend.machines.put("instance-1", new io.infrakit.oneview.spi.provider.ProvisionRequest("instance-1",
                spec("{}", Map.of("infrakit.group", "g"))));
        assertThat(ids(b.describeInstances(Map.of(), false))).containsExactly("instance-1");
        release.countDown();
        assertThat(held.get(10, TimeUnit.SECONDS)).isEqualTo("instance-1");
        assertThat(ids(a.describeInstances(Map.of(), false))).containsExactly("instance-1");
        assertThat(backend.destroyed).isEmpty();
    }

    @Test
    void healthMovesLargerThanOneCommitAreSplit() {
        for (int i = 0; i < 5; i++) {
            a.provision(spec("{}", Map.of()));
        }
        for (int i = 1; i <= 5; i++) {
            backend.health.put("instance-" + i, MachineStatus.gone("gone"));
        }
        assertThat(b.describeInstances(Map.of(), false)).isEmpty();
        assertThat(EngineFixture.list(storeA, InstanceList.NON_FUNCTIONAL)).containsExactly("instance-1",
                "instance-2", "instance-3", "instance-4", "instance-5");
        backend.health.clear();
        assertThat(ids(a.describeInstances(Map.of(), false))).containsExactly("instance-1", "instance-2",
                "instance-3", "instance-4", "instance-5");
    }
}
