package io.infrakit.oneview.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrakit.oneview.client.query.ListOptions;
import io.infrakit.oneview.simulator.InventorySpec;
import io.infrakit.oneview.simulator.OneViewSimulator;
import io.infrakit.oneview.simulator.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client against the simulator's wire behaviour: headers it always sends, chunked bodies it must read. */
class SimulatorProtocolTest {

    private static OneViewClient client(OneViewSimulator sim) {
        return OneViewClient.builder().address(sim.baseUri()).credentials(sim.userName(), sim.password()).build();
    }

    @Test
    void everyRequestButGetVersionCarriesTheApiVersion() throws InterruptedException {
        try (OneViewSimulator sim = OneViewSimulator.builder().plainHttp().start()) {
            try (OneViewClient ov = client(sim)) {
                ov.login();
                ov.serverHardware().stream(ListOptions.builder().count(5).build()).limit(7).count();
                ov.serverProfileTemplates().findByName("Web Server Template").orElseThrow();
            }
            List<RecordedRequest> requests = new ArrayList<>();
            for (RecordedRequest r = sim.takeRequest(Duration.ZERO); r != null; r = sim.takeRequest(Duration.ZERO)) {
                requests.add(r);
            }
            assertThat(requests).extracting(RecordedRequest::endpoint)
                    .contains("GET /rest/version", "POST /rest/login-sessions", "DELETE /rest/login-sessions");
            assertThat(requests).filteredOn(r -> !r.endpoint().equals("GET /rest/version"))
                    .allSatisfy(r -> assertThat(r.header("x-api-version")).as(r.endpoint()).isEqualTo("2400"));
        }
    }

    @Test
    void chunkedCollectionsWithoutContentLengthAreRead() {
        InventorySpec big = InventorySpec.defaults().withEnclosuresPerGroup(20).withBaysPerEnclosure(16);
        try (OneViewSimulator sim = OneViewSimulator.builder().plainHttp().inventory(big).start();
             OneViewClient ov = client(sim)) {
            long servers = ov.serverHardware().stream(ListOptions.builder().count(500).build()).count();
            assertThat(servers).isEqualTo(big.populatedServerCount());
        }
    }
}
