package io.infrakit.oneview.bench;

import io.infrakit.oneview.engine.ProviderInstancePlugin;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.Tags;
import io.infrakit.oneview.spi.provider.FoundMachine;
import io.infrakit.oneview.spi.provider.InstanceProvider;
import io.infrakit.oneview.spi.provider.Machine;
import io.infrakit.oneview.spi.provider.MachineDiscovery;
import io.infrakit.oneview.spi.provider.MachineStatus;
import io.infrakit.oneview.spi.provider.ProvisionRequest;
import io.infrakit.oneview.spi.provider.Recovery;
import io.infrakit.oneview.spi.provider.UnfinishedProvision;
import io.infrakit.oneview.store.StateStore;
import io.infrakit.oneview.store.StateStores;
import io.infrakit.oneview.store.etcd.EtcdServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How long a state commit takes as the state grows: for the file store and the etcd store (an etcd started for the
 * run on loopback, when one is installed), with 100, 1,000 and 10,000 instances in the state, the p50 and p99 of
 * <ul>
 *   <li>{@code label}: one engine call that catches up with the store and commits one instance record;</li>
 *   <li>{@code provision}: one engine call that catches up, journals, and records (two commits), with a provider
 *       that makes machines instantly;</li>
 *   <li>{@code catch-up}: for etcd, the check a replica makes before every call when nothing changed (one read of
 *       the head key).</li>
 * </ul>
 * Instance records are about 900 bytes, like the OneView provider's. The goal: the 10,000 figure within 1.5 times the
 * 100 figure. Run: {@code java -cp benchmarks/target/rpc-load-client.jar
 * io.infrakit.oneview.bench.StateCommitBenchmark [--samples N]}.
 */
public final class StateCommitBenchmark {

    private static final int[] SIZES = {100, 1_000, 10_000};
    private static final String PROPERTIES = "{\"TemplateName\":\"Docker-Gen8-Template\",\"ProfileName\":\"Docker\","
            + "\"PowerOff\":true,\"PowerOn\":true,\"ForceDestroy\":false,\"EnclosureGroupName\":\"EG1\"}";

    private StateCommitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int samples = args.length == 2 && args[0].equals("--samples") ? Integer.parseInt(args[1]) : 1000;
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "state-bench");
        System.out.println("| store | instances | operation | samples | p50 (ms) | p99 (ms) | max (ms) |");
        System.out.println("|---|---|---|---|---|---|---|");
        List<double[]> file = new ArrayList<>();
        for (int n : SIZES) {
            Path state = Files.createDirectories(dir.resolve("file-" + n)).resolve("state.json");
            file.add(run("file", n, samples, () -> StateStores.open(state.toString(), Map.of())));
        }
        List<double[]> etcd = new ArrayList<>();
        if (EtcdServer.binary().isPresent()) {
            try (EtcdServer server = EtcdServer.start(Files.createDirectories(dir.resolve("etcd")))) {
                for (int n : SIZES) {
                    String location = server.location("/bench/n" + n, "");
                    etcd.add(run("etcd", n, samples, () -> StateStores.open(location, Map.of())));
                }
            }
        } else {
            System.out.println("(etcd is not installed: no etcd figures)");
        }
        System.out.println();
        ratios("file", file);
        ratios("etcd", etcd);
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private interface Opener {
        StateStore open();
    }

    /** @return p50 and p99 of label, then of provision */
    private static double[] run(String kind, int instances, int samples, Opener opener) {
        BenchProvider provider = new BenchProvider(instances);
        StateStore store = opener.open();
        try (ProviderInstancePlugin plugin = ProviderInstancePlugin.builder().provider(provider).store(store)
                .build()) {
            plugin.rebuildState(false);
            Random random = new Random(42);
            // warm-up: the JIT compiles the commit path before anything is measured, at every size
            for (int i = 0; i < samples; i++) {
                plugin.label("instance-" + random.nextInt(instances), Map.of("warm", Integer.toString(i)));
            }
            long[] label = new long[samples];
            for (int i = 0; i < samples; i++) {
                String id = "instance-" + random.nextInt(instances);
                long start = System.nanoTime();
                plugin.label(id, Map.of("bench", Integer.toString(i)));
                label[i] = System.nanoTime() - start;
            }
            long[] provision = new long[samples / 2];
            Spec spec = Spec.of(RawJson.of(PROPERTIES), Map.of("infrakit.group", "bench", "infrakit.config.hash",
                    "x4nrsdaibscmj7awpkxzx5vvpt6pilw2"));
            List<String> made = new ArrayList<>();
            for (int i = 0; i < provision.length; i++) {
                long start = System.nanoTime();
                made.add(plugin.provision(spec));
                provision[i] = System.nanoTime() - start;
            }
            for (String id : made) {
                plugin.destroy(id, DestroyContext.TERMINATE);
            }
            print(kind, instances, "label (1 commit)", label);
            print(kind, instances, "provision (2 commits)", provision);
            if (kind.equals("etcd")) {
                long revision = store.changesSince(0).revision();
                long[] check = new long[samples];
                for (int i = 0; i < samples; i++) {
                    long start = System.nanoTime();
                    store.changesSince(revision);
                    check[i] = System.nanoTime() - start;
                }
                print(kind, instances, "catch-up, nothing changed", check);
            }
            return new double[] {pct(label, 0.5), pct(label, 0.99), pct(provision, 0.5), pct(provision, 0.99)};
        }
    }

    private static void print(String kind, int instances, String operation, long[] nanos) {
        System.out.printf("| %s | %,d | %s | %d | %.3f | %.3f | %.3f |%n", kind, instances, operation, nanos.length,
                pct(nanos, 0.5), pct(nanos, 0.99), Arrays.stream(nanos).max().orElse(0) / 1e6);
    }

    private static double pct(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static void ratios(String kind, List<double[]> figures) {
        if (figures.size() < SIZES.length) {
            return;
        }
        double[] small = figures.get(0);
        double[] large = figures.get(SIZES.length - 1);
        System.out.printf("%s, 10,000 / 100: label p50 %.2fx, p99 %.2fx; provision p50 %.2fx, p99 %.2fx "
                + "(goal: at most 1.5x)%n", kind, large[0] / small[0], large[1] / small[1], large[2] / small[2],
                large[3] / small[3]);
    }

    /** Makes machines instantly; finds the prefilled ones, so that the state is filled in a few commits. */
    private static final class BenchProvider implements InstanceProvider, MachineDiscovery {
        private final int instances;

        BenchProvider(int instances) {
            this.instances = instances;
        }

        private static RawJson data(String id) {
            return RawJson.of("{\"Appliance\":\"https://ov.example.com\",\"User\":\"infrakit\",\"ProfileUri\":"
                    + "\"/rest/server-profiles/5e07d9a2-8f2b-4f8e-9c51-" + String.format("%012d", Math.abs(
                    id.hashCode())) + "\",\"ProfileName\":\"Docker-" + id + "\",\"ServerHardwareUri\":"
                    + "\"/rest/server-hardware/37333036-3831-584D-5131-303030323038\",\"ServerName\":\"Encl1, bay 3\","
                    + "\"SerialNumber\":\"SIM0011003\",\"Template\":\"Docker-Gen8-Template\",\"ForceDestroy\":false}");
        }

        @Override
        public List<FoundMachine> findMachines() {
            List<FoundMachine> found = new ArrayList<>(instances);
            for (int i = 0; i < instances; i++) {
                String id = "instance-" + i;
                found.add(new FoundMachine(new Machine(id, data(id)), Tags.copyOf(Map.of("infrakit.group", "bench",
                        "infrakit.config.hash", "x4nrsdaibscmj7awpkxzx5vvpt6pilw2")), null, RawJson.of(PROPERTIES),
                        "bench"));
            }
            return found;
        }

        @Override
        public void validate(RawJson properties) {
        }

        @Override
        public Machine provision(ProvisionRequest request) {
            return new Machine(request.instanceId(), data(request.instanceId()));
        }

        @Override
        public void destroy(Machine machine, DestroyContext context) {
        }

        @Override
        public Map<String, MachineStatus> health(List<Machine> machines) {
            return Map.of();
        }

        @Override
        public List<Recovery> recover(List<UnfinishedProvision> unfinished) {
            return unfinished.stream().map(u -> Recovery.cleanedUp(u.instanceId(), "bench")).toList();
        }
    }
}
