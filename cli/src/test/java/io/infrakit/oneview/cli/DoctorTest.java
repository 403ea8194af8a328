package io.infrakit.oneview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.beust.jcommander.JCommander;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.infrakit.oneview.simulator.InventorySpec;
import io.infrakit.oneview.simulator.ManualClock;
import io.infrakit.oneview.simulator.OneViewSimulator;
import io.infrakit.oneview.spi.provider.DoctorCheck;
import io.infrakit.oneview.store.StateStore;
import io.infrakit.oneview.store.StateStores;
import io.infrakit.oneview.store.StoredRecord;
import io.infrakit.oneview.store.etcd.EtcdServer;
import io.infrakit.oneview.store.etcd.RequireEtcd;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code doctor}, against the embedded simulator and a simulator the test starts (loopback, temporary folders). */
class DoctorTest {

    private static final String PASSWORD = "Doctor-Test-Password-7f3a9c";
    private static final String ADMIN_TOKEN = "doctor-test-admin-token-51e0";
    private static final DoctorReport.Marks MARKS = DoctorReport.Marks.forCharset(Charset.defaultCharset());

    private Path root;
    private PluginPaths paths;
    private OneViewSimulator appliance;
    private RunningPlugin plugin;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createTempDirectory(Path.of("/tmp"), "ikd");
        paths = new PluginPaths(root.resolve("home"), root.resolve("plugins"));
    }

    @AfterEach
    void tearDown() throws IOException {
        if (plugin != null) {
            plugin.close();
        }
        if (appliance != null) {
            appliance.close();
        }
        try (var files = Files.walk(root)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    private int doctor(Map<String, String> env, String... args) {
        DoctorCommand command = new DoctorCommand();
        JCommander.newBuilder().addObject(command).build().parse(args);
        return new Doctor(command, paths, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env).run();
    }

    private int doctor(String... args) {
        return doctor(Map.of(), args);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<String> lines() {
        return output().lines().toList();
    }

    private String mark(DoctorCheck.Status status) {
        return MARKS.of(status);
    }

    private String pass(String check) {
        return mark(DoctorCheck.Status.PASS) + " " + check;
    }

    private String fail(String check) {
        return mark(DoctorCheck.Status.FAIL) + " " + check;
    }

    private Path group(String templateName) throws IOException {
        return group("web", "instance-oneview", "{\"TemplateName\":\"" + templateName + "\"}");
    }

    private Path group(String id, String plugin, String properties) throws IOException {
        Path file = root.resolve("group-" + id + ".json");
        Files.writeString(file, "{\"ID\":\"" + id + "\",\"Properties\":{\"Allocation\":{\"Size\":2},"
                + "\"Instance\":{\"Plugin\":\"" + plugin + "\",\"Properties\":" + properties + "},"
                + "\"Flavor\":{\"Plugin\":\"flavor-vanilla\",\"Properties\":{}}}}");
        return file;
    }

    private void startAppliance(InventorySpec inventory) throws IOException {
        appliance = OneViewSimulator.builder().port(0).credentials("administrator", PASSWORD)
                .adminToken(ADMIN_TOKEN).clock(new ManualClock()).inventory(inventory).start();
        Files.writeString(root.resolve("ca.pem"), appliance.certificatePem().orElseThrow());
        Files.writeString(root.resolve("password"), PASSWORD);
        Files.writeString(root.resolve("wrong-password"), "Wrong-Password-0c41d2");
    }

    private String[] applianceFlags(String passwordFile, String... more) {
        List<String> args = new ArrayList<>(List.of("--state", root.resolve("state.json").toString(),
                "--ov-address", appliance.baseUri().toString(), "--ov-username", "administrator",
                "--ov-password-file", root.resolve(passwordFile).toString(),
                "--ov-ca-bundle", root.resolve("ca.pem").toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void passesOnTheEmbeddedSimulatorAsThePluginWouldUseIt() throws IOException {
        int exit = doctor("--name", "doctor-embedded", "--state", root.resolve("state.json").toString(),
                "--group", group("web", "doctor-embedded/compute", "{\"TemplateName\":\"Web Server Template\"}")
                        .toString());

        assertThat(output()).doesNotContain(fail(""));
        assertThat(exit).isZero();
        assertThat(lines()).extracting(l -> l.split(":")[0]).containsSubsequence(pass("java"),
                pass("plugins.directory"), pass("plugins.socket"), pass("state"), pass("appliance.embedded"),
                pass("appliance.reachable"), pass("appliance.tls"), pass("appliance.api-version"),
                pass("appliance.login"), pass("appliance.privileges"),
                mark(DoctorCheck.Status.SKIP) + " appliance.write-privileges", pass("group.properties [web]"),
                pass("group.template [web]"),
                pass("group.free-servers [web]"), mark(DoctorCheck.Status.SKIP) + " group.os-deployment-plan [web]");
        assertThat(output()).contains("10 free server(s) for template 'Web Server Template'")
                .contains("doctor: all checks passed");
    }

    @Test
    void passesOnAnApplianceAndNeverPrintsItsPasswordOrToken() throws IOException {
        startAppliance(InventorySpec.defaults());

        assertThat(doctor(applianceFlags("password", "--group", group("Web Server Template").toString())))
                .isZero();
        assertThat(doctor(applianceFlags("password", "--json", "--group", group("Web Server Template").toString())))
                .isZero();
        assertThat(doctor(applianceFlags("wrong-password", "--group", group("Web Server Template").toString())))
                .isEqualTo(1);

        assertThat(output() + err.toString(StandardCharsets.UTF_8)).doesNotContain(PASSWORD)
                .doesNotContain("Wrong-Password-0c41d2").doesNotContain(ADMIN_TOKEN);
    }

    @Test
    void aWrongPasswordFailsTheLoginLineAndSkipsWhatNeedsASession() throws IOException {
        startAppliance(InventorySpec.defaults());

        int exit = doctor(applianceFlags("wrong-password", "--group", group("Web Server Template").toString()));

        assertThat(exit).isEqualTo(1);
        assertThat(lines()).filteredOn(l -> l.startsWith(fail(""))).singleElement().asString()
                .startsWith(fail("appliance.login") + ": cannot log in to " + appliance.baseUri().toString()
                        .replaceAll("/$", "") + " as administrator")
                .contains("401").contains("Fix: check the user name (--ov-username");
        assertThat(output()).contains(pass("appliance.tls"), mark(DoctorCheck.Status.SKIP) + " appliance.privileges",
                mark(DoctorCheck.Status.SKIP) + " group.template [web]: not checked");
    }

    @Test
    void anUnknownTemplateFailsItsGroupsTemplateLine() throws IOException {
        startAppliance(InventorySpec.defaults());

        int exit = doctor(applianceFlags("password", "--group", group("No Such Template").toString()));

        assertThat(exit).isEqualTo(1);
        assertThat(lines()).filteredOn(l -> l.startsWith(fail(""))).singleElement().asString()
                .startsWith(fail("group.template [web]") + ": TemplateName: there is no server profile template "
                        + "named 'No Such Template'")
                .contains("Fix: create the template on the appliance, or correct TemplateName");
        assertThat(output()).contains(mark(DoctorCheck.Status.SKIP) + " group.free-servers [web]: not checked");
    }

    @Test
    void noFreeServerFailsTheFreeServersLineNamingWhy() throws IOException {
        startAppliance(InventorySpec.uniform().withPoweredOnPercent(100));

        int exit = doctor(applianceFlags("password", "--group", group("Web Server Template").toString()));

        assertThat(exit).isEqualTo(1);
        assertThat(lines()).filteredOn(l -> l.startsWith(fail(""))).singleElement().asString()
                .startsWith(fail("group.free-servers [web]") + ": no free server hardware for template "
                        + "'Web Server Template'")
                .contains("12 powered on (not used without \"PowerOff\": true)")
                .contains("Fix: add servers");
    }

    @Test
    void powerOffMakesPoweredOnServersCountAsFree() throws IOException {
        startAppliance(InventorySpec.uniform().withPoweredOnPercent(100));

        int exit = doctor(applianceFlags("password", "--group", group("web", "instance-oneview",
                "{\"TemplateName\":\"Web Server Template\",\"PowerOff\":true}").toString()));

        assertThat(exit).isZero();
        assertThat(output()).contains(pass("group.free-servers [web]") + ": 12 free server(s)");
    }

    @Test
    void aCollectionTheAccountMayNotReadFailsThePrivilegesLine() throws IOException {
        startAppliance(InventorySpec.defaults());
        appliance.faults().failNextRequests(1, 403, "/rest/enclosure-groups");

        int exit = doctor(applianceFlags("password"));

        assertThat(exit).isEqualTo(1);
        assertThat(lines()).filteredOn(l -> l.startsWith(fail(""))).singleElement().asString()
                .startsWith(fail("appliance.privileges"))
                .contains("GET /rest/enclosure-groups (HTTP 403")
                .contains("Fix: give the account a role");
    }

    @Test
    void anUnreachableApplianceFailsTheFirstApplianceLine() throws IOException {
        startAppliance(InventorySpec.defaults());
        String[] flags = applianceFlags("password");
        appliance.close();
        appliance = null;

        assertThat(doctor(flags)).isEqualTo(1);
        assertThat(lines()).filteredOn(l -> l.startsWith(fail(""))).singleElement().asString()
                .startsWith(fail("appliance.reachable") + ": cannot connect to 127.0.0.1 port");
        assertThat(output()).contains(mark(DoctorCheck.Status.SKIP) + " appliance.login: not checked");
    }

    @Test
    void anUntrustedCertificateFailsTheTlsLineNamingTheFlagsThatFixIt() throws IOException {
        startAppliance(InventorySpec.defaults());

        int exit = doctor("--state", root.resolve("state.json").toString(), "--ov-address",
                appliance.baseUri().toString(), "--ov-username", "administrator", "--ov-password-file",
                root.resolve("password").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(lines()).filteredOn(l -> l.startsWith(fail(""))).singleElement().asString()
                .startsWith(fail("appliance.tls") + ": the OneView appliance ")
                .contains("is not trusted", "--ov-ca-bundle", "--ov-pinned-certificate-sha256");
        assertThat(output()).contains(pass("appliance.reachable"),
                mark(DoctorCheck.Status.SKIP) + " appliance.login: not checked");
    }

    @Test
    void aPinnedApiVersionTheApplianceDoesNotServeFailsTheApiVersionLine() throws IOException {
        startAppliance(InventorySpec.defaults());

        int exit = doctor(applianceFlags("password", "--ov-api-version", "9000"));

        assertThat(exit).isEqualTo(1);
        assertThat(lines()).filteredOn(l -> l.startsWith(fail(""))).singleElement().asString()
                .startsWith(fail("appliance.api-version") + ": API version 9000 is pinned but the appliance serves "
                        + "only 120..2400")
                .contains("Fix: leave --ov-api-version unset");
    }

    @Test
    void anUnreadablePasswordFileFailsTheProviderSettingsLine() throws IOException {
        startAppliance(InventorySpec.defaults());

        int exit = doctor(applianceFlags("no-such-password-file"));

        assertThat(exit).isEqualTo(1);
        assertThat(lines()).filteredOn(l -> l.startsWith(fail(""))).singleElement().asString()
                .startsWith(fail("provider.settings") + ": ").contains("no-such-password-file");
    }

    @Test
    void theJsonReportHasItsDocumentedShape() throws IOException {
        startAppliance(InventorySpec.defaults());

        int exit = doctor(applianceFlags("password", "--json", "--name", "doctor-json", "--group",
                group("web", "doctor-json", "{\"TemplateName\":\"No Such Template\"}").toString()));

        JsonNode report = new ObjectMapper().readTree(output());
        assertThat(exit).isEqualTo(1);
        assertThat(report.properties()).extracting(Map.Entry::getKey)
                .containsExactly("format", "plugin", "ok", "exitCode", "counts", "checks");
        assertThat(report.get("format").asInt()).isEqualTo(1);
        assertThat(report.get("plugin").asText()).isEqualTo("doctor-json");
        assertThat(report.get("ok").asBoolean()).isFalse();
        assertThat(report.get("exitCode").asInt()).isEqualTo(1);
        assertThat(report.get("counts").get("pass").asInt()).isEqualTo(10);
        assertThat(report.get("counts").get("fail").asInt()).isEqualTo(1);
        assertThat(report.get("counts").get("skip").asInt()).isEqualTo(3);
        List<String> order = new ArrayList<>();
        for (JsonNode check : report.get("checks")) {
            assertThat(check.properties()).extracting(Map.Entry::getKey)
                    .containsExactly("check", "subject", "status", "message", "fix");
            assertThat(check.get("status").asText()).isIn("pass", "fail", "skip");
            assertThat(check.get("fix").isNull()).isEqualTo(!check.get("status").asText().equals("fail"));
            order.add(check.get("check").asText());
        }
        assertThat(order).startsWith("java", "plugins.directory", "plugins.socket", "state",
                "appliance.reachable");
        JsonNode template = report.get("checks").get(order.indexOf("group.template"));
        assertThat(template.get("subject").asText()).isEqualTo("web");
        assertThat(template.get("status").asText()).isEqualTo("fail");
        int total = report.get("counts").get("pass").asInt() + report.get("counts").get("fail").asInt()
                + report.get("counts").get("skip").asInt();
        assertThat(total).isEqualTo(report.get("checks").size());
    }

    @Test
    void aRunningPluginIsRecognisedOnItsSocketWithTheHandshakesItServes() throws IOException {
        ServeOptions options = new ServeOptions();
        options.name = "doctor-running";
        options.provider = "file";
        options.dir = root.resolve("instances");
        plugin = new PluginRunner(options, paths, System.err, Map.of()).start();

        int exit = doctor("--name", "doctor-running", "--provider", "file", "--dir",
                root.resolve("instances").toString());

        assertThat(exit).isZero();
        long pid = ProcessHandle.current().pid();
        assertThat(output()).contains(pass("plugins.socket") + ": a plugin answers on " + paths.socket(
                        "doctor-running") + " (pid " + pid + "): Handshake.Hello Instance/0.6.1 (InfraKit HEAD); "
                        + "Handshake.Implements Instance/0.3.0, Instance/0.5.0, Instance/0.6.0")
                .contains("Plugin.Implements Instance/0.1.0")
                .contains(pass("state") + ": the state " + paths.defaultStateFile("doctor-running")
                        + " is held by the running plugin (pid " + pid + ")")
                .contains(mark(DoctorCheck.Status.SKIP) + " provider: the file provider has no doctor checks");
    }

    @Test
    void somethingOtherThanASocketWhereThePluginBindsFailsTheSocketLine() throws IOException {
        Files.createDirectories(paths.pluginsDir());
        Files.writeString(paths.socket("doctor-blocked"), "not a socket");

        int exit = doctor("--name", "doctor-blocked", "--provider", "file", "--dir",
                root.resolve("instances").toString(), "--state", root.resolve("state.json").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(lines()).filteredOn(l -> l.startsWith(fail(""))).singleElement().asString()
                .startsWith(fail("plugins.socket") + ": " + paths.socket("doctor-blocked") + " exists and is not a "
                        + "socket");
    }

    @Test
    void theStateProbeLeavesTheStoreAsItFoundIt() throws IOException {
        Path state = root.resolve("state.json");
        try (StateStore store = StateStores.open(state.toString(), Map.of())) {
            store.commit(io.infrakit.oneview.store.Commit.of(io.infrakit.oneview.store.Write.put("notes/a",
                    "{}", io.infrakit.oneview.store.Expect.absent())));
        }

        assertThat(doctor("--provider", "file", "--dir", root.resolve("instances").toString(), "--state",
                state.toString())).isZero();

        assertThat(output()).contains(pass("state") + ": " + state + " is readable (0 instance(s); 1 record(s) at revision 1) and "
                + "writable (a probe record was committed and deleted)");
        try (StateStore store = StateStores.open(state.toString(), Map.of())) {
            assertThat(store.load().records()).extracting(StoredRecord::key).containsExactly("notes/a");
        }
    }

    @Test
    void aCorruptStateFailsTheStateLineAndIsLeftUntouched() throws IOException {
        Path state = root.resolve("state.json");
        Files.writeString(state, "{not json");

        assertThat(doctor("--provider", "file", "--dir", root.resolve("instances").toString(), "--state",
                state.toString())).isEqualTo(1);

        assertThat(lines()).filteredOn(l -> l.startsWith(fail(""))).singleElement().asString()
                .startsWith(fail("state") + ": the state in " + state + " is not an instance state this plugin can read");
        assertThat(Files.readString(state)).isEqualTo("{not json");
    }

    @Test
    void anEtcdStateIsProbedThroughTheStoreSpi() throws Exception {
        RequireEtcd.assumeInstalled();
        try (EtcdServer etcd = EtcdServer.start(Files.createDirectories(root.resolve("etcd")))) {
            String location = etcd.location("/doctor", "");

            assertThat(doctor("--provider", "file", "--dir", root.resolve("instances").toString(), "--state",
                    location)).isZero();

            assertThat(output()).contains(pass("state") + ": ").contains("and writable (a probe record was "
                    + "committed and deleted)");
            try (StateStore store = StateStores.open(location, Map.of())) {
                assertThat(store.load().records()).isEmpty();
            }
        }
    }

    @Test
    void groupsOfOtherPluginsAreSkippedAndAFileWithoutOursFails() throws IOException {
        startAppliance(InventorySpec.defaults());

        int exit = doctor(applianceFlags("password", "--group",
                group("files", "instance-file", "{}").toString()));

        assertThat(exit).isEqualTo(1);
        assertThat(output()).contains(mark(DoctorCheck.Status.SKIP) + " group.properties [files (instance-file)]")
                .contains(fail("group.properties") + ": no group of --group uses the instance plugin "
                        + "instance-oneview");
    }

    @Test
    void usageErrorsExitTwoBeforeCheckingAnything() throws IOException {
        Path notJson = Files.writeString(root.resolve("bad.json"), "[1,");
        Map<String, String> env = new HashMap<>();

        assertThat(doctor(env, "--group", root.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(doctor(env, "--group", notJson.toString())).isEqualTo(2);
        assertThat(doctor(env, "--log", "9")).isEqualTo(2);
        assertThat(doctor(env, "--provider", "nosuch")).isEqualTo(2);

        assertThat(output()).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Error: --group " + root.resolve("missing.json")
                + " cannot be read").contains("is not valid JSON").contains("no instance provider named 'nosuch'");
        assertThat(paths.pluginsDir()).doesNotExist();
    }

    @Test
    void theCommandIsRegisteredWithTheCommandLine() {
        Main main = new Main(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), paths);

        assertThat(main.run(new String[] {"doctor", "--bogus"})).isEqualTo(2);
        assertThat(main.run(new String[] {"doctor", "--help"})).isZero();
        assertThat(output()).contains("doctor", "--group", "--json");
        assertThat(main.run(new String[] {"doctor", "--provider", "file", "--dir", root.resolve("i").toString(),
                "--state", root.resolve("s.json").toString()})).isZero();
    }

    @Test
    void marksFallBackToWordsWhereTheOutputCannotShowThem() {
        assertThat(DoctorReport.Marks.forCharset(StandardCharsets.UTF_8).pass()).isEqualTo("\u2713");
        assertThat(DoctorReport.Marks.forCharset(StandardCharsets.US_ASCII))
                .isEqualTo(new DoctorReport.Marks("OK", "FAIL", "SKIP"));
    }
}
