package io.infrakit.oneview.bench;

import io.infrakit.oneview.pluginclient.PluginConnection;
import io.infrakit.oneview.rpc.RpcServer;
import io.infrakit.oneview.rpc.RunningRpcServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Load client for the RPC server. Without {@code --socket} it starts an in-process server on a temporary socket
 * with an in-memory plugin holding 100 instances; with {@code --socket PATH} it drives an already running plugin
 * (add {@code --pid PID} to sample that process's resident memory).
 *
 * <p>It measures {@code Handshake.Hello} and {@code DescribeInstances} (100 instances) with 1 and 16 concurrent
 * keep-alive clients (requests/s, p50/p99/p99.9/max latency), then sends 100k requests while sampling resident
 * memory (VmRSS) and, in process, heap after GC, to show memory stays flat.
 *
 * <pre>
 * ./mvnw -q -pl rpc-server install -DskipTests &amp;&amp; ./mvnw -q -pl benchmarks package
 * java -jar benchmarks/target/rpc-load-client.jar [--socket PATH [--pid PID]] [--seconds N] [--memory-requests N]
 * </pre>
 */
public final class RpcLoadClient {

    private static final String HELLO = "{\"jsonrpc\":\"2.0\",\"method\":\"Handshake.Hello\",\"params\":{},\"id\":6012950790211020693}";
    private static final String DESCRIBE = "{\"jsonrpc\":\"2.0\",\"method\":\"Instance.DescribeInstances\",\"params\":"
            + "{\"Type\":\"\",\"Tags\":{},\"Properties\":false},\"id\":4385596586730482579}";

    private RpcLoadClient() {
    }

    /**
     * @param args {@code [--socket PATH] [--pid PID] [--seconds N] [--memory-requests N] [--instances N]}
     * @throws Exception when the server cannot be reached
     */
    public static void main(String[] args) throws Exception {
        Path socket = null;
        long pid = ProcessHandle.current().pid();
        double seconds = 5;
        int memoryRequests = 100_000;
        int instances = 100;
        int pluginThreads = io.infrakit.oneview.rpc.RpcServerLimits.DEFAULTS.pluginThreads();
        boolean quick = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--socket" -> socket = Path.of(args[++i]);
                case "--pid" -> pid = Long.parseLong(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--memory-requests" -> memoryRequests = Integer.parseInt(args[++i]);
                case "--instances" -> instances = Integer.parseInt(args[++i]);
                case "--plugin-threads" -> pluginThreads = Integer.parseInt(args[++i]);
                case "--quick" -> quick = true;
                default -> {
                    System.err.println("usage: RpcLoadClient [--socket PATH [--pid PID]] [--seconds N] "
                            + "[--memory-requests N] [--instances N] [--plugin-threads N] [--quick]");
                    System.exit(2);
                }
            }
        }
        boolean inProcess = socket == null;
        RunningRpcServer server = null;
        Path dir = null;
        if (inProcess) {
            dir = Files.createTempDirectory(Path.of("/tmp"), "rpcbench");
            socket = dir.resolve("bench.sock");
            server = RpcServer.builder().socket(socket).plugin(new InMemoryPlugin(instances))
                    .vendor("infrakit-instance-bench", "0")
                    .limits(io.infrakit.oneview.rpc.RpcServerLimits.builder().pluginThreads(pluginThreads).build())
                    .build().start();
        }
        try {
            printMachine(inProcess, server);
            String describeName = inProcess ? "DescribeInstances(" + instances + ")" : "DescribeInstances";
            if (quick) {
                ByteBuffer describe = request(DESCRIBE);
                measure(socket, "warm-up describe", describe, 1, seconds);
                measure(socket, describeName, describe, 1, seconds);
            } else {
                run(socket, pid, inProcess, seconds, memoryRequests, describeName);
            }
        } finally {
            if (server != null) {
                server.shutdown(Duration.ofSeconds(5));
                Files.deleteIfExists(dir);
            }
        }
    }

    private static void run(Path socket, long pid, boolean inProcess, double seconds, int memoryRequests,
                            String describeName) throws Exception {
        ByteBuffer hello = request(HELLO);
        ByteBuffer describe = request(DESCRIBE);
        try (PluginConnection c = PluginConnection.open(socket)) {
            System.out.printf("Describe response body: %d bytes%n", c.exchangeSkippingBody(describe));
        }
        System.out.println("warming up ...");
        measure(socket, "warm-up hello", hello, 16, seconds);
        measure(socket, "warm-up describe", describe, 16, seconds);
        measure(socket, "warm-up hello", hello, 1, seconds / 2);
        measure(socket, "warm-up describe", describe, 1, seconds / 2);
        List<LatencyStats> results = new ArrayList<>();
        results.add(measure(socket, "Handshake.Hello", hello, 1, seconds));
        results.add(measure(socket, "Handshake.Hello", hello, 16, seconds));
        results.add(measure(socket, describeName, describe, 1, seconds));
        results.add(measure(socket, describeName, describe, 16, seconds));
        System.out.println();
        System.out.println(LatencyStats.header());
        results.forEach(r -> System.out.println(r.row()));
        System.out.println();
        memory(socket, pid, inProcess, hello, describe, memoryRequests);
    }

    /** The request InfraKit's Go client sends for a body, encoded once into a direct buffer. */
    private static ByteBuffer request(String json) {
        byte[] bytes = PluginConnection.goClientPost(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
    }

    /** Runs {@code clients} keep-alive connections for {@code seconds}, each sending requests back to back. */
    static LatencyStats measure(Path socket, String name, ByteBuffer request, int clients, double seconds)
            throws Exception {
        long[][] latencies = new long[clients][];
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long durationNanos = (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            int index = t;
            Thread thread = new Thread(() -> {
                long[] buf = new long[1 << 16];
                int n = 0;
                try (PluginConnection c = PluginConnection.open(socket)) {
                    ready.countDown();
                    go.await();
                    long end = System.nanoTime() + durationNanos;
                    long now = System.nanoTime();
                    while (now < end) {
                        c.exchangeSkippingBody(request);
                        long after = System.nanoTime();
                        if (n == buf.length) {
                            buf = java.util.Arrays.copyOf(buf, n * 2);
                        }
                        buf[n++] = after - now;
                        now = after;
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    ready.countDown();
                } finally {
                    latencies[index] = java.util.Arrays.copyOf(buf, n);
                }
            }, "load-" + t);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        long elapsed = System.nanoTime() - start;
        long cpu = processCpuNanos() - cpuStart;
        if (failure.get() != null) {
            throw new IOException(name + " failed: " + failure.get(), failure.get());
        }
        LatencyStats stats = LatencyStats.of(name, clients, latencies, elapsed, cpu);
        System.out.printf("%-24s %2d client(s): %8.0f req/s  p50 %.3f ms  p99 %.3f ms  CPU %.1f µs/req%n",
                name, clients, stats.requestsPerSecond(), stats.p50Micros() / 1e3, stats.p99Micros() / 1e3,
                stats.cpuMicrosPerRequest());
        return stats;
    }

    /** Sends {@code total} requests (alternating Hello and Describe, 16 clients) while sampling memory. */
    private static void memory(Path socket, long pid, boolean inProcess, ByteBuffer hello, ByteBuffer describe,
                               int total) throws Exception {
        System.out.printf("memory over %,d requests (Hello and DescribeInstances alternating, 16 clients)%n", total);
        System.out.println("| requests sent | VmRSS (MiB) |" + (inProcess ? " heap used after GC (MiB) |" : ""));
        System.out.println("|---------------|-------------|" + (inProcess ? "--------------------------|" : ""));
        int steps = 10;
        int perStep = total / steps;
        int clients = 16;
        List<PluginConnection> conns = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            conns.add(PluginConnection.open(socket));
        }
        try {
            sample(0, pid, inProcess);
            for (int step = 1; step <= steps; step++) {
                int each = perStep / clients;
                List<Thread> threads = new ArrayList<>();
                AtomicReference<Throwable> failure = new AtomicReference<>();
                for (PluginConnection c : conns) {
                    Thread t = new Thread(() -> {
                        try {
                            for (int i = 0; i < each; i++) {
                                c.exchangeSkippingBody(i % 2 == 0 ? hello : describe);
                            }
                        } catch (Throwable e) {
                            failure.compareAndSet(null, e);
                        }
                    });
                    threads.add(t);
                    t.start();
                }
                for (Thread t : threads) {
                    t.join();
                }
                if (failure.get() != null) {
                    throw new IOException("memory run failed: " + failure.get(), failure.get());
                }
                sample((long) step * each * clients, pid, inProcess);
            }
        } finally {
            for (PluginConnection c : conns) {
                c.close();
            }
        }
    }

    private static void sample(long sent, long pid, boolean inProcess) throws IOException {
        String heap = "";
        if (inProcess) {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            heap = String.format(" %24.1f |", memory.getHeapMemoryUsage().getUsed() / 1048576.0);
        }
        System.out.printf("| %13d | %11.1f |%s%n", sent, vmRssKib(pid) / 1024.0, heap);
    }

    /** CPU time of this process (client and, in process, server), or a huge negative number if unknown. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return Long.MIN_VALUE / 2;
    }

    private static long vmRssKib(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static void printMachine(boolean inProcess, RunningRpcServer server) throws IOException {
        String cpu = "unknown";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.exists(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        }
        System.out.printf("machine: %d cores (%s), %s %s, Java %s%n", Runtime.getRuntime().availableProcessors(), cpu,
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
        System.out.println(inProcess ? "server: in process, transport " + server.transport()
                + ", in-memory plugin; CPU µs/req counts client and server"
                : "server: external; CPU µs/req counts this load client only");
    }
}
