package io.infrakit.oneview.engine;

import static io.infrakit.oneview.engine.EngineFixture.spec;
import static org.assertj.core.api.Assertions.assertThat;

import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.store.FileStateStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrencyTest {

    private static final int PARALLEL = 16;

    @TempDir
    Path dir;

    @Test
    void sixteenProvisionsRunInParallelGetDistinctIdsAndAreAllCommitted() throws Exception {
        FakeProvider provider = new FakeProvider();
        // every provision waits until all 16 are inside the provider: this passes only if no lock is held
        CountDownLatch allInside = new CountDownLatch(PARALLEL);
        provider.onProvision = request -> {
            allInside.countDown();
            try {
                if (!allInside.await(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("provisions did not run in parallel");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Path stateFile = dir.resolve("state.json");
        List<String> ids = new ArrayList<>();
        try (ProviderInstancePlugin plugin = ProviderInstancePlugin.builder().provider(provider)
                .store(FileStateStore.open(stateFile)).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
            try {
                List<Future<String>> results = new ArrayList<>();
                for (int i = 0; i < PARALLEL; i++) {
                    int n = i;
                    results.add(pool.submit(() -> plugin.provision(spec("{\"n\":" + n + "}",
                            Map.of("infrakit.group", "cattle")))));
                }
                for (Future<String> r : results) {
                    ids.add(r.get(30, TimeUnit.SECONDS));
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(new HashSet<>(ids)).hasSize(PARALLEL);
            assertThat(ids).allMatch(id -> id.matches("instance-[0-9]{1,19}"));
            assertThat(plugin.describeInstances(Map.of("infrakit.group", "cattle"), false))
                    .extracting(Description::id).containsExactlyInAnyOrderElementsOf(ids);
        }
        try (ProviderInstancePlugin reopened = ProviderInstancePlugin.builder().provider(provider)
                .store(FileStateStore.open(stateFile)).build()) {
            assertThat(reopened.describeInstances(Map.of(), false)).extracting(Description::id)
                    .containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    @Test
    void parallelProvisionsDestroysLabelsAndDescribesKeepTheStateConsistent() throws Exception {
        FakeProvider provider = new FakeProvider();
        try (ProviderInstancePlugin plugin = ProviderInstancePlugin.builder().provider(provider)
                .store(FileStateStore.open(dir.resolve("state.json"))).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<String>> kept = new ArrayList<>();
                List<Future<?>> others = new ArrayList<>();
                for (int i = 0; i < 24; i++) {
                    kept.add(pool.submit(() -> {
                        String id = plugin.provision(spec("{}", Map.of("g", "1")));
                        plugin.label(id, Map.of("labelled", "yes"));
                        return id;
                    }));
                    others.add(pool.submit(() -> {
                        String id = plugin.provision(spec("{}", Map.of("g", "1")));
                        plugin.destroy(id, DestroyContext.TERMINATE);
                        return null;
                    }));
                    others.add(pool.submit(() -> plugin.describeInstances(Map.of("g", "1"), true)));
                }
                for (Future<?> f : others) {
                    f.get(30, TimeUnit.SECONDS);
                }
                List<String> ids = new ArrayList<>();
                for (Future<String> f : kept) {
                    ids.add(f.get(30, TimeUnit.SECONDS));
                }
                List<Description> described = plugin.describeInstances(Map.of("labelled", "yes"), false);
                assertThat(described).extracting(Description::id).containsExactlyInAnyOrderElementsOf(ids);
                assertThat(provider.machines.keySet()).containsExactlyInAnyOrderElementsOf(ids);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
