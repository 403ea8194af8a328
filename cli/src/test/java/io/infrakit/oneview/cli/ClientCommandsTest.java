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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client commands, run through {@link Main} against a running plugin. */
class ClientCommandsTest {

    private Path root;
    private PluginPaths paths;
    private RunningPlugin plugin;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createTempDirectory(Path.of("/tmp"), "ikc");
        paths = new PluginPaths(root.resolve("home"), root.resolve("plugins"));
        ServeOptions options = new ServeOptions();
        options.provider = "file";
        options.dir = root.resolve("instances");
        plugin = new PluginRunner(options, paths, System.err, Map.of()).start();
    }

    @AfterEach
    void tearDown() throws IOException {
        plugin.close();
        try (var files = Files.walk(root)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    private int run(String stdin, String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return new Main(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                paths).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void provisionDescribeLabelDestroyFromTheCommandLine() throws IOException {
        assertThat(run("{\"Properties\":{\"n\":1},\"Tags\":{\"infrakit.group\":\"g\"},\"LogicalID\":\"lid-1\"}",
                "provision", "-")).isZero();
        String id = out().trim();
        assertThat(id).startsWith("instance-");
        Path spec = root.resolve("spec.json");
        Files.writeString(spec, "{\"Tags\":{\"infrakit.group\":\"other\"}}");
        assertThat(run("", "provision", spec.toString())).isZero();

        assertThat(run("", "describe", "--tags", "infrakit.group=g")).isZero();
        assertThat(out().lines()).containsExactly(
                String.format("%-30s\t%-30s\t%s", "ID", "LOGICAL", "TAGS"),
                String.format("%-30s\t%-30s\t%s", id, "lid-1", "infrakit.group=g"));

        assertThat(run("", "label", id, "tier=web")).isZero();
        assertThat(run("", "describe", "-q", "--tags", "tier=web,infrakit.group=g")).isZero();
        assertThat(out().trim()).isEqualTo(id);

        assertThat(run("", "describe", "-p", "--tags", "tier=web")).isZero();
        assertThat(out()).contains("\"Properties\":{\"n\":1}");

        assertThat(run("", "destroy", id, "--reason", "rolling_update")).isZero();
        assertThat(out().trim()).isEqualTo("destroyed " + id);
        assertThat(run("", "destroy", id)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Error: ").contains(id);
    }

    @Test
    void validateReportsThePluginsVerdict() {
        assertThat(run("{\"Note\":\"ok\"}", "validate", "-")).isZero();
        assertThat(out().trim()).isEqualTo("validate:ok");

        assertThat(run("[1,2]", "validate", "-")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Error: ");
    }

    @Test
    void aSpecThatIsNotAnObjectIsRefusedWithAnExample() {
        assertThat(run("\"text\"", "provision", "-")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("a Spec must be a JSON object");
    }

    @Test
    void anUnknownSubPluginTypeIsReported() {
        assertThat(run("", "describe", "--name", "instance-oneview/compute")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no-plugin:compute");
    }
}
