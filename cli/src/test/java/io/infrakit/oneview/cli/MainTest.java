package io.infrakit.oneview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        Main main = new Main(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new PluginPaths(home.resolve(".infrakit"), home.resolve("plugins")));
        return main.run(args);
    }

    @Test
    void helpDescribesEveryFlagAndCommand() {
        assertThat(run("", "--help")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--name", "--log", "--state", "--provider",
                "--dir", "--socket-mode", "version", "describe", "provision", "validate", "label", "destroy",
                "simulator", "file");
    }

    @Test
    void thePinnedCertificateFlagReachesTheProviderSetting() {
        assertThat(run("", "--state", home.resolve("state.json").toString(), "--ov-address", "ov.example.com",
                "--ov-username", "u", "--ov-pinned-certificate-sha256", "AB:CD")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("setting pinned-certificate-sha256: Not a SHA-256 certificate fingerprint");
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertThat(run("", "version")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("HPE OneView Instance Plugin for InfraKit, version ");
    }

    @Test
    void refusesALogLevelOutOfRange() {
        assertThat(run("", "--log", "6")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--log must be between 0 and 5");
    }

    @Test
    void refusesAnUnknownFlagInsteadOfStartingAnyway() {
        assertThat(run("", "--bogus")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--bogus");
    }

    @Test
    void badFlagValuesExitWithStatusTwoBeforeAnythingIsCreated() {
        assertThat(run("", "--provider", "file", "--socket-mode", "999")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--socket-mode must be octal");
        assertThat(run("", "--provider", "nosuch")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no instance provider named 'nosuch'");
        assertThat(run("", "--provider", "file", "--max-connections", "0")).isEqualTo(2);

        assertThat(home.resolve("plugins")).doesNotExist();
    }

    @Test
    void clientCommandsFailClearlyWhenNoPluginRuns() {
        assertThat(run("", "describe")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot talk to the plugin at "
                + home.resolve("plugins").resolve("instance-oneview"));
    }

    @Test
    void provisionRefusesMalformedJsonBeforeCallingThePlugin() {
        assertThat(run("{\"Tags\":", "provision", "-")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("standard input: malformed JSON");
    }

    @Test
    void labelNeedsAnIdAndAPair() {
        assertThat(run("", "label", "instance-1")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("label needs an instance ID and at least one");
    }
}
