package io.infrakit.oneview.simulator;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@DisplayName("standalone main")
class SimulatorMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SimulatorMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), sim -> { }, new CountDownLatch(0));
    }

    @Test
    void helpListsTheOptions() {
        assertThat(run("--help")).isZero();
        String help = out.toString(StandardCharsets.UTF_8);
        assertThat(help).contains("--port", "--http", "--enclosures", "--bays", "--task-duration", "--manual-clock",
                "administrator", "simulator");
    }

    @Test
    void usageErrorsReturn2() {
        assertThat(run("--bogus")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option '--bogus'");
        assertThat(run("--bays")).isEqualTo(2);
        assertThat(run("--bays", "0")).isEqualTo(2);
        assertThat(run("--task-duration", "soon")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--task-duration: not a duration: 'soon'");
    }

    @Test
    void startsPrintsTheUrlAndCredentialsAndStops(@TempDir Path dir) throws Exception {
        Path pem = dir.resolve("sim.pem");
        CountDownLatch stop = new CountDownLatch(1);
        AtomicReference<OneViewSimulator> started = new AtomicReference<>();
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> SimulatorMain.run(
                new String[]{"--port", "0", "--enclosures", "2", "--bays", "4", "--hardware-types", "Alpha 1", "--uniform",
                        "--no-deployment-server", "--user", "ops", "--password", "pw", "--cert-out", pem.toString(), "--task-duration", "PT1S"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                sim -> {
                    started.set(sim);
                    TestClient c = new TestClient(sim).login();
                    assertThat(c.get("/rest/server-profile-templates").body().get("members").get(0).get("name")
                            .asText()).isEqualTo("Alpha 1 Template");
                    assertThat(c.get("/rest/os-deployment-plans").status()).isEqualTo(404);
                    stop.countDown();
                }, stop));
        assertThat(code.get(30, TimeUnit.SECONDS)).isZero();
        String banner = out.toString(StandardCharsets.UTF_8);
        assertThat(banner).contains("listening on " + started.get().baseUri(), "ops / pw", "8 servers",
                "1 templates, no OS deployment server", "written to " + pem);
        assertThat(Files.readString(pem)).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(started.get().taskDuration()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void durations() {
        assertThat(SimulatorMain.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(SimulatorMain.parseDuration("2s")).isEqualTo(Duration.ofSeconds(2));
        assertThat(SimulatorMain.parseDuration("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(SimulatorMain.parseDuration("24h")).isEqualTo(Duration.ofHours(24));
        assertThat(SimulatorMain.parseDuration("PT0.25S")).isEqualTo(Duration.ofMillis(250));
        assertThatIllegalArgumentException().isThrownBy(() -> SimulatorMain.parseDuration("x"));
    }
}
