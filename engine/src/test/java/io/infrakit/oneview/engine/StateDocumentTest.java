package io.infrakit.oneview.engine;

import static io.infrakit.oneview.engine.EngineFixture.engine;
import static io.infrakit.oneview.engine.EngineFixture.ids;
import static io.infrakit.oneview.engine.EngineFixture.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.spi.Attachment;
import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.Tags;
import io.infrakit.oneview.spi.provider.MachineStatus;
import io.infrakit.oneview.store.FileStateStore;
import io.infrakit.oneview.store.MemoryStateStore;
import io.infrakit.oneview.store.StateStoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state document: its exact format, restarts, and documents the engine refuses. */
class StateDocumentTest {

    @TempDir
    Path dir;

    @Test
    void theDocumentHasAVersionBothListsAndEverythingAboutEachInstance() throws Exception {
        FakeProvider provider = new FakeProvider();
        Path file = dir.resolve("state.json");
        try (ProviderInstancePlugin plugin = engine(provider, FileStateStore.open(file))) {
            plugin.provision(new Spec(RawJson.of("{\"price\": 1.50}"), Tags.copyOf(Map.of("infrakit.group", "g")),
                    "echo hi", "lid-1", List.of(new Attachment("vol-1", "ebs"))));
            plugin.provision(spec("null", Map.of()));
            provider.health.put("instance-2", MachineStatus.gone("gone"));
            plugin.describeInstances(Map.of(), false);
        }
        assertThat(Files.readString(file)).isEqualTo("""
                {
                  "version": 1,
                  "Instances": [
                    {
                      "ID": "instance-1",
                      "LogicalID": "lid-1",
                      "Tags": {
                        "infrakit.group": "g"
                      },
                      "Created": "2026-11-24T01:00:00Z",
                      "Spec": {
                        "Properties": {"price":1.50},
                        "Tags": {
                          "infrakit.group": "g"
                        },
                        "Init": "echo hi",
                        "LogicalID": "lid-1",
                        "Attachments": [
                          {
                            "ID": "vol-1",
                            "Type": "ebs"
                          }
                        ]
                      },
                      "Machine": {"slot":"instance-1"}
                    }
                  ],
                  "NonFunctional": [
                    {
                      "ID": "instance-2",
                      "LogicalID": null,
                      "Tags": {},
                      "Created": "2026-11-24T01:00:00Z",
                      "Spec": {
                        "Properties": null,
                        "Tags": {},
                        "Init": "",
                        "LogicalID": null,
                        "Attachments": null
                      },
                      "Machine": {"slot":"instance-2"}
                    }
                  ],
                  "Unfinished": []
                }
                """);
    }

    @Test
    void aNewEngineOnTheSameStateFileKeepsEverything() {
        FakeProvider provider = new FakeProvider();
        Path file = dir.resolve("nested").resolve("state.json");
        String properties = "{\"price\":1.50,\"big\":12345678901234567890,\"list\":[1.0e3, \"\\u00e9\"]}";
        List<Description> before;
        try (ProviderInstancePlugin plugin = engine(provider, FileStateStore.open(file))) {
            plugin.provision(spec(properties, Map.of("infrakit.group", "g", "infrakit.config.hash", "bootstrap")));
            String b = plugin.provision(spec("{}", Map.of("infrakit.group", "g")));
            plugin.provision(spec("{\"c\":3}", Map.of("infrakit.group", "g")));
            plugin.label("instance-1", Map.of("infrakit.config.hash", "h1"));
            provider.health.put(b, MachineStatus.failed("broken"));
            before = plugin.describeInstances(Map.of(), true);
        }
        assertThat(ids(before)).containsExactly("instance-1", "instance-3");

        try (ProviderInstancePlugin plugin = ProviderInstancePlugin.builder().provider(provider)
                .store(FileStateStore.open(file)).idGenerator(EngineFixture.sequentialIds()).build()) {
            assertThat(plugin.describeInstances(Map.of(), true)).isEqualTo(before);
            assertThat(before.get(0).properties().json()).startsWith("{\"Properties\":" + RawJson.of(properties)
                    .json() + ",");
            assertThat(before.get(0).tags()).containsEntry("infrakit.config.hash", "h1");
            // the non-functional instance was kept: it comes back first when it recovers
            provider.health.clear();
            assertThat(ids(plugin.describeInstances(Map.of(), false)))
                    .containsExactly("instance-2", "instance-1", "instance-3");
            // IDs in the state are never given out again
            assertThat(plugin.provision(spec("{}", Map.of()))).isEqualTo("instance-4");
        }
    }

    @Test
    void theCDemoLayoutLoads() {
        MemoryStateStore store = new MemoryStateStore();
        store.write(0, "{\"Provider\": {}, \"Instances\": [{\"ID\": \"InfraKit-42\", \"LogicalID\": null, "
                + "\"Tags\": {\"infrakit.config_sha\": \"SHA1\", \"infrakit.group\": \"workers\"}}], "
                + "\"NonFunctional\": []}");
        FakeProvider provider = new FakeProvider();
        try (ProviderInstancePlugin plugin = engine(provider, store)) {
            List<Description> described = plugin.describeInstances(Map.of("infrakit.group", "workers"), true);
            assertThat(ids(described)).containsExactly("InfraKit-42");
            assertThat(described.get(0).properties().json()).isEqualTo("{\"Properties\":null,\"Tags\":{"
                    + "\"infrakit.config_sha\":\"SHA1\",\"infrakit.group\":\"workers\"},\"Init\":\"\","
                    + "\"LogicalID\":null,\"Attachments\":null}");
        }
    }

    @Test
    void aDocumentOfAnotherVersionOrShapeStopsStartUp() {
        String[][] cases = {
                {"{\"version\": 2, \"Instances\": []}", "unsupported state version 2; this plugin reads version 1"},
                {"{\"StateVersion\": \"0.3.0\", \"OneViewGroups\": []}", "no \"version\" and no \"Instances\""},
                {"{\"version\": 1, \"Instances\": [{\"LogicalID\": null}]}", "an entry of \"Instances\" has no \"ID\""},
                {"{\"version\": 1, \"Instances\": {}}", "\"Instances\" should be an array"},
                {"{\"version\": 1, \"Instances\": [{\"ID\": 7}]}", "ID is not a string"},
                {"{\"version\": 1, \"Instances\": [{\"ID\": \"i\", \"Created\": \"yesterday\"}]}",
                        "\"Created\" is not an ISO-8601 instant"},
        };
        for (String[] c : cases) {
            MemoryStateStore store = new MemoryStateStore();
            store.write(0, c[0]);
            assertThatThrownBy(() -> engine(new FakeProvider(), store)).as(c[0])
                    .isInstanceOf(StateStoreException.class)
                    .hasMessageStartingWith("the state in memory is not an instance state this plugin can read (")
                    .hasMessageContaining(c[1])
                    .hasMessageEndingWith("); it was left untouched");
            assertThat(store.read().revision()).isEqualTo(1);
        }
    }

    @Test
    void aWriteBySomeoneElseIsReadAndKeptNotOverwritten() {
        MemoryStateStore store = new MemoryStateStore();
        FakeProvider provider = new FakeProvider();
        try (ProviderInstancePlugin plugin = engine(provider, store)) {
            plugin.provision(spec("{}", Map.of()));
            store.write(store.read().revision(), store.read().json().replace("\"NonFunctional\": []",
                    "\"NonFunctional\": [{\"ID\": \"other\", \"Tags\": {}}]"));

            plugin.provision(spec("{}", Map.of()));

            EngineState state = StateCodec.decode(store.read().json(), "memory");
            assertThat(state.active()).extracting(InstanceRecord::id).containsExactly("instance-1", "instance-2");
            assertThat(state.nonFunctional()).extracting(InstanceRecord::id).containsExactly("other");
            assertThat(ids(plugin.describeInstances(Map.of(), false)))
                    .containsExactly("other", "instance-1", "instance-2");
        }
    }
}
