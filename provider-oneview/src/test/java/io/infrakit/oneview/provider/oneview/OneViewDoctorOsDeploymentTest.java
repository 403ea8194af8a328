package io.infrakit.oneview.provider.oneview;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.provider.DoctorCheck;
import io.infrakit.oneview.spi.provider.DoctorGroup;
import io.infrakit.oneview.spi.provider.ProviderContext;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OS deployment plan check of {@code doctor}, against a loopback stub appliance (plain HTTP on this machine) whose
 * template names a plan: the simulator has no OS deployment plans. Also pins that doctor only reads: every request
 * but the session's login and logout is a GET.
 */
class OneViewDoctorOsDeploymentTest {

    private static final String PLAN = "/rest/os-deployment-plans/6a1f2b7c";
    private static final String TEMPLATE = "{\"type\":\"ServerProfileTemplateV8\",\"uri\":"
            + "\"/rest/server-profile-templates/t1\",\"name\":\"ESXi Template\",\"serverHardwareTypeUri\":"
            + "\"/rest/server-hardware-types/sht1\",\"enclosureGroupUri\":\"/rest/enclosure-groups/eg1\","
            + "\"osDeploymentSettings\":{\"osDeploymentPlanUri\":\"" + PLAN + "\",\"osCustomAttributes\":[]}}";

    @TempDir
    Path dir;

    private HttpServer server;
    private final Map<String, Integer> planStatus = new ConcurrentHashMap<>();
    private final List<String> requests = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/rest/", this::answer);
        server.start();
        Files.writeString(dir.resolve("password"), "stub-password");
    }

    @AfterEach
    void tearDown() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        synchronized (requests) {
            requests.add(method + " " + path);
        }
        int status = 200;
        String body;
        if (path.equals("/rest/version")) {
            body = "{\"minimumVersion\":120,\"currentVersion\":2400}";
        } else if (path.equals("/rest/login-sessions")) {
            body = method.equals("POST") ? "{\"sessionID\":\"stub-session\"}" : "";
        } else if (path.equals("/rest/server-profile-templates")) {
            body = page(TEMPLATE);
        } else if (path.equals("/rest/server-profile-templates/t1/new-profile")) {
            body = "{\"type\":\"ServerProfileV12\",\"serverProfileTemplateUri\":\"/rest/server-profile-templates/t1\"}";
        } else if (path.equals("/rest/server-profiles/available-targets")) {
            body = "{\"targets\":[{\"serverHardwareUri\":\"/rest/server-hardware/h1\",\"serverHardwareName\":"
                    + "\"Frame1, bay 1\",\"serverHardwareTypeUri\":\"/rest/server-hardware-types/sht1\","
                    + "\"enclosureGroupUri\":\"/rest/enclosure-groups/eg1\",\"powerState\":\"Off\"}]}";
        } else if (path.startsWith("/rest/os-deployment-plans/")) {
            status = planStatus.getOrDefault(path, 404);
            body = status == 200 ? "{\"type\":\"OsDeploymentPlan\",\"uri\":\"" + path + "\",\"name\":\"ESXi 6.7 "
                    + "deployment\"}" : "{\"errorCode\":\"" + (status == 403 ? "AUTHORIZATION" : "RESOURCE_NOT_FOUND")
                    + "\",\"message\":\"stub\"}";
        } else {
            body = page();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private static String page(String... members) {
        return "{\"type\":\"Collection\",\"members\":[" + String.join(",", members) + "],\"count\":" + members.length
                + ",\"total\":" + members.length + ",\"start\":0,\"nextPageUri\":null}";
    }

    private List<DoctorCheck> diagnose() {
        ProviderContext context = new ProviderContext("instance-oneview", Map.of(
                "address", "http://127.0.0.1:" + server.getAddress().getPort(), "username", "administrator",
                "password-file", dir.resolve("password").toString()), Map.of(), dir);
        List<DoctorCheck> checks = new ArrayList<>();
        new OneViewProviderFactory().diagnose(context, List.of(new DoctorGroup("esxi",
                RawJson.of("{\"TemplateName\":\"ESXi Template\"}"))), checks::add);
        return checks;
    }

    private static DoctorCheck named(List<DoctorCheck> checks, String name) {
        return checks.stream().filter(c -> c.check().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aTemplatesPlanThatExistsPasses() {
        planStatus.put(PLAN, 200);

        List<DoctorCheck> checks = diagnose();

        assertThat(checks).noneMatch(DoctorCheck::failed);
        assertThat(named(checks, "group.os-deployment-plan").message())
                .isEqualTo("OS deployment plan 'ESXi 6.7 deployment' (" + PLAN + ") found");
        assertThat(named(checks, "group.free-servers").message()).startsWith("1 free server(s)");
        assertThat(named(checks, "appliance.tls").status()).isEqualTo(DoctorCheck.Status.SKIP);
        synchronized (requests) {
            assertThat(requests).filteredOn(r -> !r.startsWith("GET "))
                    .containsExactly("POST /rest/login-sessions", "DELETE /rest/login-sessions");
        }
    }

    @Test
    void aTemplatesPlanThatIsGoneFails() {
        DoctorCheck plan = named(diagnose(), "group.os-deployment-plan");

        assertThat(plan.failed()).isTrue();
        assertThat(plan.subject()).isEqualTo("esxi");
        assertThat(plan.message()).isEqualTo("template 'ESXi Template' deploys the OS deployment plan " + PLAN
                + ", which http://127.0.0.1:" + server.getAddress().getPort() + " does not have");
    }

    @Test
    void aPlanTheAccountMayNotReadFailsNamingTheRole() {
        planStatus.put(PLAN, 403);

        DoctorCheck plan = named(diagnose(), "group.os-deployment-plan");

        assertThat(plan.failed()).isTrue();
        assertThat(plan.fix()).startsWith("give the account a role that may read it");
    }
}
