package io.infrakit.oneview.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.pluginclient.PluginCallException;
import io.infrakit.oneview.pluginclient.PluginClient;
import io.infrakit.oneview.spi.RawJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The whole plugin, with its shipped logging configuration: a value a client sends cannot forge a log line. */
@Timeout(120)
class LogInjectionTest {

    private static final String FORGED = "2026-01-01T00:00:00.000Z INFO  [main] PluginRunner - Stopped";

    private Path root;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createTempDirectory(Path.of("/tmp"), "ikl");
    }

    @AfterEach
    void tearDown() throws IOException {
        try (var files = Files.walk(root)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aTemplateNameWithANewlineOrAnEscapeCannotForgeALogLine() throws IOException {
        Path plugins = root.resolve("plugins");
        PluginProcess plugin = PluginProcess.start(false, Map.of("INFRAKIT_PLUGINS_DIR", plugins.toString()),
                "--name", "inject", "--log", "5", "--state", root.resolve("state.json").toString());
        try (plugin) {
            try (PluginClient client = PluginClient.of(plugins.resolve("inject"))) {
                assertThatThrownBy(() -> client.validate(RawJson.of("{\"TemplateName\":\"Web\\n" + FORGED
                        + "\\r\\u001b[2J\"}"))).isInstanceOf(PluginCallException.class)
                        .hasMessageContaining("Web\n" + FORGED);
            }
        }

        List<String> lines = plugin.lines();
        assertThat(lines).noneMatch(l -> l.startsWith(FORGED)).noneMatch(l -> l.contains("\u001b"));
        assertThat(lines).anyMatch(l -> l.contains("Instance.Validate failed: ") && l.contains("Web\\n" + FORGED));
    }
}
