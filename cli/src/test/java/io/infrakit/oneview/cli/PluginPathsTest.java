package io.infrakit.oneview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginPathsTest {

    private final Path userHome = Path.of("/home/ops");

    @Test
    void pluginsDirectoryVariableWins() {
        PluginPaths paths = PluginPaths.resolve(Map.of("INFRAKIT_PLUGINS_DIR", "/run/ik",
                "INFRAKIT_HOME", "/srv/ik"), userHome);

        assertThat(paths.socket("instance-oneview")).isEqualTo(Path.of("/run/ik/instance-oneview"));
    }

    @Test
    void infrakitHomeIsUsedWhenNoPluginsDirectoryIsSet() {
        PluginPaths paths = PluginPaths.resolve(Map.of("INFRAKIT_HOME", "/srv/ik", "INFRAKIT_PLUGINS_DIR", ""),
                userHome);

        assertThat(paths.pluginsDir()).isEqualTo(Path.of("/srv/ik/plugins"));
    }

    @Test
    void userHomeIsTheLastResortAndHoldsStateAndPidFiles() {
        PluginPaths paths = PluginPaths.resolve(Map.of("HOME", "/elsewhere"), userHome);

        assertThat(paths.socket("p")).isEqualTo(Path.of("/home/ops/.infrakit/plugins/p"));
        assertThat(paths.pidFile("p")).isEqualTo(Path.of("/home/ops/.infrakit/plugins/p.pid"));
        assertThat(paths.defaultStateFile("p")).isEqualTo(Path.of("/home/ops/.infrakit/state/p.json"));
    }

    @Test
    void onlyThePartBeforeTheSlashNamesTheSocket() {
        PluginPaths paths = PluginPaths.resolve(Map.of(), userHome);

        assertThat(paths.socket("instance-oneview/compute")).hasFileName("instance-oneview");
        assertThat(PluginPaths.typeName("instance-oneview/compute")).isEqualTo("compute");
        assertThat(PluginPaths.typeName("instance-oneview")).isEmpty();
    }
}
