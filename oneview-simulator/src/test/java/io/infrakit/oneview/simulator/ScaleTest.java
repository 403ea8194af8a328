package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Correctness at scale; timings belong to {@link SimulatorBenchmark}. */
@DisplayName("2,000 servers and 50 concurrent profile creations")
class ScaleTest extends SimulatorTestSupport {

    @Test
    void fiftyConcurrentCreationsOnTwoThousandServers() throws Exception {
        ManualClock clock = new ManualClock();
        InventorySpec inventory = InventorySpec.uniform().withEnclosuresPerGroup(125).withBaysPerEnclosure(16);
        assertThat(inventory.serverCount()).isEqualTo(2000);
        try (OneViewSimulator sim = manualSimulator(clock).inventory(inventory).start()) {
            TestClient lister = new TestClient(sim).login();
            Set<String> names = new HashSet<>();
            String next = "/rest/server-hardware?count=-1";
            while (next != null) {
                JsonNode page = lister.get(next).body();
                page.get("members").forEach(m -> names.add(m.get("name").asText()));
                next = page.get("nextPageUri").isNull() ? null : page.get("nextPageUri").asText();
            }
            assertThat(names).hasSize(2000);

            JsonNode targets = lister.get("/rest/server-profiles/available-targets?serverHardwareTypeUri="
                    + enc(firstServer(lister, "position=1").get("serverHardwareTypeUri").asText())).body().get("targets");
            List<String> servers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                servers.add(targets.get(i).get("serverHardwareUri").asText());
            }
            ExecutorService pool = Executors.newFixedThreadPool(10);
            try {
                List<Future<TestClient.Resp>> results = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    int n = i;
                    results.add(pool.submit(() -> {
                        TestClient c = new TestClient(sim).login();
                        return c.post("/rest/server-profiles", newProfile(c, "node-" + n, servers.get(n)));
                    }));
                }
                List<String> tasks = new ArrayList<>();
                for (Future<TestClient.Resp> f : results) {
                    TestClient.Resp r = f.get();
                    assertThat(r.status()).isEqualTo(202);
                    tasks.add(lister.pathOf(r.header("Location")));
                }
                clock.advance(TASK.plus(Duration.ofMillis(1)));
                for (String task : tasks) {
                    assertThat(lister.get(task).body().get("taskState").asText()).isEqualTo("Completed");
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(sim.profileCount()).isEqualTo(50);
            assertThat(sim.servers().stream().filter(s -> s.state().equals("ProfileApplied")).count()).isEqualTo(50);
            assertThat(lister.get("/rest/server-profiles?count=1").body().get("total").asInt()).isEqualTo(50);
        }
    }
}
