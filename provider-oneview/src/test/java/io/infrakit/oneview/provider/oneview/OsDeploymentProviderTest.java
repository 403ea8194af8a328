package io.infrakit.oneview.provider.oneview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.client.testing.LogCapture;
import io.infrakit.oneview.simulator.OneViewSimulator;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.InvalidPropertiesException;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.Tags;
import io.infrakit.oneview.spi.provider.Machine;
import io.infrakit.oneview.spi.provider.ProvisionRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OS deployment through the provider against the simulator: Validate and Provision of groups that set the plan,
 * the Init attribute and custom attributes, and of groups whose Init cannot be delivered.
 */
class OsDeploymentProviderTest {

    @TempDir
    Path tmp;

    private OneViewSimulator sim;
    private OneViewInstanceProvider provider;

    @BeforeEach
    void start() {
        sim = Fixture.simulator(Duration.ofMillis(50));
        provider = Fixture.provider(sim, tmp);
    }

    @AfterEach
    void stop() {
        provider.close();
        sim.close();
    }

    private static Spec spec(String group, RawJson props, String init) {
        return new Spec(props, Tags.copyOf(Map.of("infrakit.group", group)), init, null, null);
    }

    @Test
    void aGroupWhoseTemplateDeploysNoOsIsWarnedOnceThatItsInitIsNotDeliveredAndStillProvisions() {
        RawJson props = Fixture.template("");
        assertThat(provider.validateAndReport(props).complete()).isTrue();
        try (LogCapture logs = LogCapture.capture()) {
            Machine a = provider.provision(new ProvisionRequest("instance-1", spec("workers", props, "echo a")));
            Machine b = provider.provision(new ProvisionRequest("instance-2", spec("workers", props, "echo b")));
            provider.provision(new ProvisionRequest("instance-3", spec("workers", props, "")));
            provider.provision(new ProvisionRequest("instance-4", spec("others", props, "echo c")));
            assertThat(logs.lines().stream().filter(l -> l.contains("Spec.Init is not delivered"))).containsExactly(
                    "WARN group 'workers': Spec.Init is not delivered to the servers: template 'Web Server Template'"
                            + " names no OS deployment plan and the properties give no OSDeploymentPlan (OS"
                            + " deployment needs HPE Synergy with Image Streamer; on other platforms deliver the Init"
                            + " another way)",
                    "WARN group 'others': Spec.Init is not delivered to the servers: template 'Web Server Template'"
                            + " names no OS deployment plan and the properties give no OSDeploymentPlan (OS"
                            + " deployment needs HPE Synergy with Image Streamer; on other platforms deliver the Init"
                            + " another way)");
            assertThat(logs.lines()).noneMatch(l -> l.contains("echo a") || l.contains("echo b"));
            assertThat(MachineData.of(a).osDeploymentPlan()).isNull();
            assertThat(MachineData.of(a).toJson().json()).doesNotContain("OSDeploymentPlan");
            provider.destroy(b, DestroyContext.TERMINATE);
        }
    }

    @Test
    void initAttributeOrCustomAttributesWithoutAnyPlanAreAValidateAndProvisionError() {
        RawJson init = Fixture.template("\"InitAttribute\":\"InfraKitInit\"");
        String message = "InitAttribute: template 'Web Server Template' deploys no OS (it names no OS deployment plan)"
                + " and OSDeploymentPlan is not given: there is no plan to set custom attributes of";
        assertThatThrownBy(() -> provider.validate(init)).isInstanceOf(InvalidPropertiesException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> provider.provision(new ProvisionRequest("instance-1", spec("g", init, "echo"))))
                .isInstanceOf(InvalidPropertiesException.class).hasMessage(message);
        assertThatThrownBy(() -> provider.validate(Fixture.template("\"OSCustomAttributes\":{\"HostName\":\"x\"}")))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageStartingWith("OSCustomAttributes: template 'Web Server Template' deploys no OS");
        assertThat(sim.profileCount()).isZero();
    }
}
