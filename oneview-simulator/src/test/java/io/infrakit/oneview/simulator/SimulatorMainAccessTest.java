package io.infrakit.oneview.simulator;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("standalone main: the password and the admin token")
class SimulatorMainAccessTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(AtomicReference<OneViewSimulator> started, String... args) {
        CountDownLatch stop = new CountDownLatch(1);
        return SimulatorMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), sim -> {
                    started.set(sim);
                    TestClient anonymous = new TestClient(sim);
                    anonymous.adminToken = null;
                    assertThat(anonymous.post("/rest/login-sessions",
                            Map.of("userName", "administrator", "password", "simulator")).status()).isEqualTo(401);
                    assertThat(anonymous.post("/admin/reset", Map.of()).status())
                            .isEqualTo(sim.isAdminApiEnabled() ? 401 : 404);
                    if (sim.isAdminApiEnabled()) {
                        assertThat(new TestClient(sim).get("/admin/status").status()).isEqualTo(200);
                    }
                    stop.countDown();
                }, stop);
    }

    @Test
    void byDefaultTheBannerShowsARandomPasswordAndTheAdminToken() {
        AtomicReference<OneViewSimulator> sim = new AtomicReference<>();
        assertThat(run(sim, "--port", "0", "--http")).isZero();

        String banner = out.toString(StandardCharsets.UTF_8);
        assertThat(sim.get().password()).hasSize(32);
        assertThat(banner).contains("administrator / " + sim.get().password(),
                "header 'Authorization: Bearer " + sim.get().adminToken() + "'");
    }

    @Test
    void secretsWrittenToFilesAreOwnerOnlyAndLeftOutOfTheBanner(@TempDir Path dir) throws IOException {
        Path credentials = dir.resolve("ov.properties");
        Path token = dir.resolve("admin-token");
        Path victim = Files.writeString(dir.resolve("victim"), "keep");
        Files.createSymbolicLink(token, victim);
        AtomicReference<OneViewSimulator> sim = new AtomicReference<>();

        assertThat(run(sim, "--port", "0", "--credentials-out", credentials.toString(),
                "--admin-token-out", token.toString())).isZero();

        Properties written = new Properties();
        written.load(new StringReader(Files.readString(credentials)));
        assertThat(written).containsOnlyKeys("address", "username", "password")
                .containsEntry("address", sim.get().baseUri().toString())
                .containsEntry("username", "administrator").containsEntry("password", sim.get().password());
        assertThat(Files.readString(token)).isEqualTo(sim.get().adminToken());
        assertThat(Files.isSymbolicLink(token)).isFalse();
        assertThat(Files.readString(victim)).isEqualTo("keep");
        for (Path file : new Path[] {credentials, token}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        String banner = out.toString(StandardCharsets.UTF_8);
        assertThat(banner).doesNotContain(sim.get().password()).doesNotContain(sim.get().adminToken())
                .contains("password written to " + credentials, "token written to " + token);
    }

    @Test
    void noAdminSwitchesTheAdminApiOff() {
        AtomicReference<OneViewSimulator> sim = new AtomicReference<>();
        assertThat(run(sim, "--port", "0", "--http", "--no-admin")).isZero();

        assertThat(sim.get().isAdminApiEnabled()).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("admin API:    off");
    }

    @Test
    void aTokenFileWithoutAnAdminApiIsAUsageError() {
        assertThat(run(new AtomicReference<>(), "--no-admin", "--admin-token-out", "/tmp/x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--admin-token-out: the admin API is off");
    }
}
