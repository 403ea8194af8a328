package io.infrakit.oneview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrakit.oneview.pluginclient.PluginClient;
import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.client.query.ListOptions;
import io.infrakit.oneview.simulator.ManualClock;
import io.infrakit.oneview.simulator.OneViewSimulator;
import io.infrakit.oneview.simulator.RecordedRequest;
import io.infrakit.oneview.store.StateStore;
import io.infrakit.oneview.store.StateStores;
import io.infrakit.oneview.store.etcd.EtcdServer;
import io.infrakit.oneview.store.etcd.RequireEtcd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two plugin replicas (processes, as on two nodes) sharing one real etcd and one OneView appliance (the simulator),
 * with the same owner, as in the HA guide.
 */
class EtcdReplicasTest {

    private static final String SPEC = "{\"Properties\":{\"TemplateName\":\"Web Server Template\"},"
            + "\"Tags\":{\"infrakit.group\":\"web\",\"infrakit.config.hash\":\"h1\"}}";

    private Path root;
    private EtcdServer etcd;
    private OneViewSimulator appliance;
    private final List<PluginProcess> replicas = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        RequireEtcd.assumeInstalled();
        root = Files.createTempDirectory(Path.of("/tmp"), "ike");
        etcd = EtcdServer.start(Files.createDirectories(root.resolve("etcd")));
    }

    @AfterEach
    void tearDown() throws Exception {
        for (PluginProcess p : replicas) {
            p.kill();
        }
        if (appliance != null) {
            appliance.close();
        }
        if (etcd != null) {
            etcd.close();
        }
        if (root != null) {
            try (var files = Files.walk(root)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void startAppliance(OneViewSimulator.Builder builder) throws IOException {
        appliance = builder.start();
        Files.writeString(root.resolve("ca.pem"), appliance.certificatePem().orElseThrow());
        Files.writeString(root.resolve("password"), appliance.password());
    }

    private String state() {
        return etcd.location("/infrakit/ov", "lease-ttl=2s&timeout=3s");
    }

    private PluginProcess replica(String node) throws IOException {
        PluginProcess p = PluginProcess.start(root.resolve("plugins-" + node), "ov", Map.of(), "--state", state(),
                "--ov-address", appliance.baseUri().toString(), "--ov-username", appliance.userName(),
                "--ov-password-file", root.resolve("password").toString(),
                "--ov-ca-bundle", root.resolve("ca.pem").toString(), "--set", "task-poll-interval=20ms");
        replicas.add(p);
        return p;
    }

    private static List<String> ids(List<Description> descriptions) {
        return descriptions.stream().map(Description::id).toList();
    }

    @Test
    void whatOneReplicaProvisionsTheOtherDescribesAndDestroys() throws Exception {
        startAppliance(OneViewSimulator.builder().taskDuration(Duration.ofMillis(50))
                .powerTaskDuration(Duration.ofMillis(20)));
        PluginProcess a = replica("a");
        PluginProcess b = replica("b");
        try (PluginClient onA = PluginClient.of(a.socket()); PluginClient onB = PluginClient.of(b.socket())) {
            String first = onA.provision(RawJson.of(SPEC));
            assertThat(ids(onB.describeInstances(Map.of("infrakit.group", "web"), false))).containsExactly(first);
            String second = onB.provision(RawJson.of(SPEC));
            onB.label(first, Map.of("tier", "front"));
            assertThat(ids(onA.describeInstances(Map.of("tier", "front"), false))).containsExactly(first);
            onA.destroy(second, DestroyContext.TERMINATE);
            assertThat(ids(onB.describeInstances(Map.of(), false))).containsExactly(first);
        }
        assertThat(appliance.profileCount()).isEqualTo(1);
    }

    /**
     * Replica A is killed with SIGKILL while ten provisions run on it; replica B settles what A left once A's lease
     * ran out: every provision A acknowledged is described, none twice, and every profile on the appliance belongs to
     * a described instance.
     */
    @Test
    void aReplicaKilledDuringTenParallelProvisionsLosesNothingItAcknowledgedAndLeaksNothing() throws Exception {
        ManualClock clock = new ManualClock();
        startAppliance(OneViewSimulator.builder().clock(clock).taskDuration(Duration.ofSeconds(30))
                .powerTaskDuration(Duration.ofSeconds(5)));
        PluginProcess a = replica("a");
        PluginProcess b = replica("b");

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        CountDownLatch firstAck = new CountDownLatch(1);
        ExecutorService group = Executors.newFixedThreadPool(10);
        for (int i = 0; i < 10; i++) {
            group.submit(() -> {
                try (PluginClient client = PluginClient.of(a.socket())) {
                    acknowledged.add(client.provision(RawJson.of(SPEC)));
                    firstAck.countDown();
                } catch (RuntimeException killed) {
                    // no answer: A was killed before it acknowledged this provision
                }
            });
        }
        // every provision has asked for its profile (the appliance's tasks wait for its clock) ...
        drive(clock, 10, r -> r.method().equals("POST") && r.uri().equals("/rest/server-profiles"));
        // ... then the clock moves until a first provision is acknowledged, and A is killed at once: the others are
        // somewhere between their profile's creation, the power-on and the commit
        for (int step = 0; step < 30 && !firstAck.await(500, TimeUnit.MILLISECONDS); step++) {
            clock.advance(Duration.ofSeconds(6));
        }
        assertThat(firstAck.getCount()).as("a first provision acknowledged; A logged:\n%s", a.log()).isZero();
        a.kill();
        group.shutdown();
        assertThat(group.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        clock.advance(Duration.ofMinutes(5));
        List<String> ackedIds = new ArrayList<>(acknowledged);
        System.out.println("acknowledged before the kill: " + ackedIds.size() + " of 10");

        try (PluginClient onB = PluginClient.of(b.socket());
             StateStore store = StateStores.open(etcd.location("/infrakit/ov", ""), Map.of())) {
            await("replica B settles the provisions of A (A's lease runs out after 2 s)", () -> {
                onB.describeInstances(Map.of(), false);
                return store.load().records().stream().noneMatch(r -> r.key().startsWith("journal/"));
            });
            List<String> described = ids(onB.describeInstances(Map.of("infrakit.group", "web"), false));

            assertThat(described).as("acknowledged instances lost").containsAll(ackedIds);
            assertThat(described).as("duplicated instances").doesNotHaveDuplicates();
            assertThat(profileInstances()).as("profiles without an instance (leaked)")
                    .containsExactlyInAnyOrderElementsOf(described);
            assertThat(b.log()).contains("its writer is gone");
        }
    }

    /** The instance IDs the marked profiles on the appliance name. */
    private List<String> profileInstances() {
        try (OneViewClient client = OneViewClient.builder().address(appliance.baseUri().toString())
                .credentials(appliance.userName(), appliance.password()).caBundle(root.resolve("ca.pem")).build()) {
            return client.serverProfiles().stream(ListOptions.builder().build())
                    .map(p -> io.infrakit.oneview.provider.oneview.ProfileMarker.parse(p.description()))
                    .flatMap(java.util.Optional::stream).map(m -> m.instanceId()).toList();
        }
    }

    /**
     * Waits until the appliance received {@code count} requests matching {@code wanted}, advancing its clock by 6 s
     * whenever it stays quiet for a second (the provisions then wait for a task).
     */
    private void drive(ManualClock clock, int count, java.util.function.Predicate<RecordedRequest> wanted)
            throws InterruptedException {
        int seen = 0;
        for (int quiet = 0; seen < count && quiet < 60; ) {
            RecordedRequest r = appliance.takeRequest(Duration.ofSeconds(1));
            if (r == null) {
                clock.advance(Duration.ofSeconds(6));
                quiet++;
            } else if (wanted.test(r)) {
                seen++;
            }
        }
        assertThat(seen).as("requests seen").isEqualTo(count);
    }

    /**
     * Re-checks a condition that depends on real time outside this JVM (etcd's lease expiry), every 200 ms, for at
     * most 60 s.
     */
    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out: " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
    }
}
