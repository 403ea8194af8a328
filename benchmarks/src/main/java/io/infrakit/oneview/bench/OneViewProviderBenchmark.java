package io.infrakit.oneview.bench;

import io.infrakit.oneview.provider.oneview.OneViewInstanceProvider;
import io.infrakit.oneview.provider.oneview.ProviderSettings;
import io.infrakit.oneview.simulator.InventorySpec;
import io.infrakit.oneview.simulator.OneViewSimulator;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.engine.ProviderInstancePlugin;
import io.infrakit.oneview.spi.provider.ProviderContext;
import io.infrakit.oneview.store.MemoryStateStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmarks of the {@code oneview} provider behind the engine, against the embedded OneView simulator:
 * <ol>
 *   <li>wall time of 50 parallel provisions when every profile task takes 2 s (goal: close to one task's time,
 *       not 50 of them), without and with powering the servers on (a power task of 2 s more);</li>
 *   <li>the REST calls one DescribeInstances makes at 1,000 servers (goal: the number of pages plus at most one),
 *       counted by the simulator's request counters, for 100 and 500 instances and two page sizes.</li>
 * </ol>
 *
 * <pre>
 * ./mvnw -q -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/rpc-load-client.jar io.infrakit.oneview.bench.OneViewProviderBenchmark
 * </pre>
 */
public final class OneViewProviderBenchmark {

    private static final String TEMPLATE = "Web Server Template";

    private OneViewProviderBenchmark() {
    }

    /**
     * @param args ignored
     * @throws Exception when a run fails
     */
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("ov-bench");
        System.out.println("== 50 parallel provisions, 2 s simulated profile task, 128 servers ==");
        System.out.print("(cold JVM) ");
        parallelProvisions(dir, false, "100ms");
        parallelProvisions(dir, false, "100ms");
        parallelProvisions(dir, true, "100ms");
        parallelProvisions(dir, false, "1s");
        parallelProvisions(dir, true, "1s");
        System.out.println();
        System.out.println("== REST calls of one DescribeInstances at 1,000 servers ==");
        describeCalls(dir, 100, 500);
        describeCalls(dir, 500, 500);
        describeCalls(dir, 500, 100);
    }

    private static ProviderInstancePlugin engine(OneViewSimulator sim, Path dir, String pollInterval) throws Exception {
        Path password = dir.resolve("password");
        Files.writeString(password, sim.password());
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
        Map<String, String> settings = new HashMap<>();
        settings.put(ProviderSettings.ADDRESS, sim.baseUri().toString());
        settings.put(ProviderSettings.USERNAME, sim.userName());
        settings.put(ProviderSettings.PASSWORD_FILE, password.toString());
        settings.put(ProviderSettings.TASK_POLL_INTERVAL, pollInterval);
        settings.put(ProviderSettings.MAX_CONNECTIONS, "32");
        Path ca = dir.resolve("simulator-ca.pem");
        Files.writeString(ca, sim.certificatePem().orElseThrow());
        settings.put(ProviderSettings.CA_BUNDLE, ca.toString());
        ProviderContext context = new ProviderContext("instance-oneview", settings, Map.of(), dir);
        OneViewInstanceProvider provider = new OneViewInstanceProvider(ProviderSettings.from(context), Map.of(),
                Clock.systemUTC());
        return ProviderInstancePlugin.builder().provider(provider).store(new MemoryStateStore()).build();
    }

    private static Spec spec(boolean powerOn) {
        return Spec.of(RawJson.of("{\"TemplateName\":\"" + TEMPLATE + "\",\"PowerOn\":" + powerOn + "}"),
                Map.of("infrakit.group", "bench", "infrakit.config.hash", "h"));
    }

    private static List<String> provisionAll(ProviderInstancePlugin engine, int n, boolean powerOn, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> engine.provision(spec(powerOn))));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> f : futures) {
                ids.add(f.get());
            }
            return ids;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void parallelProvisions(Path dir, boolean powerOn, String pollInterval) throws Exception {
        InventorySpec inventory = InventorySpec.uniform().withEnclosuresPerGroup(8).withBaysPerEnclosure(16);
        try (OneViewSimulator sim = OneViewSimulator.builder().taskDuration(Duration.ofSeconds(2))
                .powerTaskDuration(Duration.ofSeconds(2)).inventory(inventory).start();
             ProviderInstancePlugin engine = engine(sim, dir, pollInterval)) {
            // warm up: one session, TLS, class loading
            engine.validate(RawJson.of("{\"TemplateName\":\"" + TEMPLATE + "\"}"));
            sim.counters().reset();
            long start = System.nanoTime();
            List<String> ids = provisionAll(engine, 50, powerOn, 50);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("PowerOn=%-5s task-poll-interval=%-5s: %d provisions in %.2f s wall (tasks per"
                            + " provision: %s, ideal %.1f s); %d REST calls, %d logins, %d profiles on the appliance%n",
                    powerOn, pollInterval, ids.size(), seconds, powerOn ? "create 2 s + power on 2 s" : "create 2 s",
                    powerOn ? 4.0 : 2.0, sim.counters().total(), sim.counters().get("POST /rest/login-sessions"),
                    sim.profileCount());
        }
    }

    private static void describeCalls(Path dir, int instances, int pageSize) throws Exception {
        InventorySpec inventory = InventorySpec.uniform().withEnclosuresPerGroup(125).withBaysPerEnclosure(8);
        try (OneViewSimulator sim = OneViewSimulator.builder().taskDuration(Duration.ZERO)
                .powerTaskDuration(Duration.ZERO).maxPageSize(pageSize).recordedRequests(0).inventory(inventory)
                .start();
             ProviderInstancePlugin engine = engine(sim, dir, "10ms")) {
            provisionAll(engine, instances, true, 16);
            engine.describeInstances(Map.of("infrakit.group", "bench"), true);
            sim.counters().reset();
            long start = System.nanoTime();
            int described = engine.describeInstances(Map.of("infrakit.group", "bench"), true).size();
            double ms = (System.nanoTime() - start) / 1e6;
            int pages = 2 * ((instances + pageSize - 1) / pageSize);
            System.out.printf("%d servers, %d instances, page size %d: one Describe made %d REST calls (%d pages of"
                            + " profiles + servers with a profile; %d logins) in %.0f ms, %d described; calls: %s%n",
                    inventory.serverCount(), instances, pageSize, sim.counters().total(), pages,
                    sim.counters().get("POST /rest/login-sessions"), ms, described, sim.counters().snapshot());
            sim.faults().expireAllSessions();
            sim.counters().reset();
            engine.describeInstances(Map.of("infrakit.group", "bench"), true);
            System.out.printf("    after the session expired: %d REST calls (%s)%n", sim.counters().total(),
                    sim.counters().snapshot());
            System.out.printf("    (the C plugin: 2 logins + 2 x %d unpaged GET /rest/server-hardware = %d calls)%n",
                    instances, 2 + 2 * instances);
        }
    }
}
