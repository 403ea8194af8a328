package io.infrakit.oneview.provider.oneview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.infrakit.oneview.pluginclient.PluginClient;
import io.infrakit.oneview.simulator.OneViewSimulator;
import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.DestroyReason;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.store.FileStateStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Init reaches the machines, InfraKit-style: the engine with the oneview provider on a Unix socket, driven by what
 * InfraKit's group plugin does for a group whose flavor gives an Init (provision to the group's size with the
 * flavor's Init and the config hash as a tag; a rolling update destroys each old instance with reason
 * {@code rolling_update} and provisions its replacement with the new spec; destroy), and the simulator's admin view
 * ({@code GET /admin/servers}) as the proof of what each server received.
 */
class InitDeliveryOverSocketTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROPS = "{\"TemplateName\":\"" + Fixture.TEMPLATE + "\",\"ProfileName\":\"worker\","
            + "\"OSDeploymentPlan\":\"InfraKit Linux\",\"InitAttribute\":\"InfraKitInit\","
            + "\"OSCustomAttributes\":{\"HostName\":\"{profileName}\"}}";
    /** Inits as a flavor renders them: a few lines, a token in them. */
    private static final String INIT_1 = "#!/bin/sh\nset -e\ndocker swarm join --token SWMTKN-1-first 10.0.0.5:2377\n";
    private static final String INIT_2 = "#!/bin/sh\nset -e\ndocker swarm join --token SWMTKN-1-second 10.0.0.6:2377\n";

    @TempDir
    Path tmp;

    private OneViewSimulator sim;
    private SocketPlugins plugins;

    @BeforeEach
    void start() {
        sim = Fixture.simulator(Duration.ofMillis(100));
        plugins = new SocketPlugins(sim, tmp);
    }

    @AfterEach
    void stop() throws Exception {
        plugins.close();
        sim.close();
    }

    private PluginClient plugin() throws Exception {
        return plugins.serve(plugins.engine(plugins.provider(), FileStateStore.open(tmp.resolve("state.json"))),
                "ov.sock");
    }

    /** What InfraKit's group plugin does with an instance plugin, for one group, reduced to its decisions. */
    private static final class Group {
        private final PluginClient plugin;
        private final String name;

        Group(PluginClient plugin, String name) {
            this.plugin = plugin;
            this.name = name;
        }

        List<Description> instances() {
            return plugin.describeInstances(Map.of("infrakit.group", name), true);
        }

        String provision(String hash, String init) throws IOException {
            return plugin.provision(RawJson.of("{\"Properties\":" + PROPS + ",\"Tags\":{\"infrakit.group\":\""
                    + name + "\",\"infrakit.config.hash\":\"" + hash + "\"},\"Init\":" + JSON.writeValueAsString(init)
                    + ",\"LogicalID\":null,\"Attachments\":null}"));
        }

        /** Provisions until the group has its size. */
        void converge(int size, String hash, String init) throws IOException {
            for (int i = instances().size(); i < size; i++) {
                provision(hash, init);
            }
        }
    }

    /** @return the simulator's admin view: server URI to its {@code osDeployment} (a JSON null when none) */
    private Map<String, JsonNode> adminServers() throws Exception {
        HttpClient http = HttpClient.newBuilder().sslContext(sim.sslContext()).build();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sim.baseUri() + "/admin/servers"))
                .header("Authorization", "Bearer " + sim.adminToken()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("GET /admin/servers: " + r.body()).isEqualTo(200);
        Map<String, JsonNode> byUri = new HashMap<>();
        for (JsonNode s : JSON.readTree(r.body())) {
            byUri.put(s.get("uri").asText(), s.get("osDeployment"));
        }
        return byUri;
    }

    private static String decodedInit(JsonNode osDeployment) {
        return new String(Base64.getDecoder().decode(osDeployment.get("attributes").get("InfraKitInit").asText()),
                StandardCharsets.UTF_8);
    }

    private static String serverOf(Description d) throws IOException {
        return JSON.readTree(d.properties().json()).get("ServerHardwareUri").asText();
    }

    /** Every instance's server shows the plan, its profile's name as host name, and exactly the expected Init. */
    private void assertDelivered(List<Description> instances, Map<String, String> initByHash) throws Exception {
        Map<String, JsonNode> servers = adminServers();
        for (Description d : instances) {
            JsonNode props = JSON.readTree(d.properties().json());
            JsonNode os = servers.get(props.get("ServerHardwareUri").asText());
            assertThat(os).as(d.id() + " OS deployment").isNotNull();
            assertThat(os.isNull()).as(d.id() + " OS deployment").isFalse();
            assertThat(os.get("planName").asText()).isEqualTo("InfraKit Linux");
            assertThat(os.get("planUri").asText()).isEqualTo(props.get("OSDeploymentPlanUri").asText());
            assertThat(os.get("attributes").get("HostName").asText()).isEqualTo(props.get("ProfileName").asText());
            assertThat(decodedInit(os)).as(d.id() + " Init").isEqualTo(initByHash.get(d.tags()
                    .get("infrakit.config.hash")));
            assertThat(props.get("OSDeploymentPlan").asText()).isEqualTo("InfraKit Linux");
            assertThat(props.get("OSDeploymentState").asText()).isEqualTo("Deployed");
            assertThat(d.properties().json()).doesNotContain("SWMTKN");
        }
    }

    @Test
    void aGroupsInitReachesEveryServerARollingUpdateGivesTheNewOneToEachReplacementAndDestroyClearsThem()
            throws Exception {
        PluginClient plugin = plugin();
        assertThat(plugin.validateAndReport(RawJson.of(PROPS)).complete()).isTrue();
        Group group = new Group(plugin, "swarm-workers");
        Map<String, String> inits = Map.of("h1", INIT_1, "h2", INIT_2);

        // the group comes up: three servers, each deployed with the plan and exactly the flavor's Init
        group.converge(3, "h1", INIT_1);
        List<Description> first = group.instances();
        assertThat(first).hasSize(3);
        assertDelivered(first, inits);
        // a label rewrites the profile's description only: the deployment stays as it was
        plugin.label(first.get(0).id(), Map.of("tier", "worker"));
        assertDelivered(group.instances(), inits);
        Set<String> used = new HashSet<>();
        for (Description d : first) {
            used.add(serverOf(d));
        }

        // a rolling update with a new Init: each old instance is destroyed, then replaced with the new spec
        for (Description old : first) {
            plugin.destroy(old.id(), new DestroyContext(DestroyReason.ROLLING_UPDATE));
            assertThat(adminServers().get(serverOf(old)).isNull()).as("destroyed " + old.id()).isTrue();
            group.provision("h2", INIT_2);
            List<Description> now = group.instances();
            assertThat(now).hasSize(3);
            // the replacements got the new Init, the old instances still have the old one (never the new)
            assertDelivered(now, inits);
            for (Description d : now) {
                used.add(serverOf(d));
            }
        }
        List<Description> updated = group.instances();
        assertThat(updated).extracting(d -> d.tags().get("infrakit.config.hash")).containsOnly("h2");
        assertThat(updated).extracting(Description::id).doesNotContainAnyElementsOf(
                first.stream().map(Description::id).toList());
        assertDelivered(updated, inits);

        // the group is destroyed: no server keeps an OS deployment, no profile is left
        for (Description d : updated) {
            plugin.destroy(d.id(), DestroyContext.TERMINATE);
        }
        assertThat(group.instances()).isEmpty();
        Map<String, JsonNode> servers = adminServers();
        for (String uri : used) {
            assertThat(servers.get(uri).isNull()).as(uri).isTrue();
        }
        assertThat(sim.profileCount()).isZero();
        assertThat(Files.readString(tmp.resolve("state.json"))).doesNotContain(Fixture.PASSWORD);
    }
}
