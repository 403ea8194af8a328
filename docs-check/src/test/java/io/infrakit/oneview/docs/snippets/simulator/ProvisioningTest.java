package io.infrakit.oneview.docs.snippets.simulator;

// doc:start
import static org.assertj.core.api.Assertions.assertThat;

import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.client.model.AvailableTarget;
import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.client.model.ServerProfileTemplate;
import io.infrakit.oneview.client.model.Task;
import io.infrakit.oneview.simulator.ManualClock;
import io.infrakit.oneview.simulator.OneViewSimulator;
import io.infrakit.oneview.simulator.ServerState;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvisioningTest {

    @TempDir Path dir;

    @Test
    void createsAProfileOnAFreeServer() throws Exception {
        ManualClock clock = new ManualClock();
        try (OneViewSimulator sim = OneViewSimulator.builder().clock(clock).start()) {
            Path ca = Files.writeString(dir.resolve("sim.pem"), sim.certificatePem().orElseThrow());
            try (OneViewClient ov = OneViewClient.builder()
                    .address(sim.baseUri())
                    .credentials(sim.userName(), sim.password())
                    .caBundle(ca)
                    .clock(clock)
                    .sleeper(clock::advance)          // polling a task advances simulated time
                    .build()) {
                ov.login();
                ServerProfileTemplate template = ov.serverProfileTemplates().findByName("Web Server Template")
                        .orElseThrow();
                AvailableTarget target = ov.serverProfiles().availableTargets(template).servers().get(0);
                ServerProfile body = ov.serverProfileTemplates().newProfile(template)
                        .withName("web01").withServerHardwareUri(target.serverHardwareUri());
                Task task = ov.serverProfiles().create(body).await();

                assertThat(sim.servers()).filteredOn(s -> s.uri().equals(target.serverHardwareUri()))
                        .extracting(ServerState::state).containsExactly("ProfileApplied");
                assertThat(sim.counters().get("POST /rest/server-profiles")).isEqualTo(1);
            }
        }
    }
}
// doc:end
