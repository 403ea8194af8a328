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
import io.infrakit.oneview.store.Commit;
import io.infrakit.oneview.store.Expect;
import io.infrakit.oneview.store.FileStateStore;
import io.infrakit.oneview.store.MemoryStateStore;
import io.infrakit.oneview.store.StateStoreException;
import io.infrakit.oneview.store.Write;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's records: their exact format, restarts, the first release's state file, records it refuses. */
class StateRecordsTest {

    @TempDir
    Path dir;

    @Test
    void eachInstanceIsOneRecordWithItsListItsOrderAndEverythingAboutIt() {
        FakeProvider provider = new FakeProvider();
        MemoryStateStore store = new MemoryStateStore();
        try (ProviderInstancePlugin plugin = engine(provider, store)) {
            plugin.provision(new Spec(RawJson.of("{\"price\": 1.50}"), Tags.copyOf(Map.of("infrakit.group", "g")),
                    "echo hi", "lid-1", List.of(new Attachment("vol-1", "ebs"))));
            plugin.provision(spec("null", Map.of()));
            provider.health.put("instance-2", MachineStatus.gone("gone"));
            plugin.describeInstances(Map.of(), false);
            assertThat(EngineFixture.stored(store)).isEqualTo("instances/instance-1 = {\"ID\":\"instance-1\","
                    + "\"List\":\"active\",\"Order\":1,\"LogicalID\":\"lid-1\",\"Tags\":{\"infrakit.group\":\"g\"},"
                    + "\"Created\":\"2026-11-24T01:00:00Z\",\"Spec\":{\"Properties\":{\"price\":1.50},\"Tags\":"
                    + "{\"infrakit.group\":\"g\"},\"Init\":\"echo hi\",\"LogicalID\":\"lid-1\",\"Attachments\":"
                    + "[{\"ID\":\"vol-1\",\"Type\":\"ebs\"}]},\"Machine\":{\"slot\":\"instance-1\"}}\n"
                    + "instances/instance-2 = {\"ID\":\"instance-2\",\"List\":\"non-functional\",\"Order\":1,"
                    + "\"LogicalID\":null,\"Tags\":{},\"Created\":\"2026-11-24T01:00:00Z\",\"Spec\":{\"Properties\":"
                    + "null,\"Tags\":{},\"Init\":\"\",\"LogicalID\":null,\"Attachments\":null},\"Machine\":"
                    + "{\"slot\":\"instance-2\"}}");
        }
    }

    @Test
    void aCommitWritesOnlyTheRecordsItChanges() {
        FakeProvider provider = new FakeProvider();
        FailingStore store = new FailingStore();
        try (ProviderInstancePlugin plugin = engine(provider, store)) {
            for (int i = 0; i < 20; i++) {
                plugin.provision(spec("{}", Map.of()));
            }
            long before = store.load().revision();
            plugin.label("instance-7", Map.of("k", "v"));
            assertThat(store.changesSince(before).changes()).extracting(c -> c.key())
                    .containsExactly("instances/instance-7");
        }
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

    static final String V1 = """
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
                    "Properties": {"price":1.50,"big":12345678901234567890},
                    "Tags": {
                      "infrakit.group": "g"
                    },
                    "Init": "echo hi",
                    "LogicalID": "lid-1",
                    "Attachments": null
                  },
                  "Machine": {"slot":"instance-1"}
                },
                {
                  "ID": "instance-3",
                  "LogicalID": null,
                  "Tags": {},
                  "Created": "2026-11-24T01:00:00Z",
                  "Spec": {"Properties": null, "Tags": {}, "Init": "", "LogicalID": null, "Attachments": null},
                  "Machine": {"slot":"instance-3"}
                }
              ],
              "NonFunctional": [
                {
                  "ID": "instance-2",
                  "LogicalID": null,
                  "Tags": {},
                  "Created": "2026-11-24T01:00:00Z",
                  "Spec": {"Properties": null, "Tags": {}, "Init": "", "LogicalID": null, "Attachments": null},
                  "Machine": {"slot":"instance-2"}
                }
              ],
              "Unfinished": ["instance-4"]
            }
            """;

    @Test
    void aFirstReleaseStateFileIsConvertedToRecordsKeepingABackup() throws Exception {
        Path file = dir.resolve("state.json");
        Files.writeString(file, V1);
        FakeProvider provider = new FakeProvider();
        try (FileStateStore store = FileStateStore.open(file);
             ProviderInstancePlugin plugin = engine(provider, store)) {
            assertThat(Files.readString(dir.resolve("state.json.v1.bak"))).isEqualTo(V1);
            assertThat(EngineFixture.list(store, InstanceList.ACTIVE)).containsExactly("instance-1", "instance-3");
            assertThat(EngineFixture.list(store, InstanceList.NON_FUNCTIONAL)).containsExactly("instance-2");
            assertThat(EngineFixture.journal(store)).containsExactly("instance-4");

            List<Description> described = plugin.describeInstances(Map.of(), true);

            assertThat(ids(described)).containsExactly("instance-2", "instance-1", "instance-3");
            assertThat(described.get(1).properties().json()).startsWith("{\"Properties\":{\"price\":1.50,\"big\":"
                    + "12345678901234567890},");
            assertThat(provider.recovered).extracting(u -> u.instanceId()).containsExactly("instance-4");
            assertThat(EngineFixture.journal(store)).isEmpty();
        }
        assertThat(Files.readString(file)).startsWith("#infrakit-instance-state log v2\n");
    }

    @Test
    void theCDemoLayoutIsConvertedToo() throws Exception {
        Path file = dir.resolve("state.json");
        Files.writeString(file, "{\"Provider\": {}, \"Instances\": [{\"ID\": \"InfraKit-42\", \"LogicalID\": null, "
                + "\"Tags\": {\"infrakit.config_sha\": \"SHA1\", \"infrakit.group\": \"workers\"}}], "
                + "\"NonFunctional\": []}");
        FakeProvider provider = new FakeProvider();
        try (ProviderInstancePlugin plugin = engine(provider, FileStateStore.open(file))) {
            List<Description> described = plugin.describeInstances(Map.of("infrakit.group", "workers"), true);
            assertThat(ids(described)).containsExactly("InfraKit-42");
            assertThat(described.get(0).properties().json()).isEqualTo("{\"Properties\":null,\"Tags\":{"
                    + "\"infrakit.config_sha\":\"SHA1\",\"infrakit.group\":\"workers\"},\"Init\":\"\","
                    + "\"LogicalID\":null,\"Attachments\":null}");
        }
    }

    @Test
    void aDocumentOfAnotherVersionOrShapeStopsStartUpAndIsLeftAlone() throws Exception {
        String[][] cases = {
                {"{\"version\": 2, \"Instances\": []}", "unsupported state version 2; this plugin reads version 1"},
                {"{\"StateVersion\": \"0.3.0\", \"OneViewGroups\": []}", "no \"version\" and no \"Instances\""},
                {"{\"version\": 1, \"Instances\": [{\"LogicalID\": null}]}", "an entry of \"Instances\" has no \"ID\""},
                {"{\"version\": 1, \"Instances\": {}}", "\"Instances\" should be an array"},
                {"{\"version\": 1, \"Instances\": [{\"ID\": 7}]}", "ID is not a string"},
                {"{\"version\": 1, \"Instances\": [{\"ID\": \"i\", \"Created\": \"yesterday\"}]}",
                        "\"Created\" is not an ISO-8601 instant"},
                {"{\"Instances\": [", "Unexpected end-of-input"},
                {"[]", "the document should be an object"},
                {"{} {}", "unexpected data after the document"},
        };
        Path file = dir.resolve("state.json");
        for (String[] c : cases) {
            Files.writeString(file, c[0]);
            try (FileStateStore store = FileStateStore.open(file)) {
                assertThatThrownBy(() -> engine(new FakeProvider(), store)).as(c[0])
                        .isInstanceOf(StateStoreException.class)
                        .hasMessageStartingWith("the state in " + file + " is not an instance state this plugin can "
                                + "read (")
                        .hasMessageContaining(c[1])
                        .hasMessageEndingWith("); it was left untouched");
            }
            assertThat(Files.readString(file)).isEqualTo(c[0]);
            assertThat(dir.resolve("state.json.v1.bak")).doesNotExist();
        }
    }

    @Test
    void aRecordThisEngineCannotReadStopsStartUp() {
        MemoryStateStore store = new MemoryStateStore();
        store.commit(Commit.of(Write.put("instances/x", "{\"ID\":\"x\"}", Expect.absent())));
        assertThatThrownBy(() -> engine(new FakeProvider(), store)).isInstanceOf(StateStoreException.class)
                .hasMessage("the state in memory is not an instance state this plugin can read (the record "
                        + "instances/x is not one this engine can read (instance x has no \"List\" or no \"Order\" at "
                        + "line 1, column 10)); it was left untouched");
    }

    @Test
    void aCommitBySomeoneElseIsSeenBeforeTheNextCallAndKept() {
        MemoryStateStore store = new MemoryStateStore();
        FakeProvider provider = new FakeProvider();
        try (ProviderInstancePlugin plugin = engine(provider, store);
             MemoryStateStore other = store.newClient()) {
            plugin.provision(spec("{}", Map.of()));
            other.commit(Commit.of(Write.put("instances/other", "{\"ID\":\"other\",\"List\":\"non-functional\","
                    + "\"Order\":1,\"Tags\":{}}", Expect.absent())));

            plugin.provision(spec("{}", Map.of()));

            assertThat(EngineFixture.list(store, InstanceList.ACTIVE)).containsExactly("instance-1", "instance-2");
            assertThat(EngineFixture.list(store, InstanceList.NON_FUNCTIONAL)).containsExactly("other");
            assertThat(ids(plugin.describeInstances(Map.of(), false)))
                    .containsExactly("other", "instance-1", "instance-2");
        }
    }
}
