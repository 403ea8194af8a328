package io.infrakit.oneview.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.client.error.ConflictException;
import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.client.testing.Reply;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A 409 is retried, jittered and bounded, for idempotent requests; never for a POST. */
class ConflictRetryExpectTest extends ExpectTestSupport {
    private static final String LOCKED = "{\"errorCode\":\"RESOURCE_LOCKED\",\"message\":\"The server hardware is busy\"}";

    @Test
    void aPutAnswered409IsRetriedAfterJitteredPauses() {
        expectVersionAndLogin();
        server.expect("PUT", "/rest/server-hardware/h1/powerState").authenticated(TOKEN, API).times(2)
                .respondJson(409, LOCKED);
        server.expect("PUT", "/rest/server-hardware/h1/powerState").authenticated(TOKEN, API)
                .respond(Reply.json(202, "{}").withHeader("Location", "/rest/tasks/t1"));
        expectLogout(TOKEN);
        client = builder().retryBackoff(Duration.ofMillis(400), Duration.ofSeconds(2)).retryJitter(new Random(5))
                .build();

        assertThat(client.serverHardware().powerOff("h1").taskUri()).isEqualTo("/rest/tasks/t1");
        RetryPolicy same = RetryPolicy.of(3, Duration.ofMillis(400), Duration.ofSeconds(2), time, new Random(5));
        Duration first = same.pauseBefore(1, 409);
        Duration second = same.pauseBefore(2, 409);
        assertThat(time.sleeps()).containsExactly(first, second);
        assertThat(first).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(second).isBetween(Duration.ofMillis(400), Duration.ofMillis(800));
        closeAndVerify();
    }

    @Test
    void aConflictThatLastsIsReportedAfterMaxRetries() {
        expectVersionAndLogin();
        server.expect("DELETE", "/rest/server-profiles/p1").authenticated(TOKEN, API).times(3)
                .respondJson(409, LOCKED);
        expectLogout(TOKEN);
        client = builder().maxRetries(2).build();

        assertThatThrownBy(() -> client.serverProfiles().delete("p1"))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("RESOURCE_LOCKED"));
        assertThat(time.sleeps()).hasSize(2);
        closeAndVerify();
    }

    @Test
    void aPostAnswered409IsNeverRetried() {
        expectVersionAndLogin();
        server.expect("POST", "/rest/server-profiles").authenticated(TOKEN, API).respondJson(409, LOCKED);
        expectLogout(TOKEN);
        client = builder().build();

        assertThatThrownBy(() -> client.serverProfiles().create(ServerProfile.fromJson("{\"name\":\"web01\"}")))
                .isInstanceOf(ConflictException.class);
        assertThat(server.count("POST", "/rest/server-profiles")).isEqualTo(1);
        assertThat(time.sleeps()).isEmpty();
        closeAndVerify();
    }
}
