package io.infrakit.oneview.provider.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.engine.ProviderInstancePlugin;
import io.infrakit.oneview.spi.provider.InstanceProvider;
import io.infrakit.oneview.spi.provider.InstanceProviderFactory;
import io.infrakit.oneview.spi.provider.ProviderContext;
import io.infrakit.oneview.spi.provider.Providers;
import io.infrakit.oneview.store.MemoryStateStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file provider behind the engine, as the plugin runs it. */
class FileProviderEngineTest {

    @TempDir
    Path tmp;

    private static Supplier<String> sequentialIds() {
        AtomicInteger next = new AtomicInteger();
        return () -> "instance-" + next.incrementAndGet();
    }

    private ProviderInstancePlugin plugin(Path dir) {
        return ProviderInstancePlugin.builder().provider(new FileInstanceProvider(dir)).store(new MemoryStateStore())
                .idGenerator(sequentialIds()).build();
    }

    private static List<String> ids(List<Description> descriptions) {
        return descriptions.stream().map(Description::id).toList();
    }

    private static Spec spec() {
        return Spec.of(RawJson.of("{\"Note\":\"x\"}"), Map.of("infrakit.group", "cattle"));
    }

    @Test
    void deletingAnInstanceFileIsTheMachineFailingAndRestoringItIsRecovery() throws Exception {
        Path dir = tmp.resolve("instances");
        try (ProviderInstancePlugin plugin = plugin(dir)) {
            String a = plugin.provision(spec());
            String b = plugin.provision(spec());
            String c = plugin.provision(spec());
            Map<String, String> group = Map.of("infrakit.group", "cattle");
            assertThat(ids(plugin.describeInstances(group, true))).containsExactly(a, b, c);

            Path bFile = dir.resolve(b);
            byte[] saved = Files.readAllBytes(bFile);
            Files.delete(bFile);
            assertThat(ids(plugin.describeInstances(group, true))).containsExactly(a, c);

            Files.write(bFile, saved);
            assertThat(ids(plugin.describeInstances(group, true))).containsExactly(b, a, c);

            plugin.destroy(b, DestroyContext.TERMINATE);
            assertThat(bFile).doesNotExist();
            assertThat(ids(plugin.describeInstances(group, false))).containsExactly(a, c);
        }
    }

    @Test
    void twoPluginsOnTheSameFolderNeverShareAnId() {
        Path dir = tmp.resolve("shared");
        try (ProviderInstancePlugin first = plugin(dir); ProviderInstancePlugin second = plugin(dir)) {
            // both generators start at instance-1: the second plugin finds the file taken and moves on
            String a = first.provision(spec());
            String b = second.provision(spec());
            String c = first.provision(spec());
            assertThat(List.of(a, b, c)).containsExactly("instance-1", "instance-2", "instance-3");
            assertThat(ids(first.describeInstances(Map.of(), false))).containsExactly(a, c);
            assertThat(ids(second.describeInstances(Map.of(), false))).containsExactly(b);
        }
    }

    @Test
    void invalidPropertiesAreRefusedByValidateAndProvision() {
        try (ProviderInstancePlugin plugin = plugin(tmp.resolve("i"))) {
            assertThatThrownBy(() -> plugin.validate(RawJson.of("\"x\"")))
                    .hasMessage("Properties must be a JSON object or null, not a string");
            assertThatThrownBy(() -> plugin.provision(Spec.of(RawJson.of("[]"), Map.of())))
                    .isInstanceOf(InstancePluginException.class)
                    .hasMessage("Properties must be a JSON object or null, not an array");
            assertThat(plugin.describeInstances(Map.of(), false)).isEmpty();
        }
    }

    @Test
    void theProviderIsFoundByNameWithItsFolderFromTheSettingTheEnvironmentOrHome() {
        InstanceProviderFactory factory = Providers.named("file");
        assertThat(factory).isInstanceOf(FileInstanceProviderFactory.class);
        assertThat(factory.description()).isNotBlank();
        Path home = tmp.resolve("home");

        assertThat(folderOf(factory.create(new ProviderContext("p", Map.of("dir", tmp.resolve("set").toString()),
                Map.of("INFRAKIT_INSTANCE_FILE_DIR", tmp.resolve("env").toString()), home))))
                .isEqualTo(tmp.resolve("set"));
        assertThat(folderOf(factory.create(new ProviderContext("p", Map.of(),
                Map.of("INFRAKIT_INSTANCE_FILE_DIR", tmp.resolve("env").toString()), home))))
                .isEqualTo(tmp.resolve("env"));
        assertThat(folderOf(factory.create(new ProviderContext("p", Map.of(), Map.of(), home))))
                .isEqualTo(home.resolve("instance-file"));
        assertThat(home.resolve("instance-file")).isDirectory();
    }

    private static Path folderOf(InstanceProvider provider) {
        return ((FileInstanceProvider) provider).directory();
    }

    @Test
    void aLostStateIsRebuiltFromTheInstanceFiles() {
        Path dir = tmp.resolve("instances");
        List<Description> before;
        try (ProviderInstancePlugin plugin = plugin(dir)) {
            plugin.provision(spec());
            String b = plugin.provision(Spec.of(RawJson.of("{\"n\":2}"), Map.of("infrakit.group", "cattle",
                    "infrakit.config.hash", "h")).withLogicalId("lid-b"));
            plugin.label(b, Map.of("extra", "1"));
            before = plugin.describeInstances(Map.of("infrakit.group", "cattle"), false);
        }
        try (ProviderInstancePlugin plugin = plugin(dir)) {
            assertThat(plugin.rebuildState(false).adopted()).containsExactly("instance-1", "instance-2");
            assertThat(plugin.describeInstances(Map.of("infrakit.group", "cattle"), false)).isEqualTo(before);
        }
    }
}
