package io.infrakit.oneview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a new user types it: flag syntax, the words of usage errors, their exit status. */
class CommandLineTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        out.reset();
        err.reset();
        Main main = new Main(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                paths());
        return main.run(args);
    }

    private PluginPaths paths() {
        return new PluginPaths(home.resolve(".infrakit"), home.resolve("plugins"));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void flagEqualsValueWorksForThePluginAndForItsCommands() {
        assertThat(run("", "--name=other", "describe")).isEqualTo(1);
        assertThat(err()).contains("cannot talk to the plugin at " + home.resolve("plugins").resolve("other"));

        assertThat(run("", "describe", "--name=third")).isEqualTo(1);
        assertThat(err()).contains(home.resolve("plugins").resolve("third").toString());

        assertThat(run("", "--log=9")).isEqualTo(2);
        assertThat(err()).contains("--log must be between 0 and 5");

        assertThat(run("", "--provider=file", "--set=a", "--dir=" + home.resolve("d"))).isEqualTo(2);
        assertThat(err()).contains("--set expects KEY=VALUE, got 'a'");
    }

    @Test
    void anUnknownFlagOrCommandIsCalledSo() {
        assertThat(run("", "--bogus")).isEqualTo(2);
        assertThat(err()).startsWith("Error: unknown flag --bogus\n");

        assertThat(run("", "describe", "--bogus=1")).isEqualTo(2);
        assertThat(err()).startsWith("Error: unknown flag --bogus for describe\n");

        assertThat(run("", "frobnicate")).isEqualTo(2);
        assertThat(err()).startsWith("Error: unknown command 'frobnicate' (commands: version, rebuild-state, ");
    }

    @Test
    void usageErrorsOfClientCommandsExitTwoWithError() {
        assertThat(run("", "label", "instance-1")).isEqualTo(2);
        assertThat(err()).isEqualTo("Error: label needs an instance ID and at least one key=value\n");

        assertThat(run("", "destroy", "instance-1", "--reason", "whim")).isEqualTo(2);
        assertThat(err()).startsWith("Error: --reason must be terminate or rolling_update");

        assertThat(run("", "validate")).isEqualTo(2);
        assertThat(run("", "provision", home.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err()).startsWith("Error: ").contains("no such file");
    }

    @Test
    void aNameTheOwnerRulesWouldRefuseIsRefusedAtOnceWithTheRule() {
        for (String name : new String[] {"a b", "web\nforged", ".hidden", "x".repeat(65), "a/b", ""}) {
            assertThat(run("", "--name", name)).as(name).isEqualTo(2);
            assertThat(err()).as(name).startsWith("Error: --name must be 1 to 64 letters, digits, '.', '_' or '-', "
                    + "not starting with '.'").doesNotContain("\nforged");
        }
        assertThat(home.resolve("plugins")).doesNotExist();
    }

    @Test
    void limitMessagesNameTheFlag() {
        assertThat(run("", "--provider", "file", "--max-connections", "0")).isEqualTo(2);
        assertThat(err()).contains("--max-connections must be at least 1, got 0").doesNotContain("maxConnections");
        assertThat(run("", "--provider", "file", "--max-body", "0")).isEqualTo(2);
        assertThat(err()).contains("--max-body must be at least 1, got 0");
        assertThat(run("", "--provider", "file", "--idle-timeout", "-1")).isEqualTo(2);
        assertThat(err()).contains("--idle-timeout must be at least 1, got -1");
    }

    @Test
    void anUnusableCaBundleStopsStartUpEvenWithoutAnAppliance() throws IOException {
        assertThat(run("", "--ov-ca-bundle", home.resolve("none.pem").toString())).isEqualTo(2);
        assertThat(err()).contains("--ov-ca-bundle: Cannot read CA bundle " + home.resolve("none.pem")
                + ": no such file");

        Path notPem = Files.writeString(home.resolve("ca.pem"), "not a certificate\n");
        assertThat(run("", "--ov-ca-bundle=" + notPem)).isEqualTo(2);
        assertThat(err()).contains("--ov-ca-bundle: CA bundle " + notPem + " holds no valid PEM certificate");
        assertThat(home.resolve("plugins")).doesNotExist();
    }

    @Test
    void validateSaysWhenTheApplianceCouldNotBeReached() throws IOException {
        Path password = Files.writeString(home.resolve("password"), "secret\n");
        ServeOptions options = new ServeOptions();
        options.name = "unreachable";
        options.state = home.resolve("state.json").toString();
        options.ovAddress = "https://127.0.0.1:1";
        options.ovUsername = "administrator";
        options.ovPasswordFile = password;
        try (RunningPlugin plugin = new PluginRunner(options, paths(), System.err, Map.of()).start()) {
            assertThat(run("{\"TemplateName\":\"Web\"}", "validate", "--name", "unreachable", "-")).isEqualTo(1);

            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).startsWith("validate:unchecked: cannot reach the OneView appliance https://127.0.0.1:1")
                    .contains("template 'Web' was not checked").doesNotContain("validate:ok");

            assertThat(run("{\"ProfileName\":\"x\"}", "validate", "--name=unreachable", "-")).isEqualTo(1);
            assertThat(err()).startsWith("Error: ").contains("TemplateName is required");
        }
    }
}
