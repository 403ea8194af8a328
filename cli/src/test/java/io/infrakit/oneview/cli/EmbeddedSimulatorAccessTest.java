package io.infrakit.oneview.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.pluginclient.PluginClient;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.client.transport.ApacheHttpTransport;
import io.infrakit.oneview.client.transport.ApplianceAddress;
import io.infrakit.oneview.client.transport.TransportRequest;
import io.infrakit.oneview.client.transport.TransportResponse;
import io.infrakit.oneview.simulator.OneViewSimulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded simulator as another local user meets it (issue 10, item 4): its port can be found, but its password
 * cannot be guessed and its admin API does nothing without the token; and a state of a real appliance is never
 * served from the simulator because {@code OV_ADDRESS} was forgotten.
 */
class EmbeddedSimulatorAccessTest {

    private static final String SPEC = "{\"Properties\":{\"TemplateName\":\"Web Server Template\"},"
            + "\"Tags\":{\"infrakit.group\":\"web\"}}";

    @TempDir
    Path root;
    private PluginPaths paths;
    private RunningPlugin plugin;

    @BeforeEach
    void setUp() {
        paths = new PluginPaths(root.resolve("home"), root.resolve("plugins"));
    }

    @AfterEach
    void stopThePlugin() {
        if (plugin != null) {
            plugin.close();
        }
    }

    private RunningPlugin start(String name, Map<String, String> environment) throws IOException {
        ServeOptions options = new ServeOptions();
        options.name = name;
        options.state = root.resolve("state").resolve(name + ".json").toString();
        return new PluginRunner(options, paths, System.err, environment).start();
    }

    /** What another local user can send: the port is derived from the name, the certificate is not checked. */
    private static TransportResponse attack(String name, String method, String path, String body)
            throws IOException {
        try (ApacheHttpTransport http = ApacheHttpTransport.builder()
                .address(ApplianceAddress.parse("https://127.0.0.1:" + EmbeddedAppliance.stablePort(name)))
                .insecureSkipTlsVerification().build()) {
            return http.send(TransportRequest.builder(method, path).header("X-API-Version", "2400")
                    .header("Content-Type", "application/json").body(body).build());
        }
    }

    @Test
    void theOnceFixedPasswordDoesNotLogIn() throws Exception {
        plugin = start("sec-login", Map.of());

        TransportResponse login = attack("sec-login", "POST", "/rest/login-sessions",
                "{\"userName\":\"administrator\",\"password\":\"simulator\"}");

        assertThat(login.status()).isEqualTo(401);
        assertThat(login.bodyText()).contains("AUTHN_AUTH_FAIL").doesNotContain("sessionID");
    }

    @Test
    void anAdminResetWithoutTheTokenLeavesTheInstancesAlone() throws Exception {
        plugin = start("sec-reset", Map.of());
        try (PluginClient client = PluginClient.of(paths.socket("sec-reset"))) {
            String id = client.provision(RawJson.of(SPEC));

            TransportResponse reset = attack("sec-reset", "POST", "/admin/reset", "{}");

            assertThat(reset.status()).isEqualTo(401);
            assertThat(client.describeInstances(Map.of(), false)).hasSize(1);
            assertThat(client.describeInstances(Map.of(), false).get(0).id()).isEqualTo(id);
        }
    }

    @Test
    void aStateOfARealApplianceIsNotServedFromTheSimulatorWhenOvAddressIsForgotten() throws Exception {
        try (OneViewSimulator appliance = OneViewSimulator.builder().taskDuration(Duration.ofMillis(50))
                .powerTaskDuration(Duration.ofMillis(20)).start()) {
            Path ca = Files.writeString(root.resolve("ca.pem"), appliance.certificatePem().orElseThrow());
            Map<String, String> exported = Map.of("OV_ADDRESS", appliance.baseUri().toString(),
                    "OV_USERNAME", appliance.userName(), "OV_PASSWORD", appliance.password());
            ServeOptions options = new ServeOptions();
            options.name = "sec-prod";
            options.state = root.resolve("state").resolve("prod.json").toString();
            options.ovCaBundle = ca;
            options.settings.add("task-poll-interval=20ms");
            plugin = new PluginRunner(options, paths, System.err, exported).start();
            String id;
            try (PluginClient client = PluginClient.of(paths.socket("sec-prod"))) {
                id = client.provision(RawJson.of(SPEC));
            }
            plugin.close();
            plugin = null;
            byte[] state = Files.readAllBytes(Path.of(options.state));

            PluginRunner forgotten = new PluginRunner(options, paths, System.err, Map.of());
            assertThatThrownBy(forgotten::start).isInstanceOf(StartupException.class)
                    .hasMessageContaining("holds 1 instance(s) not made on this plugin's embedded OneView simulator ("
                            + id + " on " + appliance.baseUri() + ")")
                    .hasMessageContaining("but no appliance is configured (--ov-address, --ov-credentials-file or "
                            + "$OV_ADDRESS)")
                    .hasMessageContaining("The state was not changed");

            assertThat(Files.readAllBytes(Path.of(options.state))).isEqualTo(state);
            assertThat(paths.socket("sec-prod")).doesNotExist();
            assertThat(appliance.profileCount()).isEqualTo(1);
            try (Socket nobody = new Socket()) {
                assertThatThrownBy(() -> nobody.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(),
                        EmbeddedAppliance.stablePort("sec-prod")), 1000))
                        .as("no simulator was started").isInstanceOf(IOException.class);
            }

            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = new Main(new ByteArrayInputStream(new byte[0]), System.out,
                    new PrintStream(err, true, StandardCharsets.UTF_8), paths)
                    .run(new String[] {"rebuild-state", "--name", "sec-prod", "--state", options.state});
            assertThat(status).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("not made on this plugin's embedded OneView "
                    + "simulator");
        }
    }

    @Test
    void aRestartWhoseSimulatorPortIsTakenIsRefusedInsteadOfLeavingItsInstancesUncheckable() throws Exception {
        plugin = start("sec-port", Map.of());
        try (PluginClient client = PluginClient.of(paths.socket("sec-port"))) {
            client.provision(RawJson.of(SPEC));
        }
        plugin.close();
        plugin = null;

        try (ServerSocket squatter = new ServerSocket(EmbeddedAppliance.stablePort("sec-port"), 1,
                InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> start("sec-port", Map.of())).isInstanceOf(StartupException.class)
                    .hasMessageContaining("cannot listen on its port " + squatter.getLocalPort())
                    .hasMessageContaining("the state holds 1 instance(s) made on the simulator of an earlier run");
        }
        plugin = start("sec-port", Map.of());
        try (PluginClient client = PluginClient.of(paths.socket("sec-port"))) {
            assertThat(client.describeInstances(Map.of(), false)).as("reported gone, as after any restart").isEmpty();
        }
    }

    @Test
    void theOwnerAndInProcessCallersGetTheSecretsOthersCannotRead() throws Exception {
        plugin = start("sec-files", Map.of());
        EmbeddedAppliance embedded = plugin.embeddedAppliance().orElseThrow();
        OneViewSimulator sim = embedded.simulator();
        Path folder = embedded.folder();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        for (String file : new String[] {"ca.pem", "password", "admin-token"}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(file))))
                    .as(file).isEqualTo("rw-------");
        }
        assertThat(Files.readString(folder.resolve("password"))).isEqualTo(sim.password()).hasSize(32);
        assertThat(Files.readString(folder.resolve("admin-token"))).isEqualTo(sim.adminToken());
        HttpClient http = HttpClient.newBuilder().sslContext(sim.sslContext()).build();
        HttpResponse<String> status = http.send(HttpRequest.newBuilder(sim.baseUri().resolve("/admin/status"))
                .header("Authorization", "Bearer " + sim.adminToken()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(status.statusCode()).isEqualTo(200);
        try (PluginClient client = PluginClient.of(paths.socket("sec-files"))) {
            client.provision(RawJson.of(SPEC));
        }
        String stateFile = Files.readString(root.resolve("state").resolve("sec-files.json"));
        assertThat(stateFile).doesNotContain(sim.password()).doesNotContain(sim.adminToken());

        plugin.close();
        plugin = null;
        assertThat(folder).doesNotExist();
    }
}
