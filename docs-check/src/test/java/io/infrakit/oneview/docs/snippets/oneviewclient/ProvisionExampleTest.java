package io.infrakit.oneview.docs.snippets.oneviewclient;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.simulator.ManualClock;
import io.infrakit.oneview.simulator.OneViewSimulator;
import io.infrakit.oneview.simulator.RecordedRequest;
import io.infrakit.oneview.simulator.ServerState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding example of docs/oneview-client.md provisions a server on the simulator, with the calls it shows. */
class ProvisionExampleTest {

    @TempDir
    Path dir;

    @Test
    void theDocumentedFlowLeavesAServerWithTheProfilePoweredOn() throws Exception {
        ManualClock clock = new ManualClock();
        try (OneViewSimulator sim = OneViewSimulator.builder().clock(clock).start()) {
            Path ca = Files.writeString(dir.resolve("sim.pem"), sim.certificatePem().orElseThrow());
            try (OneViewClient ov = OneViewClient.builder().address(sim.baseUri())
                    .credentials(sim.userName(), sim.password()).caBundle(ca)
                    .clock(clock).sleeper(clock::advance).build()) {
                ServerProfile profile = ProvisionExample.provision(ov, "Web Server Template", "web01");

                assertThat(profile.name()).isEqualTo("web01");
                assertThat(sim.servers()).filteredOn(s -> s.uri().equals(profile.serverHardwareUri()))
                        .extracting(ServerState::state, ServerState::powerState)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("ProfileApplied", "On"));
                List<String> calls = new ArrayList<>();
                for (RecordedRequest r; (r = sim.takeRequest(Duration.ZERO)) != null; ) {
                    String call = r.method() + " " + r.endpoint().replaceFirst("^[A-Z]+ ", "");
                    if (!call.startsWith("GET /rest/tasks") && (calls.isEmpty() || !calls.get(calls.size() - 1).equals(call))) {
                        calls.add(call);
                    }
                }
                assertThat(calls).containsSubsequence("POST /rest/login-sessions",
                        "GET /rest/server-profile-templates", "GET /rest/server-profiles/available-targets",
                        "PUT /rest/server-hardware/{id}/powerState", "GET /rest/server-profile-templates/{id}/new-profile",
                        "POST /rest/server-profiles", "GET /rest/server-profiles/{id}",
                        "PUT /rest/server-hardware/{id}/powerState");
            }
        }
    }
}
