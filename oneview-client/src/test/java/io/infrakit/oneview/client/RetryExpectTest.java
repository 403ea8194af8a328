package io.infrakit.oneview.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.client.error.OneViewConnectionException;
import io.infrakit.oneview.client.error.ServerErrorException;
import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.client.testing.Reply;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryExpectTest extends ExpectTestSupport {
    private static final String BUSY = "{\"errorCode\":\"SERVICE_UNAVAILABLE\",\"message\":\"Appliance busy\"}";

    @Test
    void getIsRetriedOn503WithBoundedBackoff() {
        expectVersionAndLogin();
        server.expect("GET", "/rest/server-hardware-types/t1").authenticated(TOKEN, API).times(2)
                .respondJson(503, BUSY);
        server.expect("GET", "/rest/server-hardware-types/t1").authenticated(TOKEN, API)
                .respondJson(200, "{\"uri\":\"/rest/server-hardware-types/t1\",\"name\":\"BL460c Gen8 1\"}");
        expectLogout(TOKEN);
        client = builder().retryBackoff(Duration.ofMillis(100), Duration.ofMillis(150)).build();

        assertThat(client.serverHardwareTypes().get("t1").name()).isEqualTo("BL460c Gen8 1");
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(150));
        closeAndVerify();
    }

    @Test
    void getGivesUpAfterMaxRetries() {
        expectVersionAndLogin();
        server.expect("GET", "/rest/enclosure-groups/eg1").authenticated(TOKEN, API).times(3)
                .respond(Reply.json(504, "<html>Gateway Timeout</html>"));
        expectLogout(TOKEN);
        client = builder().maxRetries(2).build();

        assertThatThrownBy(() -> client.enclosureGroups().get("eg1"))
                .isInstanceOfSatisfying(ServerErrorException.class, e -> assertThat(e.status()).isEqualTo(504))
                .hasMessage("GET /rest/enclosure-groups/eg1 failed with HTTP 504: no OneView error body; body:"
                        + " <html>Gateway Timeout</html>");
        assertThat(time.sleeps()).hasSize(2);
        closeAndVerify();
    }

    @Test
    void postIsNeverRetriedOn503() {
        expectVersionAndLogin();
        server.expect("POST", "/rest/server-profiles").authenticated(TOKEN, API).respondJson(503, BUSY);
        expectLogout(TOKEN);
        client = builder().build();

        assertThatThrownBy(() -> client.serverProfiles().create(ServerProfile.fromJson("{\"name\":\"web01\"}")))
                .isInstanceOf(ServerErrorException.class)
                .hasMessage("POST /rest/server-profiles failed with HTTP 503: SERVICE_UNAVAILABLE: Appliance busy");
        assertThat(server.count("POST", "/rest/server-profiles")).isEqualTo(1);
        assertThat(time.sleeps()).isEmpty();
        closeAndVerify();
    }

    @Test
    void putAndDeleteAreRetriedOn502() {
        expectVersionAndLogin();
        AtomicInteger puts = new AtomicInteger();
        server.expect("DELETE", "/rest/server-profiles/p1").authenticated(TOKEN, API).times(2)
                .respondWith(r -> puts.incrementAndGet() == 1 ? Reply.json(502, BUSY)
                        : Reply.json(202, "{}").withHeader("Location", "/rest/tasks/t1"));
        expectLogout(TOKEN);
        client = builder().build();

        assertThat(client.serverProfiles().delete("p1").taskUri()).isEqualTo("/rest/tasks/t1");
        closeAndVerify();
    }

    @Test
    void connectionFailuresAreRetriedForGetAndReportedClearly() throws IOException {
        int deadPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = s.getLocalPort();
        }
        client = OneViewClient.builder().address("http://127.0.0.1:" + deadPort).credentials(USER, PASSWORD)
                .connectTimeout(Duration.ofSeconds(1)).clock(time).sleeper(time).maxRetries(2).build();

        assertThatThrownBy(client::login)
                .isInstanceOf(OneViewConnectionException.class)
                .hasMessageStartingWith("GET /rest/version to http://127.0.0.1:" + deadPort + " failed: ")
                .hasMessageEndingWith(" after 3 attempt(s)");
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void droppedConnectionIsRetriedForGetButNotForPost() {
        expectVersionAndLogin();
        AtomicInteger gets = new AtomicInteger();
        server.expect("GET", "/rest/server-profile-templates/t1").authenticated(TOKEN, API).times(2)
                .respondWith(r -> {
                    if (gets.incrementAndGet() == 1) {
                        throw new IllegalStateException("dropping the connection");
                    }
                    return Reply.json(200, "{\"uri\":\"/rest/server-profile-templates/t1\",\"name\":\"T1\"}");
                });
        server.expect("POST", "/rest/server-profiles").authenticated(TOKEN, API).respondWith(r -> {
            throw new IllegalStateException("dropping the connection");
        });
        expectLogout(TOKEN);
        client = builder().build();

        assertThat(client.serverProfileTemplates().get("t1").name()).isEqualTo("T1");
        assertThatThrownBy(() -> client.serverProfiles().create(ServerProfile.fromJson("{\"name\":\"web01\"}")))
                .isInstanceOf(OneViewConnectionException.class)
                .hasMessageStartingWith("POST /rest/server-profiles to " + server.address() + " failed: ")
                .hasMessageEndingWith("; not retried because a POST is not idempotent (the appliance may have acted"
                        + " on it)");
        assertThat(server.count("POST", "/rest/server-profiles")).isEqualTo(1);
        closeAndVerify();
    }
}
