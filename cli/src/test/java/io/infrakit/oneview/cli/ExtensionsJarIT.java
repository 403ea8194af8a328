package io.infrakit.oneview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrakit.oneview.pluginclient.PluginClient;
import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.RawJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar ({@code java -jar}, which ignores the class path) serves a third-party provider from a jar in its
 * extensions folder: the one given with {@code --extensions}, or {@code extensions/} beside the jar. Runs after
 * {@code package} (failsafe), on the jar the build made.
 */
class ExtensionsJarIT {

    private static final String SPEC = "{\"Properties\":{\"Note\":\"third party\"},"
            + "\"Tags\":{\"infrakit.group\":\"ext\"}}";

    private Path root;
    private Path jar;

    @BeforeEach
    void setUp() throws IOException {
        jar = Path.of(System.getProperty("plugin.jar", "target/infrakit-instance-oneview.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged jar (run by failsafe after package)").isRegularFile();
        root = Files.createTempDirectory(Path.of("/tmp"), "ikx");
    }

    @AfterEach
    void tearDown() throws IOException {
        try (var files = Files.walk(root)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void javaDashJarServesAProviderFromTheGivenExtensionsFolder() throws Exception {
        Path extensions = Files.createDirectory(root.resolve("ext"));
        ProviderJar.write("tiny", extensions.resolve("tiny-provider.jar"), root.resolve("build"));
        List<String> command = new ArrayList<>(PluginProcess.javaJar(jar));
        command.addAll(List.of("--name", "tinyp", "--extensions", extensions.toString(), "--provider", "tiny",
                "--state", "memory:"));

        try (PluginProcess plugin = PluginProcess.run(command, environment())) {
            assertThat(plugin.log()).contains("Extensions: 1 jar(s) in " + extensions + ": tiny-provider.jar")
                    .contains("with provider 'tiny'");
            servesTheTinyProvider(plugin.socket());
            plugin.stop();
        }
    }

    @Test
    void javaDashJarServesAProviderFromTheExtensionsFolderBesideTheJar() throws Exception {
        Path app = Files.createDirectory(root.resolve("app"));
        Path copy = Files.copy(jar, app.resolve("infrakit-instance-oneview.jar"));
        Path extensions = Files.createDirectory(app.resolve("extensions"));
        ProviderJar.write("tiny", extensions.resolve("tiny-provider.jar"), root.resolve("build"));
        List<String> command = new ArrayList<>(PluginProcess.javaJar(copy));
        command.addAll(List.of("--name", "tinyd", "--provider", "tiny", "--state", "memory:"));

        try (PluginProcess plugin = PluginProcess.run(command, environment())) {
            servesTheTinyProvider(plugin.socket());
            plugin.stop();
        }
    }

    @Test
    void aMissingGivenFolderStopsStartUpWithStatusTwo() throws Exception {
        List<String> command = new ArrayList<>(PluginProcess.javaJar(jar));
        command.addAll(List.of("--extensions", root.resolve("nowhere").toString(), "--provider", "file",
                "--dir", root.resolve("instances").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("Error: --extensions: no folder at " + root.resolve("nowhere"));
        assertThat(root.resolve("plugins")).doesNotExist();
    }

    private Map<String, String> environment() {
        return Map.of("INFRAKIT_PLUGINS_DIR", root.resolve("plugins").toString(),
                "HOME", root.resolve("home").toString());
    }

    private static void servesTheTinyProvider(Path socket) {
        try (PluginClient client = PluginClient.of(socket)) {
            String id = client.provision(RawJson.of(SPEC));
            List<Description> described = client.describeInstances(Map.of("infrakit.group", "ext"), true);
            assertThat(described).extracting(Description::id).containsExactly(id);
            assertThat(described.get(0).properties().json()).contains("\"madeBy\":\"tiny\"");
            client.destroy(id, DestroyContext.TERMINATE);
            assertThat(client.describeInstances(Map.of("infrakit.group", "ext"), false)).isEmpty();
        }
    }
}
