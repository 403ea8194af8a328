package io.infrakit.oneview.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.pluginclient.PluginClient;
import io.infrakit.oneview.spi.RawJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Everything the plugin creates has its final mode from the start, whatever the umask; unsafe folders are refused. */
@Timeout(120)
class PermissionsTest {

    private Path root;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createTempDirectory(Path.of("/tmp"), "ikm");
    }

    @AfterEach
    void tearDown() throws IOException {
        try (var files = Files.walk(root)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void underUmask000NothingTheFileProviderPluginCreatesIsWritableByOthers() throws Exception {
        Path home = root.resolve("home").resolve(".infrakit");
        Path plugins = home.resolve("plugins");
        Path instances = root.resolve("data").resolve("instances");
        String id;
        try (PluginProcess plugin = PluginProcess.start(true, Map.of("INFRAKIT_PLUGINS_DIR", plugins.toString()),
                "--name", "perm", "--provider", "file", "--state", root.resolve("state").resolve("s.json").toString(),
                "--dir", instances.toString())) {
            try (PluginClient client = PluginClient.of(plugins.resolve("perm"))) {
                id = client.provision(RawJson.of("{\"Properties\":{\"n\":1},\"Tags\":{\"g\":\"perm\"}}"));
            }
            assertThat(mode(root.resolve("home"))).isEqualTo("rwx------");
            assertThat(mode(home)).isEqualTo("rwx------");
            assertThat(mode(plugins)).isEqualTo("rwx------");
            assertThat(mode(plugins.resolve("perm"))).as("socket").isEqualTo("rw-------");
            assertThat(mode(plugins.resolve("perm.pid"))).isEqualTo("rw-r--r--");
            assertThat(mode(root.resolve("data"))).isEqualTo("rwx------");
            assertThat(mode(instances)).isEqualTo("rwx------");
            assertThat(mode(instances.resolve(id))).isEqualTo("rw-------");
            assertThat(mode(root.resolve("state"))).isEqualTo("rwx------");
            assertThat(mode(root.resolve("state").resolve("s.json"))).isEqualTo("rw-------");
            try (var files = Files.list(plugins)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("perm", "perm.pid");
            }
        }
    }

    private RunningPlugin start(ServeOptions options, Path pluginsDir) throws IOException {
        return new PluginRunner(options, new PluginPaths(root.resolve("home"), pluginsDir),
                new PrintStream(new ByteArrayOutputStream()), Map.of()).start();
    }

    private ServeOptions fileProvider() {
        ServeOptions options = new ServeOptions();
        options.provider = "file";
        options.dir = root.resolve("instances");
        options.state = root.resolve("state.json").toString();
        return options;
    }

    @Test
    void aPluginsDirectoryOthersCanWriteToIsRefusedAndNothingIsBound() throws IOException {
        for (String unsafe : new String[] {"rwxrwxrwx", "rwxrwx---", "rwx---rwx"}) {
            Path plugins = Files.createDirectories(root.resolve("shared-" + unsafe.hashCode()));
            Files.setPosixFilePermissions(plugins, PosixFilePermissions.fromString(unsafe));

            assertThatThrownBy(() -> start(fileProvider(), plugins)).isInstanceOf(StartupException.class)
                    .hasMessageContaining("the plugins directory " + plugins + " can be written by other users")
                    .hasMessageContaining("chmod go-w " + plugins);
            try (var files = Files.list(plugins)) {
                assertThat(files).isEmpty();
            }
        }
    }

    @Test
    void aSocketModeGivenByFlagIsTheSocketsModeFromTheStart() throws IOException {
        ServeOptions options = fileProvider();
        options.socketMode = "660";
        try (RunningPlugin plugin = start(options, root.resolve("plugins"))) {
            assertThat(mode(plugin.socket())).isEqualTo("rw-rw----");
        }
    }

    @Test
    void aSocketModeThatLetsEveryUserInIsWarnedAbout() throws IOException {
        Path plugins = root.resolve("plugins");
        for (String socketMode : new String[] {"666", "660"}) {
            try (PluginProcess plugin = PluginProcess.start(false, Map.of("INFRAKIT_PLUGINS_DIR", plugins.toString()),
                    "--provider", "file", "--state", root.resolve("state.json").toString(),
                    "--dir", root.resolve("instances").toString(), "--socket-mode", socketMode)) {
                boolean warned = plugin.lines().stream().anyMatch(l -> l.contains(" WARN ")
                        && l.contains("--socket-mode " + socketMode + " lets every local user connect to the plugin"));
                assertThat(warned).as("warned about --socket-mode " + socketMode).isEqualTo(socketMode.equals("666"));
            }
        }
    }
}
