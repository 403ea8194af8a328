package io.infrakit.oneview.provider.oneview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.engine.ProviderInstancePlugin;
import io.infrakit.oneview.pluginclient.PluginCallException;
import io.infrakit.oneview.pluginclient.PluginClient;
import io.infrakit.oneview.simulator.OneViewSimulator;
import io.infrakit.oneview.simulator.ServerFailure;
import io.infrakit.oneview.simulator.TaskKind;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.store.Commit;
import io.infrakit.oneview.store.CommitResult;
import io.infrakit.oneview.store.FileStateStore;
import io.infrakit.oneview.store.ForwardingStateStore;
import io.infrakit.oneview.store.MemoryStateStore;
import io.infrakit.oneview.store.StateStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin as InfraKit's group plugin drives it: the engine with this provider (found by name through
 * ServiceLoader) and a state file, served on a Unix socket, talked to in JSON-RPC, against the simulator.
 */
class PluginOverSocketTest {

    private static final String PROPS = "{\"TemplateName\":\"" + Fixture.TEMPLATE + "\",\"ProfileName\":\"Docker\"}";

    @TempDir
    Path tmp;

    private OneViewSimulator sim;
    private SocketPlugins plugins;

    @BeforeEach
    void startSimulator() {
        sim = Fixture.simulator(Duration.ofMillis(100));
        plugins = new SocketPlugins(sim, tmp);
    }

    @AfterEach
    void stop() throws Exception {
        plugins.close();
        sim.close();
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @return the call's {@code result}; fails the test on an error reply */
    private static JsonNode result(PluginClient rpc, String method, String paramsJson) {
        try {
            return JSON.readTree(rpc.call(method, RawJson.of(paramsJson)).json());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the message of the plugin's error (code -32000); fails the test when the call succeeds */
    private static String error(PluginClient rpc, String method, String paramsJson) {
        try {
            rpc.call(method, RawJson.of(paramsJson));
        } catch (PluginCallException e) {
            assertThat(e.code()).as("JSON-RPC error code").isEqualTo(-32000);
            return e.getMessage();
        }
        throw new AssertionError(method + " succeeded but was expected to fail");
    }

    private static String provisionParams(String group, String hash, String logicalId) {
        return "{\"Type\":\"\",\"Spec\":{\"Properties\":" + PROPS + ",\"Tags\":{\"infrakit.group\":\"" + group
                + "\",\"infrakit.config.hash\":\"" + hash + "\"},\"Init\":\"\",\"LogicalID\":"
                + (logicalId == null ? "null" : "\"" + logicalId + "\"") + ",\"Attachments\":null}}";
    }

    private static List<String> ids(JsonNode describeResult) {
        List<String> ids = new ArrayList<>();
        describeResult.get("Descriptions").forEach(d -> ids.add(d.get("ID").asText()));
        return ids;
    }

    private static JsonNode describe(PluginClient rpc, String group, boolean properties) {
        return result(rpc, "Instance.DescribeInstances", "{\"Type\":\"\",\"Tags\":{\"infrakit.group\":\"" + group
                + "\"},\"Properties\":" + properties + "}");
    }

    private OneViewClient client() {
        OneViewClient c = OneViewClient.builder().address(sim.baseUri().toString())
                .credentials(sim.userName(), sim.password()).caBundle(tmp.resolve("ov-ca.pem")).build();
        plugins.add(c);
        return c;
    }

    private String hardwareOf(PluginClient rpc, String group, String id) {
        for (JsonNode d : describe(rpc, group, true).get("Descriptions")) {
            if (d.get("ID").asText().equals(id)) {
                return d.get("Properties").get("ServerHardwareUri").asText();
            }
        }
        throw new AssertionError(id + " is not described");
    }

    @Test
    void aGroupsWholeLifeOverTheSocket() throws Exception {
        Path stateFile = tmp.resolve("state.json");
        OneViewInstanceProvider provider = plugins.provider();
        PluginClient rpc = plugins.serve(plugins.engine(provider, FileStateStore.open(stateFile)), "ov.sock");

        // Validate: good properties, then each kind of bad ones
        assertThat(result(rpc, "Instance.Validate", "{\"Type\":\"\",\"Properties\":" + PROPS + "}").get("OK")
                .asBoolean()).isTrue();
        assertThat(error(rpc, "Instance.Validate", "{\"Type\":\"\",\"Properties\":{\"ProfileName\":\"x\"}}"))
                .contains("TemplateName is required");
        assertThat(error(rpc, "Instance.Validate", "{\"Type\":\"\",\"Properties\":{\"TemplateName\":\"Nope\"}}"))
                .startsWith("TemplateName: there is no server profile template named 'Nope'");
        assertThat(error(rpc, "Instance.Validate", "{\"Type\":\"\",\"Properties\":{\"TemplateName\":\"T\","
                + "\"OneView\":{\"OneViewUsername\":\"administrator\",\"OneViewPassword\":\"x" + Fixture.PASSWORD
                + "\"}}}"))
                .contains("cannot log in").doesNotContain(Fixture.PASSWORD);

        // A request the plugin cannot decode is echoed in the error's data, with the group's password masked
        assertThatThrownBy(() -> rpc.call("Instance.Provision", RawJson.of("{\"Spec\":{\"Properties\":{\"OneView\":"
                + "{\"OneViewPassword\":\"" + Fixture.PASSWORD + "\"}},\"Tags\":5}}")))
                .isInstanceOfSatisfying(PluginCallException.class, e -> {
                    assertThat(e.code()).isEqualTo(-32600);
                    assertThat(e.data().json()).contains("\"OneViewPassword\":\"REDACTED\"")
                            .doesNotContain(Fixture.PASSWORD);
                });

        // 4 parallel provisions in group "workers" (as the group does for Size 4), 1 in group "other"
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<JsonNode>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(pool.submit(() -> result(rpc, "Instance.Provision", provisionParams("workers", "h1", null))));
        }
        calls.add(pool.submit(() -> result(rpc, "Instance.Provision", provisionParams("other", "h1", null))));
        List<String> made = new ArrayList<>();
        for (Future<JsonNode> f : calls) {
            made.add(f.get().get("ID").asText());
        }
        pool.shutdown();
        assertThat(made).doesNotHaveDuplicates().allMatch(id -> id.startsWith("instance-"));
        assertThat(sim.profileCount()).isEqualTo(5);

        // Describe by group tag, with and without properties
        JsonNode workers = describe(rpc, "workers", true);
        assertThat(ids(workers)).hasSize(4).containsAll(made.subList(0, 4));
        JsonNode first = workers.get("Descriptions").get(0);
        assertThat(first.get("Tags").get("infrakit.group").asText()).isEqualTo("workers");
        assertThat(first.get("Properties").get("PowerState").asText()).isEqualTo("On");
        assertThat(first.get("Properties").get("SerialNumber").asText()).isNotBlank();
        assertThat(first.get("Properties").get("ProfileName").asText()).startsWith("Docker-");
        assertThat(describe(rpc, "workers", false).get("Descriptions").get(0).has("Properties")).isFalse();
        assertThat(ids(describe(rpc, "other", false))).containsExactly(made.get(4));
        String state = Files.readString(stateFile);
        assertThat(state).contains(made.get(0)).doesNotContain(Fixture.PASSWORD);

        // Label: merged into the tags, and recorded on the appliance in the profile
        String a = made.get(0);
        result(rpc, "Instance.Label", "{\"Type\":\"\",\"Instance\":\"" + a + "\",\"Labels\":"
                + "{\"infrakit.config.hash\":\"h2\",\"tier\":\"web\"}}");
        JsonNode labelled = describe(rpc, "workers", false).get("Descriptions");
        for (JsonNode d : labelled) {
            if (d.get("ID").asText().equals(a)) {
                assertThat(d.get("Tags").get("infrakit.config.hash").asText()).isEqualTo("h2");
                assertThat(d.get("Tags").get("tier").asText()).isEqualTo("web");
            }
        }
        ServerProfile onAppliance = client().serverProfiles().stream()
                .filter(p -> ProfileMarker.parse(p.description()).map(m -> m.instanceId().equals(a)).orElse(false))
                .findFirst().orElseThrow();
        assertThat(ProfileMarker.parse(onAppliance.description()).orElseThrow().tags())
                .containsEntry("tier", "web").containsEntry("infrakit.config.hash", "h2");

        // Destroy with both contexts; an unknown ID is an error
        result(rpc, "Instance.Destroy", "{\"Type\":\"\",\"Instance\":\"" + a + "\",\"Context\":{\"Reason\":\"terminate\"}}");
        result(rpc, "Instance.Destroy", "{\"Type\":\"\",\"Instance\":\"" + made.get(1)
                + "\",\"Context\":{\"Reason\":\"rolling_update\"}}");
        assertThat(error(rpc, "Instance.Destroy", "{\"Type\":\"\",\"Instance\":\"instance-404\"}"))
                .contains("instance-404");
        assertThat(ids(describe(rpc, "workers", false))).containsExactlyInAnyOrder(made.get(2), made.get(3));
        assertThat(sim.profileCount()).isEqualTo(3);

        // Heal: a server fails, it is no longer reported, the group provisions a replacement; then it recovers
        String c = made.get(2);
        String hwC = hardwareOf(rpc, "workers", c);
        sim.faults().failServer(hwC, ServerFailure.CRITICAL);
        assertThat(ids(describe(rpc, "workers", true))).containsExactly(made.get(3));
        String replacement = result(rpc, "Instance.Provision", provisionParams("workers", "h1", null)).get("ID").asText();
        assertThat(ids(describe(rpc, "workers", false))).containsExactlyInAnyOrder(made.get(3), replacement);
        assertThat(hardwareOf(rpc, "workers", replacement)).isNotEqualTo(hwC);
        sim.faults().recoverServer(hwC);
        assertThat(ids(describe(rpc, "workers", false)).get(0)).isEqualTo(c);

        // The session expires mid-run: InfraKit sees nothing of it
        sim.counters().reset();
        sim.faults().expireAllSessions();
        assertThat(ids(describe(rpc, "workers", false))).hasSize(3);
        String afterExpiry = result(rpc, "Instance.Provision", provisionParams("workers", "h1", null)).get("ID")
                .asText();
        assertThat(sim.counters().get("POST /rest/login-sessions")).isEqualTo(1);

        // A burst of 503s on reads is retried
        sim.faults().failNextRequests(3, 503, "/rest/server-");
        assertThat(ids(describe(rpc, "workers", false))).hasSize(4).contains(afterExpiry);

        // A task that errors: a clean error, nothing leaked, nothing recorded
        int profiles = sim.profileCount();
        sim.faults().failNextTask(TaskKind.CREATE_PROFILE, "MacTypeDiffGlobalMacType");
        assertThat(error(rpc, "Instance.Provision", provisionParams("workers", "h1", null)))
                .contains("creating server profile Docker-").contains("MacTypeDiffGlobalMacType")
                .contains("no profile was left behind");
        assertThat(sim.profileCount()).isEqualTo(profiles);
        assertThat(ids(describe(rpc, "workers", false))).hasSize(4);

        // A 500 on the profile creation itself (a POST: never retried blindly) is a clean error too
        sim.expect("POST", "/rest/server-profiles").respond(500, "{\"errorCode\":\"INTERNAL_ERROR\","
                + "\"message\":\"Simulated internal error.\"}").once();
        String err = error(rpc, "Instance.Provision", provisionParams("workers", "h1", null));
        assertThat(err).contains("creating server profile Docker-").contains("HTTP 500")
                .contains("no profile was left behind");
        assertThat(sim.profileCount()).isEqualTo(profiles);
        assertThat(Files.readString(stateFile)).doesNotContain(Fixture.PASSWORD);
    }

    @Test
    void aQuorumGroupKeepsItsLogicalIdsAcrossARestart() throws Exception {
        Path stateFile = tmp.resolve("quorum.json");
        OneViewInstanceProvider provider = plugins.provider();
        ProviderInstancePlugin engine = plugins.engine(provider, FileStateStore.open(stateFile));
        PluginClient rpc = plugins.serve(engine, "q.sock");
        String id = result(rpc, "Instance.Provision", provisionParams("quorum", "h", "Encl3, bay 7")).get("ID").asText();
        JsonNode d = describe(rpc, "quorum", true).get("Descriptions").get(0);
        assertThat(d.get("LogicalID").asText()).isEqualTo("Encl3, bay 7");
        assertThat(d.get("Properties").get("ServerName").asText()).isEqualTo("Encl3, bay 7");

        // the deprecated credentials object of the C plugin works, and its password never reaches the state file
        String deprecated = "{\"TemplateName\":\"" + Fixture.TEMPLATE + "\",\"CaBundle\":\""
                + tmp.resolve("ov-ca.pem") + "\",\"OneView\":{\"OneViewAddress\":\"" + sim.baseUri().getAuthority()
                + "\",\"OneViewUsername\":\"" + sim.userName() + "\",\"OneViewPassword\":\"" + Fixture.PASSWORD
                + "\"}}";
        result(rpc, "Instance.Validate", "{\"Type\":\"\",\"Properties\":" + deprecated + "}");
        String second = result(rpc, "Instance.Provision", "{\"Type\":\"\",\"Spec\":{\"Properties\":" + deprecated
                + ",\"Tags\":{\"infrakit.group\":\"quorum\"},\"Init\":\"\",\"LogicalID\":\"Encl3, bay 5\","
                + "\"Attachments\":null}}").get("ID").asText();
        assertThat(ids(describe(rpc, "quorum", true))).containsExactlyInAnyOrder(id, second);
        assertThat(Files.readString(stateFile)).contains(second).contains("OneViewUsername")
                .doesNotContain(Fixture.PASSWORD);
        plugins.forget(engine);
        engine.close();

        PluginClient again = plugins.serve(plugins.engine(plugins.provider(), FileStateStore.open(stateFile)), "q2.sock");
        JsonNode after = describe(again, "quorum", false).get("Descriptions");
        assertThat(after).hasSize(2);
        assertThat(after.get(0).get("ID").asText()).isEqualTo(id);
        assertThat(after.get(0).get("LogicalID").asText()).isEqualTo("Encl3, bay 7");
        assertThat(after.get(1).get("LogicalID").asText()).isEqualTo("Encl3, bay 5");
    }

    /** A store that dies (an Error, like a kill) when told to: the engine cannot undo what the provider made. */
    private static final class CrashingStore extends ForwardingStateStore {
        private volatile boolean crash;
        /** With {@link #crash}: how many more commits succeed first (the engine journals a provision first). */
        private volatile int writesBeforeCrash;

        CrashingStore() {
            super(new MemoryStateStore());
        }

        @Override
        public CommitResult commit(Commit commit) {
            if (crash && writesBeforeCrash-- <= 0) {
                throw new SimulatedCrash();
            }
            return super.commit(commit);
        }

        @Override
        public String location() {
            return "crashing memory store";
        }
    }

    private static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash between the profile creation and the state commit");
        }
    }

    private static List<String> journal(StateStore store) {
        return store.load().records().stream().map(r -> r.key()).filter(k -> k.startsWith("journal/")).toList();
    }

    @Test
    void aProfileLeftByACrashBeforeTheStateCommitIsAdoptedByTheNextProcessAndOthersAreLeftAlone() throws Exception {
        CrashingStore store = new CrashingStore();
        OneViewInstanceProvider crashed = plugins.provider();
        ProviderInstancePlugin dying = plugins.engine(crashed, store);
        store.crash = true;
        store.writesBeforeCrash = 1;
        Spec spec = Spec.of(RawJson.of(PROPS), Map.of("infrakit.group", "workers"));
        assertThatThrownBy(() -> dying.provision(spec)).isInstanceOf(SimulatedCrash.class);
        assertThat(sim.profileCount()).isEqualTo(1);
        assertThat(journal(store)).hasSize(1);

        // the next process on the same state: its first describe hands the journalled provision to the provider,
        // which finds the profile applied: it is recorded, once
        store.crash = false;
        OneViewInstanceProvider next = plugins.provider();
        PluginClient rpc = plugins.serve(plugins.engine(next, store), "next.sock");
        List<String> adopted = ids(describe(rpc, "workers", true));
        assertThat(adopted).hasSize(1);
        assertThat(journal(store)).isEmpty();
        assertThat(sim.profileCount()).isEqualTo(1);
        assertThat(ids(describe(rpc, "workers", false))).isEqualTo(adopted);

        // a process on another state file never touches profiles it did not journal
        String id = result(rpc, "Instance.Provision", provisionParams("workers", "h1", null)).get("ID").asText();
        OneViewInstanceProvider stranger = plugins.provider();
        PluginClient other = plugins.serve(plugins.engine(stranger, FileStateStore.open(tmp.resolve("other.json"))),
                "other.sock");
        assertThat(ids(describe(other, "workers", false))).isEmpty();
        assertThat(stranger.recoveryRemovals()).isZero();
        assertThat(ids(describe(rpc, "workers", false))).containsExactlyInAnyOrder(adopted.get(0), id);
        assertThat(sim.profileCount()).isEqualTo(2);
    }
}
