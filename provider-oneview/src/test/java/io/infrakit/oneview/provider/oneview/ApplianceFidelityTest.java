package io.infrakit.oneview.provider.oneview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.client.error.AssignmentErrors;
import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.client.model.ServerProfileTemplate;
import io.infrakit.oneview.simulator.ErrorCodes;
import io.infrakit.oneview.simulator.OneViewSimulator;
import io.infrakit.oneview.simulator.ServerState;
import io.infrakit.oneview.simulator.TaskKind;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.provider.InstanceIdConflictException;
import io.infrakit.oneview.spi.provider.Machine;
import io.infrakit.oneview.spi.provider.MachineStatus;
import io.infrakit.oneview.spi.provider.ProvisionRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provider facing what real appliances answer, on the simulator's default inventory (an empty bay first, a
 * Warning server, rack servers, busy servers) and its strict checks: the recorded power error, a 409, a profile
 * name taken by hand, a Label PUT under the read-only rule.
 */
class ApplianceFidelityTest {

    @TempDir
    Path tmp;

    private OneViewSimulator sim;
    private OneViewInstanceProvider provider;

    @BeforeEach
    void start() {
        sim = Fixture.simulator(Duration.ofMillis(100));
        provider = Fixture.provider(sim, tmp);
    }

    @AfterEach
    void stop() {
        provider.close();
        sim.close();
    }

    private Machine provision(String id) {
        return provider.provision(new ProvisionRequest(id, Spec.of(Fixture.template(""),
                Map.of("infrakit.group", "workers"))));
    }

    private ServerState server(String uri) {
        return Fixture.server(sim, uri);
    }

    private OneViewClient client() throws IOException {
        Path ca = Files.writeString(tmp.resolve("ca.pem"), sim.certificatePem().orElseThrow());
        return OneViewClient.builder().address(sim.baseUri()).credentials(sim.userName(), sim.password()).caBundle(ca)
                .build();
    }

    @Test
    void theRecordedPowerErrorOfAnAssignmentMeansTryingAnotherServer() {
        sim.faults().failNextTask(TaskKind.CREATE_PROFILE, AssignmentErrors.SERVER_NOT_OFF);
        Machine m = provision("instance-1");
        assertThat(server(MachineData.of(m).serverHardwareUri()).state()).isEqualTo("ProfileApplied");
        assertThat(MachineData.of(m).serverName()).as("the first server failed").isNotEqualTo("Encl1, bay 3");
        assertThat(sim.counters().get("POST /rest/server-profiles")).isEqualTo(2);
        assertThat(sim.profileCount()).isEqualTo(1);
    }

    @Test
    void aCreateAnswered409IsNotRepeatedButMovesToAnotherServer() {
        sim.expect("POST", "/rest/server-profiles").respond(409, "{\"errorCode\":\"RESOURCE_LOCKED\","
                + "\"message\":\"The server hardware is busy.\"}");
        Machine m = provision("instance-2");
        assertThat(server(MachineData.of(m).serverHardwareUri()).state()).isEqualTo("ProfileApplied");
        assertThat(sim.counters().get("POST /rest/server-profiles")).isEqualTo(2);
    }

    @Test
    void neverAnEmptyBayNorAWarningServerAndEveryUsableServerOnce() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            names.add(MachineData.of(provision("instance-w" + i)).serverName());
        }
        assertThat(names).doesNotHaveDuplicates().doesNotContain("Encl2, bay 3").contains("Encl3, bay 5");
        assertThatThrownBy(() -> provision("instance-w10"))
                .isInstanceOf(InstancePluginException.class)
                .hasMessageContaining("1 with status Critical or Warning");
        assertThat(sim.counters().get("POST /rest/server-profiles")).as("no create was refused").isEqualTo(10);
    }

    @Test
    void aProfileNameTakenByHandIsAnIdConflictWhateverTheErrorCode() throws IOException {
        try (OneViewClient ov = client()) {
            ServerProfileTemplate template = ov.serverProfileTemplates().findByName(Fixture.TEMPLATE).orElseThrow();
            ov.serverProfiles().create(ov.serverProfileTemplates().newProfile(template)
                    .withName("Web Server Template-c1").withServerHardwareUri(null)).await();
        }
        assertThatThrownBy(() -> provision("instance-c1")).isInstanceOf(InstanceIdConflictException.class);
        assertThat(sim.profileCount()).as("the hand-made profile is left alone").isEqualTo(1);
    }

    @Test
    void aLabelPutsTheProfileBackUntouchedUnderTheReadOnlyRule() throws IOException {
        Machine m = provision("instance-l1");
        ServerProfile before;
        try (OneViewClient ov = client()) {
            before = ov.serverProfiles().get(MachineData.of(m).profileUri());
            provider.tagsChanged(m, Map.of("infrakit.group", "workers", "tier", "web"));
            ServerProfile after = ov.serverProfiles().get(before.uri());
            assertThat(after.description()).contains("\"tier\":\"web\"");
            var b = before.json().toObjectNode();
            var a = after.json().toObjectNode();
            for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!List.of("description", "modified", "eTag", "taskUri").contains(field)) {
                    assertThat(a.get(field)).as(field).isEqualTo(b.get(field));
                }
            }
        }
        assertThat(provider.health(List.of(m)).get("instance-l1").health()).isEqualTo(MachineStatus.Health.FUNCTIONAL);
    }

    @Test
    void noCodeTheProviderOrClientSwitchesOnIsOneTheSimulatorInvented() throws IOException {
        assertThat(AssignmentErrors.all()).doesNotContainAnyElementsOf(ErrorCodes.invented());
        assertThat(AssignmentErrors.SERVER_NOT_OFF).isEqualTo(ErrorCodes.SERVER_NOT_OFF);
        assertThat(AssignmentErrors.PROFILE_ALREADY_EXISTS_IN_SERVER)
                .isEqualTo(ErrorCodes.PROFILE_ALREADY_EXISTS_IN_SERVER);
        List<Path> sources = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../oneview-client/src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        assertThat(sources).isNotEmpty();
        for (Path source : sources) {
            String text = Files.readString(source);
            for (String invented : ErrorCodes.invented()) {
                assertThat(text).as(source + " names the simulator's invented code " + invented)
                        .doesNotContain("\"" + invented + "\"");
            }
        }
    }
}
