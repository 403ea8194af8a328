package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.simulator.OneViewSimulator;
import io.infrakit.oneview.simulator.ServerFailure;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.provider.InstanceProvider;
import io.infrakit.oneview.spi.provider.InstanceProviderContractTest;
import io.infrakit.oneview.spi.provider.Machine;
import io.infrakit.oneview.spi.provider.Providers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OneView provider passes the provider contract against the embedded simulator: breaking a machine is its server
 * turning Critical (the simulator's fault API), repairing it is the server recovering.
 */
class OneViewInstanceProviderContractTest extends InstanceProviderContractTest {

    @TempDir
    Path tmp;

    private OneViewSimulator sim;
    private OneViewClient client;

    @AfterEach
    void stopSimulator() {
        if (client != null) {
            client.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    @Override
    protected InstanceProvider newProvider() {
        sim = Fixture.simulator(Duration.ofMillis(20));
        InstanceProvider provider = Providers.named("oneview").create(Fixture.context(Fixture.settings(sim, tmp),
                Map.of(), tmp));
        client = OneViewClient.builder().address(sim.baseUri().toString())
                .credentials(sim.userName(), sim.password()).caBundle(tmp.resolve("ov-ca.pem")).build();
        return provider;
    }

    @Override
    protected RawJson validProperties() {
        return Fixture.template("");
    }

    @Override
    protected RawJson invalidProperties() {
        return RawJson.of("{\"ProfileName\":\"no template\"}");
    }

    @Override
    protected void breakMachine(Machine machine) {
        sim.faults().failServer(MachineData.of(machine).serverHardwareUri(), ServerFailure.CRITICAL);
    }

    @Override
    protected void repairMachine(Machine machine) {
        sim.faults().recoverServer(MachineData.of(machine).serverHardwareUri());
    }

    @Override
    protected boolean anythingLeftOf(String instanceId) {
        return client.serverProfiles().stream(io.infrakit.oneview.client.query.ListOptions.builder().build())
                .anyMatch(p -> ProfileMarker.parse(p.description()).map(m -> m.instanceId().equals(instanceId))
                        .orElse(false));
    }

    @Override
    protected void awaitBackgroundWork() throws InterruptedException {
        ((OneViewInstanceProvider) provider).awaitRecoveryRemovals(Duration.ofSeconds(30));
    }
}
