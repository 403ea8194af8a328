package io.infrakit.oneview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrakit.oneview.pluginclient.PluginClient;
import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.RawJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A plugin process killed with SIGKILL while provisions are committing loses no acknowledged instance: after a
 * restart on the same state file (whose lock died with the process) every ID a client received is described.
 */
class KillNineTest {

    private Path root;
    private Process plugin;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createTempDirectory(Path.of("/tmp"), "ikk");
    }

    @AfterEach
    void tearDown() throws IOException {
        if (plugin != null) {
            plugin.destroyForcibly();
        }
        try (var files = Files.walk(root)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    private Process startPlugin() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--name", "crash", "--provider", "file", "--state", root.resolve("state.json").toString(),
                "--dir", root.resolve("instances").toString());
        builder.environment().put("INFRAKIT_PLUGINS_DIR", root.resolve("plugins").toString());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        BufferedReader log = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = log.readLine(); line != null; line = log.readLine()) {
            seen.append(line).append('\n');
            if (line.contains("Listening on")) {
                Thread drain = new Thread(() -> log.lines().forEach(l -> { }), "plugin-log");
                drain.setDaemon(true);
                drain.start();
                return process;
            }
        }
        throw new AssertionError("the plugin exited before listening:\n" + seen);
    }

    @Test
    void everyAcknowledgedProvisionSurvivesSigkill() throws Exception {
        plugin = startPlugin();
        Path socket = root.resolve("plugins").resolve("crash");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        CountDownLatch enough = new CountDownLatch(40);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int c = 0; c < 8; c++) {
            clients.submit(() -> {
                try (PluginClient client = PluginClient.of(socket)) {
                    while (true) {
                        acknowledged.add(client.provision(RawJson.of("{\"Properties\":{\"n\":1},\"Tags\":{\"g\":\"crash\"}}")));
                        enough.countDown();
                    }
                } catch (RuntimeException expectedWhenKilled) {
                    return;
                }
            });
        }
        assertThat(enough.await(60, TimeUnit.SECONDS)).as("40 provisions acknowledged").isTrue();
        plugin.destroyForcibly().waitFor();
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        List<String> before = new ArrayList<>(acknowledged);

        plugin = startPlugin();
        try (PluginClient client = PluginClient.of(socket)) {
            List<String> ids = client.describeInstances(Map.of("g", "crash"), false).stream().map(Description::id)
                    .toList();

            assertThat(ids).containsAll(before).doesNotHaveDuplicates();
            try (var files = Files.list(root.resolve("instances"))) {
                assertThat(files.map(f -> f.getFileName().toString()).toList())
                        .as("no instance file is left that the state does not know")
                        .containsExactlyInAnyOrderElementsOf(ids);
            }
        }
    }
}
