package io.infrakit.oneview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrakit.oneview.pluginclient.PluginClient;
import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.client.query.ListOptions;
import io.infrakit.oneview.simulator.OneViewSimulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The state-loss scenario of issue 9, as a user meets it: a plugin made a group of three servers, its state is lost
 * (a disk dies, or InfraKit's manager fails over to a node without the file), and it is started again. Without a
 * rebuild it answers 0 instances and InfraKit makes three more; with {@code --rebuild-state} InfraKit sees the group
 * it had and provisions nothing.
 */
class RebuildStateTest {

    private static final String PROPERTIES = "{\"TemplateName\":\"Web Server Template\"}";

    private Path root;
    private OneViewSimulator appliance;
    private PluginProcess plugin;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createTempDirectory(Path.of("/tmp"), "ikr");
        appliance = OneViewSimulator.builder().taskDuration(Duration.ofMillis(50))
                .powerTaskDuration(Duration.ofMillis(20)).start();
        Files.writeString(root.resolve("ca.pem"), appliance.certificatePem().orElseThrow());
        Files.writeString(root.resolve("password"), appliance.password());
    }

    @AfterEach
    void tearDown() throws Exception {
        if (plugin != null) {
            plugin.kill();
        }
        appliance.close();
        try (var files = Files.walk(root)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    private String[] flags(String... more) {
        List<String> flags = new ArrayList<>(List.of("--state", root.resolve("state").resolve("ov.json").toString(),
                "--ov-address", appliance.baseUri().toString(), "--ov-username", appliance.userName(),
                "--ov-password-file", root.resolve("password").toString(),
                "--ov-ca-bundle", root.resolve("ca.pem").toString(), "--set", "task-poll-interval=20ms"));
        flags.addAll(List.of(more));
        return flags.toArray(String[]::new);
    }

    private PluginProcess start(String... more) throws IOException {
        return PluginProcess.start(root.resolve("plugins"), "ov", Map.of(), flags(more));
    }

    private void loseTheState() throws IOException {
        try (var files = Files.list(root.resolve("state"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }

    @Test
    void afterTheStateIsLostRebuildStateGivesInfraKitTheGroupItHadAndNothingIsProvisioned() throws Exception {
        plugin = start();
        List<String> before;
        try (PluginClient client = PluginClient.of(plugin.socket())) {
            GroupDriver group = new GroupDriver(client, "web", "h1", 3, PROPERTIES);
            assertThat(group.converge()).isEqualTo(3);
            before = group.instances();
            client.label(before.get(0), Map.of("tier", "front"));
        }
        plugin.stop();
        loseTheState();

        plugin = start("--rebuild-state");
        try (PluginClient client = PluginClient.of(plugin.socket())) {
            GroupDriver group = new GroupDriver(client, "web", "h1", 3, PROPERTIES);
            assertThat(group.converge()).as("provisions after the rebuild").isZero();
            assertThat(group.converge()).isZero();
            assertThat(group.instances()).containsExactlyInAnyOrderElementsOf(before);
            assertThat(client.describeInstances(Map.of("tier", "front"), false)).hasSize(1);
        }
        assertThat(appliance.profileCount()).isEqualTo(3);
        assertThat(plugin.log()).contains("--rebuild-state: rebuilt the state: 3 instances adopted");

        // started again with the flag on a state that now holds the group: served as it is
        plugin.stop();
        plugin = start("--rebuild-state");
        assertThat(plugin.log()).contains("the state already holds 3 instances; nothing was adopted");
    }

    @Test
    void withoutARebuildTheLostStateMakesInfraKitProvisionTheGroupAgain() throws Exception {
        plugin = start();
        try (PluginClient client = PluginClient.of(plugin.socket())) {
            new GroupDriver(client, "web", "h1", 2, PROPERTIES).converge();
        }
        plugin.stop();
        loseTheState();
        plugin = start();
        try (PluginClient client = PluginClient.of(plugin.socket())) {
            assertThat(new GroupDriver(client, "web", "h1", 2, PROPERTIES).converge()).isEqualTo(2);
        }
        assertThat(appliance.profileCount()).isEqualTo(4);
        assertThat(plugin.log()).contains("The state is empty. If this plugin made instances before and its state "
                + "was lost, run rebuild-state");
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int command(String... args) {
        out.reset();
        err.reset();
        Main main = new Main(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new PluginPaths(root.resolve("home"), root.resolve("cmd-plugins")));
        return main.run(args);
    }

    @Test
    void theRebuildCommandRefusesANonEmptyStateUnlessAskedAndReportsTwoProfilesClaimingOneId() throws Exception {
        plugin = start();
        String id;
        try (PluginClient client = PluginClient.of(plugin.socket())) {
            new GroupDriver(client, "web", "h1", 2, PROPERTIES).converge();
            id = new GroupDriver(client, "web", "h1", 2, PROPERTIES).instances().get(0);
        }
        plugin.stop();

        List<String> args = new ArrayList<>(List.of("rebuild-state", "--name", "ov"));
        args.addAll(List.of(flags()));
        assertThat(command(args.toArray(String[]::new))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the state already holds 2 instances; nothing was "
                + "adopted (pass --rebuild-merge");

        loseTheState();
        assertThat(command(args.toArray(String[]::new))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("rebuilt the state: 2 instances adopted");

        copyProfileOf(id);
        loseTheState();
        assertThat(command(args.toArray(String[]::new))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nothing was adopted: several machines claim the "
                + "same instance ID").contains("  " + id + ": server profile ");
        args.add("--rebuild-merge");
        assertThat(command(args.toArray(String[]::new))).isEqualTo(1);
    }

    /** Makes a second profile, on a free server, whose marker claims the same instance as an existing one. */
    private void copyProfileOf(String instanceId) {
        try (OneViewClient client = OneViewClient.builder().address(appliance.baseUri().toString())
                .credentials(appliance.userName(), appliance.password()).caBundle(root.resolve("ca.pem")).build()) {
            ServerProfile original = client.serverProfiles().stream(ListOptions.builder().build())
                    .filter(p -> p.description() != null && p.description().contains(instanceId)).findFirst()
                    .orElseThrow();
            var used = client.serverHardware().get(original.serverHardwareUri());
            String free = client.serverHardware().stream(ListOptions.builder().build())
                    .filter(h -> h.serverProfileUri() == null
                            && h.serverHardwareTypeUri().equals(used.serverHardwareTypeUri())
                            && java.util.Objects.equals(h.serverGroupUri(), used.serverGroupUri()))
                    .findFirst().orElseThrow().uri();
            client.serverProfiles().create(client.serverProfileTemplates().newProfile(original
                    .serverProfileTemplateUri()).withName("copy-of-" + original.name()).withServerHardwareUri(free)
                    .withDescription(original.description())).await();
        }
    }
}
