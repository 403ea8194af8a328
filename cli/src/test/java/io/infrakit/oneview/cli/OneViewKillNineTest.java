package io.infrakit.oneview.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.infrakit.oneview.pluginclient.PluginClient;
import io.infrakit.oneview.simulator.ManualClock;
import io.infrakit.oneview.simulator.OneViewSimulator;
import io.infrakit.oneview.simulator.RecordedRequest;
import io.infrakit.oneview.spi.RawJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A plugin process killed with SIGKILL after the appliance accepted a server profile but before the plugin recorded
 * the instance: after a restart on the same state, the journalled provision is settled: pending while the profile is
 * being created, then adopted once it is applied (nothing is provisioned twice, nothing leaks).
 */
class OneViewKillNineTest {

    private static final String SPEC = "{\"Properties\":{\"TemplateName\":\"Web Server Template\"},"
            + "\"Tags\":{\"infrakit.group\":\"web\"}}";

    private Path root;
    private ManualClock clock;
    private OneViewSimulator appliance;
    private Process plugin;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createTempDirectory(Path.of("/tmp"), "ikv");
        clock = new ManualClock();
        appliance = OneViewSimulator.builder().clock(clock).taskDuration(Duration.ofSeconds(30))
                .powerTaskDuration(Duration.ofSeconds(5)).start();
        Files.writeString(root.resolve("ca.pem"), appliance.certificatePem().orElseThrow());
        Files.writeString(root.resolve("password"), appliance.password());
    }

    @AfterEach
    void tearDown() throws IOException {
        if (plugin != null) {
            plugin.destroyForcibly();
        }
        appliance.close();
        try (var files = Files.walk(root)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    private Process startPlugin() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--name", "ov", "--state", root.resolve("state.json").toString(),
                "--ov-address", appliance.baseUri().toString(), "--ov-username", appliance.userName(),
                "--ov-password-file", root.resolve("password").toString(),
                "--ov-ca-bundle", root.resolve("ca.pem").toString(),
                "--set", "orphan-scan-interval=0", "--set", "task-poll-interval=100ms");
        builder.environment().put("INFRAKIT_PLUGINS_DIR", root.resolve("plugins").toString());
        builder.environment().remove("OV_ADDRESS");
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

    private RecordedRequest awaitRequest(Predicate<RecordedRequest> wanted, String what) throws InterruptedException {
        for (RecordedRequest r = appliance.takeRequest(Duration.ofSeconds(60)); r != null;
             r = appliance.takeRequest(Duration.ofSeconds(60))) {
            if (wanted.test(r)) {
                return r;
            }
        }
        throw new AssertionError("the appliance never received " + what);
    }

    @Test
    void aProfileLeftBySigkillIsAdoptedOnceItIsAppliedAfterRestart() throws Exception {
        plugin = startPlugin();
        Path socket = root.resolve("plugins").resolve("ov");
        CompletableFuture<String> provision = CompletableFuture.supplyAsync(() -> {
            try (PluginClient client = PluginClient.of(socket)) {
                return client.provision(RawJson.of(SPEC));
            }
        });
        awaitRequest(r -> r.method().equals("POST") && r.uri().equals("/rest/server-profiles"),
                "the profile creation");
        plugin.destroyForcibly().waitFor();
        assertThatThrownBy(provision::join).hasMessageContaining("cannot talk to the plugin");
        assertThat(appliance.profileCount()).isEqualTo(1);
        String orphan = appliance.servers().stream().filter(s -> s.serverProfileUri() != null).findFirst()
                .orElseThrow().serverProfileUri();
        clock.advance(Duration.ofMinutes(1));

        plugin = startPlugin();
        try (PluginClient client = PluginClient.of(socket)) {
            var described = client.describeInstances(Map.of("infrakit.group", "web"), true);
            assertThat(described).hasSize(1);
            assertThat(new ObjectMapper().readTree(described.get(0).properties().json()).path("ProfileUri").asText())
                    .isEqualTo(orphan);
            assertThat(appliance.profileCount()).isEqualTo(1);
            assertThat(client.describeInstances(Map.of(), false)).hasSize(1);
        }
    }
}
