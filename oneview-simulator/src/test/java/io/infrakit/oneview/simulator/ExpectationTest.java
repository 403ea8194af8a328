package io.infrakit.oneview.simulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@DisplayName("expectations win over the simulated appliance")
class ExpectationTest extends SimulatorTestSupport {

    private OneViewSimulator sim;
    private TestClient client;

    @BeforeEach
    void start() {
        sim = manualSimulator(new ManualClock()).start();
        client = new TestClient(sim).login();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void aRouteTemplateExpectationAnswersTheGivenNumberOfTimes() {
        String uri = firstServer(client, "name='Encl1, bay 1'").get("uri").asText();
        Expectation e = sim.expect("GET", "/rest/server-hardware/{id}")
                .respond(200, "{\"name\":\"scripted\"}").header("ETag", "x").times(2);
        TestClient.Resp first = client.get(uri);
        assertThat(first.body().get("name").asText()).isEqualTo("scripted");
        assertThat(first.header("ETag")).isEqualTo("x");
        assertThat(client.get(uri).body().get("name").asText()).isEqualTo("scripted");
        assertThat(client.get(uri).body().get("name").asText()).isEqualTo("Encl1, bay 1");
        assertThat(e.used()).isEqualTo(2);
        assertThat(e.isExhausted()).isTrue();
        assertThat(sim.counters().get("GET /rest/server-hardware/{id}")).isEqualTo(3);
    }

    @Test
    void expectationsWinOverAuthAndCanSendAnything() {
        sim.expect("GET", "/rest/server-hardware?count=1").respond(200, "not json").always();
        client.token = null;
        TestClient.Resp r = client.send("GET", "/rest/server-hardware?count=1", null, java.util.Map.of());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.raw().body()).isEqualTo("not json");
        assertThat(client.get("/rest/server-hardware?count=2").status()).isEqualTo(401);
        sim.clearExpectations();
        assertThat(client.send("GET", "/rest/server-hardware?count=1", null, java.util.Map.of()).status()).isEqualTo(401);
    }

    @Test
    void pathWithoutQueryMatchesAnyQuery() {
        sim.expect("DELETE", "/rest/server-profiles/abc").respond(404, null);
        assertThat(client.delete("/rest/server-profiles/abc?force=true").status()).isEqualTo(404);
    }

    @Test
    void invalidExpectations() {
        assertThatIllegalArgumentException().isThrownBy(() -> sim.expect("GET", "rest/x"));
        assertThatIllegalArgumentException().isThrownBy(() -> sim.expect("GET", "/rest/x").respond(700, null));
        assertThatIllegalArgumentException().isThrownBy(() -> sim.expect("GET", "/rest/x").times(0));
    }
}
