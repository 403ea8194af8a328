package io.infrakit.oneview.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.simulator.OneViewSimulator;
import io.infrakit.oneview.simulator.ServerState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding example of {@code docs/oneview-client.md} run for real: over HTTPS against the OneView simulator,
 * trusting its self-signed certificate through a CA bundle, with host-name verification on.
 */
class SimulatorExampleTest {

    @TempDir
    Path temp;

    @Test
    void theDocsExampleProvisionsAServerOnTheSimulator() throws IOException {
        try (OneViewSimulator simulator = OneViewSimulator.builder()
                .taskDuration(Duration.ofMillis(200)).powerTaskDuration(Duration.ofMillis(100)).start()) {
            Path ca = temp.resolve("simulator-ca.pem");
            Files.writeString(ca, simulator.certificatePem().orElseThrow(), StandardCharsets.US_ASCII);
            String template = simulator.inventory().templates().get(0).name();

            try (OneViewClient ov = OneViewClient.builder()
                    .address(simulator.baseUri())
                    .credentials(simulator.userName(), simulator.password())
                    .caBundle(ca)
                    .taskPollInterval(Duration.ofMillis(50), Duration.ofMillis(200))
                    .build()) {
                ServerProfile profile = EmbeddingExampleTest.provision(ov, template, "web01");

                assertThat(profile.name()).isEqualTo("web01");
                ServerState server = simulator.servers().stream()
                        .filter(s -> s.uri().equals(profile.serverHardwareUri())).findFirst().orElseThrow();
                assertThat(server.serverProfileUri()).isEqualTo(profile.uri());
                assertThat(server.powerState()).isEqualTo("On");
            }
        }
    }
}
