package io.infrakit.oneview.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.infrakit.oneview.simulator.InventorySpec;
import io.infrakit.oneview.simulator.OneViewSimulator;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Prints how long the simulator takes to list 2,000 servers and to accept and complete 50 concurrent profile
 * creations, over HTTP and HTTPS, with the JDK's {@code java.net.http} client.
 *
 * <p>Run: {@code java -cp benchmarks/target/rpc-load-client.jar io.infrakit.oneview.bench.SimulatorBenchmark [rounds]}
 * (default 5 rounds; the first round of each mode is a warm-up and not reported). Not a test: figures depend on the
 * machine.
 */
public final class SimulatorBenchmark {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int SERVERS = 2000;
    private static final int CREATIONS = 50;

    private SimulatorBenchmark() {
    }

    /**
     * @param args optional number of rounds
     * @throws Exception on any failure: the benchmark also checks that nothing failed
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        PrintStream out = System.out;
        out.printf("OneView simulator benchmark: %d servers, %d concurrent creations, %d rounds, %d CPUs, Java %s%n",
                SERVERS, CREATIONS, rounds, Runtime.getRuntime().availableProcessors(), Runtime.version());
        for (boolean https : new boolean[]{false, true}) {
            run(https, rounds, out);
        }
    }

    private static void run(boolean https, int rounds, PrintStream out) throws Exception {
        List<Double> starts = new ArrayList<>();
        List<Double> listPaged = new ArrayList<>();
        List<Double> listOnePage = new ArrayList<>();
        List<Double> accept = new ArrayList<>();
        List<Double> complete = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            InventorySpec inventory = InventorySpec.uniform().withEnclosuresPerGroup(125).withBaysPerEnclosure(16);
            long t0 = System.nanoTime();
            try (OneViewSimulator sim = OneViewSimulator.builder().https(https).inventory(inventory)
                    .taskDuration(Duration.ofMillis(500)).maxPageSize(SERVERS).recordedRequests(0).ioThreads(2).start()) {
                double startMs = ms(t0);
                Client client = new Client(sim);
                client.login();
                long t1 = System.nanoTime();
                int seen = 0;
                String next = "/rest/server-hardware?count=500";
                while (next != null) {
                    JsonNode page = client.get(next);
                    seen += page.get("members").size();
                    next = page.get("nextPageUri").isNull() ? null : page.get("nextPageUri").asText();
                }
                double paged = ms(t1);
                check(seen == SERVERS, "listed " + seen + " servers");
                long t2 = System.nanoTime();
                JsonNode all = client.get("/rest/server-hardware?count=-1");
                double onePage = ms(t2);
                check(all.get("members").size() == SERVERS, "one page held " + all.get("members").size());

                String typeUri = all.get("members").get(0).get("serverHardwareTypeUri").asText();
                JsonNode targets = client.get("/rest/server-profiles/available-targets?serverHardwareTypeUri="
                        + URLEncoder.encode(typeUri, StandardCharsets.UTF_8)).get("targets");
                JsonNode template = client.get("/rest/server-profile-templates?filter="
                        + URLEncoder.encode("name='Web Server Template'", StandardCharsets.UTF_8).replace("+", "%20"))
                        .get("members").get(0);
                ObjectNode newProfile = (ObjectNode) client.get(template.get("uri").asText() + "/new-profile");

                ExecutorService pool = Executors.newFixedThreadPool(CREATIONS);
                try {
                    CountDownLatch ready = new CountDownLatch(CREATIONS);
                    CountDownLatch go = new CountDownLatch(1);
                    List<Future<String>> futures = new ArrayList<>();
                    for (int i = 0; i < CREATIONS; i++) {
                        ObjectNode body = newProfile.deepCopy();
                        body.put("name", "bench-" + i);
                        body.put("serverHardwareUri", targets.get(i).get("serverHardwareUri").asText());
                        Client own = new Client(sim);
                        own.login();
                        Callable<String> create = () -> {
                            ready.countDown();
                            go.await();
                            HttpResponse<String> r = own.send("POST", "/rest/server-profiles", body.toString());
                            check(r.statusCode() == 202, "create answered " + r.statusCode() + ": " + r.body());
                            return r.headers().firstValue("Location").orElseThrow();
                        };
                        futures.add(pool.submit(create));
                    }
                    ready.await();
                    long t3 = System.nanoTime();
                    go.countDown();
                    List<String> tasks = new ArrayList<>();
                    for (Future<String> f : futures) {
                        tasks.add(f.get());
                    }
                    double accepted = ms(t3);
                    for (String task : tasks) {
                        while (true) {
                            JsonNode t = client.get(task.substring(sim.baseUri().toString().length()));
                            String state = t.get("taskState").asText();
                            if (state.equals("Completed")) {
                                break;
                            }
                            check(!state.equals("Error"), "task failed: " + t);
                            Thread.sleep(20);
                        }
                    }
                    double completed = ms(t3);
                    check(sim.profileCount() == CREATIONS, "profiles: " + sim.profileCount());
                    if (round > 0) {
                        starts.add(startMs);
                        listPaged.add(paged);
                        listOnePage.add(onePage);
                        accept.add(accepted);
                        complete.add(completed);
                    }
                } finally {
                    pool.shutdownNow();
                }
            }
        }
        String mode = https ? "HTTPS" : "HTTP ";
        out.printf("%s start with %d servers:                      median %7.1f ms (min %.1f)%n", mode, SERVERS,
                median(starts), Collections.min(starts));
        out.printf("%s list %d servers, 4 pages of 500:            median %7.1f ms (min %.1f)%n", mode, SERVERS,
                median(listPaged), Collections.min(listPaged));
        out.printf("%s list %d servers, one page (count=-1):       median %7.1f ms (min %.1f)%n", mode, SERVERS,
                median(listOnePage), Collections.min(listOnePage));
        out.printf("%s %d concurrent creations, all 202 Accepted:     median %7.1f ms (min %.1f)%n", mode, CREATIONS,
                median(accept), Collections.min(accept));
        out.printf("%s %d concurrent creations, all tasks Completed: median %7.1f ms (min %.1f; task duration 500 ms)%n",
                mode, CREATIONS, median(complete), Collections.min(complete));
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("benchmark check failed: " + message);
        }
    }

    /** A minimal JSON client over java.net.http. */
    private static final class Client {
        private final OneViewSimulator sim;
        private final HttpClient http;
        private String token;

        Client(OneViewSimulator sim) {
            this.sim = sim;
            HttpClient.Builder builder = HttpClient.newBuilder();
            if (sim.isHttps()) {
                builder.sslContext(sim.sslContext());
            }
            this.http = builder.build();
        }

        void login() throws IOException, InterruptedException {
            String body = MAPPER.writeValueAsString(Map.of("userName", sim.userName(), "password", sim.password()));
            HttpResponse<String> r = send("POST", "/rest/login-sessions", body);
            check(r.statusCode() == 200, "login answered " + r.statusCode());
            token = MAPPER.readTree(r.body()).get("sessionID").asText();
        }

        JsonNode get(String path) throws IOException, InterruptedException {
            HttpResponse<String> r = send("GET", path, null);
            check(r.statusCode() == 200, "GET " + path + " answered " + r.statusCode() + ": " + r.body());
            return MAPPER.readTree(r.body());
        }

        HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sim.baseUri() + path))
                    .header("X-API-Version", String.valueOf(sim.currentApiVersion()))
                    .header("Accept", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (token != null) {
                request.header("Auth", token);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
