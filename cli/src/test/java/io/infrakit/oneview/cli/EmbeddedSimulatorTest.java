package io.infrakit.oneview.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.pluginclient.PluginCallException;
import io.infrakit.oneview.pluginclient.PluginClient;
import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.RawJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The README's first command: the default provider is {@code oneview}, and with no appliance configured the plugin
 * serves the embedded OneView simulator, so a newcomer sees real provisioning work.
 */
class EmbeddedSimulatorTest {

    private Path root;
    private PluginPaths paths;
    private RunningPlugin plugin;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createTempDirectory(Path.of("/tmp"), "iks");
        paths = new PluginPaths(root.resolve("home"), root.resolve("plugins"));
    }

    @AfterEach
    void tearDown() throws IOException {
        if (plugin != null) {
            plugin.close();
        }
        try (var files = Files.walk(root)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void withNoApplianceConfiguredTheDefaultProviderProvisionsOnTheEmbeddedSimulator() throws IOException {
        ServeOptions options = new ServeOptions();
        options.name = "sim-plugin";
        plugin = new PluginRunner(options, paths, System.err, Map.of()).start();

        try (PluginClient client = PluginClient.of(paths.socket("sim-plugin"))) {
            client.validate(RawJson.of("{\"TemplateName\":\"Web Server Template\"}"));
            assertThatThrownBy(() -> client.validate(RawJson.of("{\"TemplateName\":\"No Such Template\"}")))
                    .isInstanceOf(PluginCallException.class).hasMessageContaining("No Such Template");

            String id = client.provision(RawJson.of("{\"Properties\":{\"TemplateName\":\"Web Server Template\"},"
                    + "\"Tags\":{\"infrakit.group\":\"web\"}}"));
            List<Description> described = client.describeInstances(Map.of("infrakit.group", "web"), true);

            assertThat(described).hasSize(1);
            assertThat(described.get(0).id()).isEqualTo(id);
            assertThat(described.get(0).properties().json()).contains("\"PowerState\":\"On\"");
            String state = Files.readString(paths.defaultStateFile("sim-plugin"), StandardCharsets.UTF_8);
            assertThat(state).doesNotContain("\"simulator\"").doesNotContainIgnoringCase("password\":");

            client.destroy(id, DestroyContext.TERMINATE);
            assertThat(client.describeInstances(Map.of(), false)).isEmpty();
        }
    }

    @Test
    void aRestartedPluginFindsItsSimulatorAgainAndReportsTheOldInstancesGone() throws IOException {
        ServerStarter start = () -> {
            ServeOptions options = new ServeOptions();
            options.name = "sim-restart";
            return new PluginRunner(options, paths, System.err, Map.of()).start();
        };
        plugin = start.start();
        String first;
        try (PluginClient client = PluginClient.of(paths.socket("sim-restart"))) {
            first = client.provision(RawJson.of("{\"Properties\":{\"TemplateName\":\"Web Server Template\"},"
                    + "\"Tags\":{\"infrakit.group\":\"web\"}}"));
        }
        plugin.close();

        plugin = start.start();
        try (PluginClient client = PluginClient.of(paths.socket("sim-restart"))) {
            assertThat(client.describeInstances(Map.of(), false)).isEmpty();
            String second = client.provision(RawJson.of("{\"Properties\":{\"TemplateName\":\"Web Server Template\"},"
                    + "\"Tags\":{\"infrakit.group\":\"web\"}}"));

            List<Description> described = client.describeInstances(Map.of("infrakit.group", "web"), false);
            assertThat(described).hasSize(1);
            assertThat(described.get(0).id()).isEqualTo(second).isNotEqualTo(first);
        }
    }

    private interface ServerStarter {
        RunningPlugin start() throws IOException;
    }

    @Test
    void anApplianceGivenOnTheCommandLineIsUsedInsteadOfTheSimulator() {
        Map<String, String> settings = new java.util.HashMap<>();
        settings.put("address", "oneview.example.com");

        assertThat(EmbeddedAppliance.needed("oneview", settings, Map.of())).isFalse();
        assertThat(EmbeddedAppliance.needed("oneview", Map.of(), Map.of("OV_ADDRESS", "ov.example.com"))).isFalse();
        assertThat(EmbeddedAppliance.needed("oneview", Map.of("credentials-file", "/etc/ov"), Map.of())).isFalse();
        assertThat(EmbeddedAppliance.needed("file", Map.of(), Map.of())).isFalse();
        assertThat(EmbeddedAppliance.needed("oneview", Map.of(), Map.of("OV_ADDRESS", " "))).isTrue();
    }
}
