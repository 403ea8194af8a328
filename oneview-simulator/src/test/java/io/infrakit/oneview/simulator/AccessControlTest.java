package io.infrakit.oneview.simulator;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Another user of the machine can reach a simulator's port: it must not be able to log in with a password it can
 * guess, nor to use the admin API (a {@code POST /admin/reset} makes every profile vanish, and InfraKit then
 * replaces every instance).
 */
@DisplayName("who may log in and use the admin API")
class AccessControlTest extends SimulatorTestSupport {

    @Test
    void theOnceFixedPasswordNoLongerLogsIn() {
        try (OneViewSimulator sim = manualSimulator(new ManualClock()).start();
             OneViewSimulator other = manualSimulator(new ManualClock()).start()) {
            TestClient attacker = new TestClient(sim);
            TestClient.Resp guessed = attacker.post("/rest/login-sessions",
                    Map.of("userName", "administrator", "password", "simulator"));

            assertThat(guessed.status()).isEqualTo(401);
            assertThat(guessed.errorCode()).isEqualTo(ErrorCodes.AUTHN_AUTH_FAIL);
            assertThat(sim.password()).hasSize(32).isNotEqualTo(other.password());
            new TestClient(sim).login();
        }
    }

    @Test
    void anAdminResetWithoutTheTokenIsRefusedAndChangesNothing() {
        ManualClock clock = new ManualClock();
        try (OneViewSimulator sim = manualSimulator(clock).start()) {
            TestClient client = new TestClient(sim).login();
            String serverUri = firstServer(client, "name='Encl1, bay 1'").get("uri").asText();
            client.post("/rest/server-profiles", newProfile(client, "web-1", serverUri));
            clock.advance(TASK);
            TestClient attacker = new TestClient(sim);
            attacker.adminToken = null;

            TestClient.Resp noToken = attacker.post("/admin/reset", Map.of());
            TestClient.Resp wrongToken = attacker.send("POST", "/admin/reset", Map.of(),
                    Map.of("Authorization", "Bearer " + RandomTokens.next(32)));
            TestClient.Resp otherScheme = attacker.send("POST", "/admin/reset", Map.of(),
                    Map.of("Authorization", sim.adminToken()));

            assertThat(List.of(noToken, wrongToken, otherScheme)).allSatisfy(r -> {
                assertThat(r.status()).isEqualTo(401);
                assertThat(r.errorCode()).isEqualTo(ErrorCodes.AUTHORIZATION);
            });
            assertThat(noToken.body().path("recommendedActions").get(0).asText())
                    .contains("Authorization: Bearer <admin token>");
            assertThat(sim.profileCount()).isEqualTo(1);

            assertThat(new TestClient(sim).post("/admin/reset", Map.of()).status()).isEqualTo(204);
            assertThat(sim.profileCount()).isZero();
        }
    }

    @Test
    void everyAdminRouteAndUnknownAdminPathsNeedTheToken() {
        Router admin = new Router();
        AdminApi.endpoints(ApplianceTest.appliance(new ManualClock()), new RequestCounters(), () -> { })
                .forEach(e -> e.register(admin));
        try (OneViewSimulator sim = manualSimulator(new ManualClock()).start()) {
            TestClient attacker = new TestClient(sim);
            attacker.adminToken = null;
            attacker.apiVersion = null;

            assertThat(admin.routes()).hasSizeGreaterThan(10).allSatisfy(route -> {
                String path = route.template().replace("{id}", "x");
                assertThat(attacker.send(route.method(), path, "POST PUT".contains(route.method()) ? Map.of() : null,
                        Map.of()).status()).as(route.key()).isEqualTo(401);
            });
            assertThat(attacker.get("/admin/no-such-thing").status()).isEqualTo(401);
            assertThat(attacker.get("/admin").status()).isEqualTo(401);
            assertThat(attacker.get("/%61dmin/status").status()).isEqualTo(401);
        }
    }

    @Test
    void aChosenTokenAndPasswordAreTheOnlyOnesAccepted() {
        try (OneViewSimulator sim = manualSimulator(new ManualClock()).credentials("ops", "pw-of-ops")
                .adminToken("token-of-ops").start()) {
            assertThat(sim.adminToken()).isEqualTo("token-of-ops");
            TestClient c = new TestClient(sim);
            assertThat(c.get("/admin/status").status()).isEqualTo(200);
            c.adminToken = "token-of-op";
            assertThat(c.get("/admin/status").status()).isEqualTo(401);
            assertThat(c.post("/rest/login-sessions", Map.of("userName", "ops", "password", "pw-of-op")).status())
                    .isEqualTo(401);
            c.login();
        }
    }

    @Test
    void anAdminApiSwitchedOffAnswers404ToEverythingAndHasNoToken() {
        try (OneViewSimulator sim = manualSimulator(new ManualClock()).adminApi(false).start()) {
            TestClient c = new TestClient(sim);
            c.adminToken = "anything";

            assertThat(sim.isAdminApiEnabled()).isFalse();
            assertThat(c.post("/admin/reset", Map.of()).status()).isEqualTo(404);
            assertThat(c.get("/admin/status").body().path("details").asText()).contains("admin API").contains("off");
            assertThatIllegalStateException().isThrownBy(sim::adminToken).withMessageContaining("off");
            new TestClient(sim).login();
        }
    }
}
