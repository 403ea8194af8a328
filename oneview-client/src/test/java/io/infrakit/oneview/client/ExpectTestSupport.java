package io.infrakit.oneview.client;

import io.infrakit.oneview.client.testing.ExpectServer;
import io.infrakit.oneview.client.testing.FakeTime;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of expect tests: a scripted appliance, a fake clock/sleeper, and a client pointed at it. The appliance answers
 * in memory (no socket: the exchanges are the same, see the transport TCK); a subclass that overrides
 * {@link #overSocket()} runs the same tests over the Apache transport and a loopback socket.
 */
abstract class ExpectTestSupport {
    static final String USER = "administrator";
    static final String PASSWORD = "s3cr3t-P4ssw0rd";
    static final String TOKEN = "A954A2A6Psy7Alg3HApAcEbAcAwa-ftA";
    static final int API = 800;

    ExpectServer server;
    FakeTime time;
    OneViewClient client;

    @BeforeEach
    void startServer() {
        server = overSocket() ? ExpectServer.start() : ExpectServer.inMemory();
        time = new FakeTime();
    }

    /** @return true to reach the scripted appliance over HTTP on a loopback socket instead of in memory */
    boolean overSocket() {
        return false;
    }

    /** Every test ends with a verified server: no unmatched request, every expectation met. */
    @AfterEach
    void stopServer() {
        try {
            if (client != null) {
                client.close();
            }
            if (!io.infrakit.oneview.simulator.testing.Fixtures.skippedTest()) {
                server.verify();
            }
        } finally {
            server.close();
        }
    }

    OneViewClient.Builder builder() {
        OneViewClient.Builder b = OneViewClient.builder()
                .address(server.address())
                .credentials(USER, PASSWORD)
                .clock(time)
                .sleeper(time);
        return server.overSocket() ? b.connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(5))
                : b.transport(server.transport());
    }

    /** Scripts GET /rest/version (min 120, current 800) and one login answering {@link #TOKEN}. */
    void expectVersionAndLogin() {
        server.expect("GET", "/rest/version").withoutHeader("Auth").withoutHeader("X-API-Version")
                .respondJson(200, "{\"minimumVersion\":120,\"currentVersion\":800}");
        expectLogin(TOKEN);
    }

    ExpectServer.Expectation expectLogin(String token) {
        return server.expect("POST", "/rest/login-sessions")
                .withoutHeader("Auth")
                .withHeader("X-API-Version", Integer.toString(API))
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withJsonBody("{\"userName\":\"" + USER + "\",\"password\":\"" + PASSWORD + "\",\"loginMsgAck\":true}")
                .respondJson(200, "{\"partnerData\":{},\"sessionID\":\"" + token + "\"}");
    }

    void expectLogout(String token) {
        server.expect("DELETE", "/rest/login-sessions").authenticated(token, API).withoutBody()
                .respond(io.infrakit.oneview.client.testing.Reply.empty(204));
    }

    /** The best-effort logout of a session the appliance rejected, answered as for an expired session. */
    void expectLogoutOfExpired(String token) {
        server.expect("DELETE", "/rest/login-sessions").authenticated(token, API).withoutBody()
                .respondJson(401, "{\"errorCode\":\"AUTHORIZATION\",\"message\":\"Authorization error\"}");
    }

    /** Closes the client (logging out) and verifies the server saw exactly the scripted exchanges. */
    void closeAndVerify() {
        client.close();
        client = null;
        server.verify();
    }
}
