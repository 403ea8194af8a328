package io.infrakit.oneview.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.pluginclient.PluginCallException;
import io.infrakit.oneview.pluginclient.PluginClient;
import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.RawJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plugin binary's composition, driven over its real Unix socket with the file provider. */
class PluginOverSocketTest {

    private static final String SPEC = "{\"Properties\":{\"Note\":\"hello\",\"size\":1.50,"
            + "\"big\":12345678901234567890},\"Tags\":{\"infrakit.group\":\"workers\",\"tier\":\"web\"},"
            + "\"Init\":\"echo hi\",\"LogicalID\":null,\"Attachments\":null}";

    private Path root;
    private PluginPaths paths;
    private Path instanceDir;
    private RunningPlugin plugin;
    private final List<PluginClient> clients = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createTempDirectory(Path.of("/tmp"), "ikp");
        paths = new PluginPaths(root.resolve("home"), root.resolve("plugins"));
        instanceDir = root.resolve("instances");
    }

    @AfterEach
    void tearDown() throws IOException {
        clients.forEach(PluginClient::close);
        if (plugin != null) {
            plugin.close();
        }
        try (var files = Files.walk(root)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    private ServeOptions options() {
        ServeOptions options = new ServeOptions();
        options.name = "test-plugin";
        options.provider = "file";
        options.dir = instanceDir;
        return options;
    }

    private RunningPlugin start(ServeOptions options) throws IOException {
        return new PluginRunner(options, paths, new PrintStream(new ByteArrayOutputStream()), Map.of()).start();
    }

    private PluginClient client() {
        PluginClient client = PluginClient.of(paths.socket("test-plugin"));
        clients.add(client);
        return client;
    }

    private static List<String> ids(List<Description> descriptions) {
        return descriptions.stream().map(Description::id).toList();
    }

    @Test
    void servesEveryMethodOnItsSocketWithOwnerOnlyPermissionsAndAPidFile() throws IOException {
        plugin = start(options());
        PluginClient client = client();

        assertThat(client.hello()).isEqualTo(Map.of("Instance/0.6.1", List.of(".")));
        client.validate(RawJson.of("{\"Note\":\"x\"}"));
        String id = client.provision(RawJson.of(SPEC));
        client.label(id, Map.of("tier", "db", "extra", "1"));
        List<Description> described = client.describeInstances(Map.of("infrakit.group", "workers"), true);

        assertThat(ids(described)).containsExactly(id);
        assertThat(described.get(0).tags()).isEqualTo(Map.of("extra", "1", "infrakit.group", "workers", "tier", "db"));
        assertThat(described.get(0).properties().json()).contains("\"size\":1.50", "\"big\":12345678901234567890");
        assertThat(Files.getPosixFilePermissions(paths.socket("test-plugin")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(paths.pidFile("test-plugin")))
                .isEqualTo(Long.toString(ProcessHandle.current().pid()));

        client.destroy(id, DestroyContext.TERMINATE);
        assertThat(client.describeInstances(Map.of(), false)).isEmpty();
        assertThatThrownBy(() -> client.destroy(id, DestroyContext.TERMINATE)).isInstanceOf(PluginCallException.class)
                .hasMessageContaining(id);
    }

    @Test
    void healCycleDropsAnInstanceWhoseFileIsDeletedAndPutsItBackFirstWhenRestored() throws IOException {
        plugin = start(options());
        PluginClient client = client();
        String first = client.provision(RawJson.of(SPEC));
        String second = client.provision(RawJson.of(SPEC));
        Path file = instanceDir.resolve(first);
        byte[] content = Files.readAllBytes(file);

        Files.delete(file);
        assertThat(ids(client.describeInstances(Map.of(), false))).containsExactly(second);

        Files.write(file, content);
        assertThat(ids(client.describeInstances(Map.of(), false))).containsExactly(first, second);
    }

    @Test
    void restartKeepsEveryInstance() throws IOException {
        plugin = start(options());
        PluginClient client = client();
        String id = client.provision(RawJson.of(SPEC));
        client.label(id, Map.of("kept", "yes"));
        client.close();
        plugin.close();
        assertThat(paths.socket("test-plugin")).doesNotExist();
        assertThat(paths.pidFile("test-plugin")).doesNotExist();

        plugin = start(options());
        List<Description> described = client().describeInstances(Map.of("kept", "yes"), false);

        assertThat(ids(described)).containsExactly(id);
    }

    @Test
    void refusesACorruptStateFileAndLeavesItUntouched() throws IOException {
        Path state = paths.defaultStateFile("test-plugin");
        Files.createDirectories(state.getParent());
        Files.writeString(state, "{\"version\":1,\"instances\":[{\"ID\":");

        assertThatThrownBy(() -> start(options())).hasMessageContaining(state.toString());

        assertThat(Files.readString(state)).isEqualTo("{\"version\":1,\"instances\":[{\"ID\":");
        assertThat(paths.socket("test-plugin")).doesNotExist();
    }

    @Test
    void refusesASecondPluginOnTheSameStateFile() throws IOException {
        plugin = start(options());
        ServeOptions second = options();
        second.name = "other-plugin";
        second.state = paths.defaultStateFile("test-plugin").toString();

        assertThatThrownBy(() -> start(second)).hasMessageContaining(second.state);
        assertThat(paths.socket("other-plugin")).doesNotExist();
    }

    @Test
    void refusesToStealTheSocketOfALivePluginButReplacesAStaleOne() throws IOException {
        plugin = start(options());
        assertThatThrownBy(() -> start(options())).hasMessageContaining("already listening");
        plugin.close();
        plugin = null;

        Path socket = paths.socket("test-plugin");
        try (ServerSocketChannel stale = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            stale.bind(UnixDomainSocketAddress.of(socket));
        }
        assertThat(socket).exists();

        plugin = start(options());
        assertThat(client().describeInstances(Map.of(), false)).isEmpty();
    }

    @Test
    void refusesANameThatIsNotAPlainFileName() {
        ServeOptions options = options();
        options.name = "../escape";

        assertThatThrownBy(() -> start(options)).hasMessageContaining("--name");
    }

    @Test
    void sixteenConcurrentProvisionsAllGetDistinctIdsAndAreAllDescribed() throws Exception {
        plugin = start(options());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(() -> {
                    try (PluginClient own = PluginClient.of(paths.socket("test-plugin"))) {
                        return own.provision(RawJson.of(SPEC));
                    }
                });
            }
            Set<String> provisioned = new HashSet<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                provisioned.add(f.get());
            }

            assertThat(provisioned).hasSize(16);
            assertThat(ids(client().describeInstances(Map.of("infrakit.group", "workers"), false)))
                    .containsExactlyInAnyOrderElementsOf(provisioned);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void stateFileNeverHoldsAnythingButWhatWasProvisioned() throws IOException {
        plugin = start(options());
        client().provision(RawJson.of(SPEC));

        String state = Files.readString(paths.defaultStateFile("test-plugin"), StandardCharsets.UTF_8);
        // records are JSON strings in the state log: the properties are there byte for byte, escaped
        assertThat(state).contains("\\\"size\\\":1.50").doesNotContainIgnoringCase("password");
        assertThat(Files.getPosixFilePermissions(paths.defaultStateFile("test-plugin")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }
}
