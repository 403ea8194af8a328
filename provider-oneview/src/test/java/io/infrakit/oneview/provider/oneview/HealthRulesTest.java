package io.infrakit.oneview.provider.oneview;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrakit.oneview.client.model.ServerHardware;
import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.spi.provider.MachineStatus;
import org.junit.jupiter.api.Test;

/** The health rules, one case each. */
class HealthRulesTest {

    private static final MachineData DATA = new MachineData("https://ov", "u", "/rest/server-profiles/p1", "Docker-1",
            "/rest/server-hardware/h1", "Encl1, bay 1", "SN1", "T", false, null);

    private static ServerProfile profile(String hardware, String status) {
        return ServerProfile.fromJson("{\"uri\":\"/rest/server-profiles/p1\",\"name\":\"Docker-1\",\"state\":\"Normal\","
                + "\"status\":\"" + status + "\",\"serverHardwareUri\":" + (hardware == null ? "null" : "\"" + hardware + "\"")
                + "}");
    }

    private static ServerHardware hardware(String state, String status, String power) {
        return ServerHardware.fromJson("{\"uri\":\"/rest/server-hardware/h1\",\"name\":\"Encl1, bay 1\",\"serialNumber\":"
                + "\"SN1\",\"state\":\"" + state + "\",\"status\":\"" + status + "\",\"powerState\":\"" + power + "\"}");
    }

    @Test
    void aProfileThatIsGoneIsGone() {
        MachineStatus s = HealthRules.status(DATA, null, null);
        assertThat(s.health()).isEqualTo(MachineStatus.Health.GONE);
        assertThat(s.detail()).contains("Docker-1").contains("no longer exists");
    }

    @Test
    void failedCases() {
        assertThat(HealthRules.status(DATA, profile(null, "OK"), null).detail())
                .contains("is not assigned to any server");
        assertThat(HealthRules.status(DATA, profile("/rest/server-hardware/h1", "OK"), null).detail())
                .contains("is missing (removed from its bay?)");
        assertThat(HealthRules.status(DATA, profile("/rest/server-hardware/h1", "OK"),
                hardware("ProfileApplied", "Critical", "On")).detail()).contains("has status Critical");
        assertThat(HealthRules.status(DATA, profile("/rest/server-hardware/h1", "Critical"),
                hardware("ProfileApplied", "OK", "On")).health()).isEqualTo(MachineStatus.Health.FAILED);
        MachineStatus notApplied = HealthRules.status(DATA, profile("/rest/server-hardware/h1", "OK"),
                hardware("RemovingProfile", "OK", "Off"));
        assertThat(notApplied.health()).isEqualTo(MachineStatus.Health.FAILED);
        assertThat(notApplied.detail()).contains("is in state RemovingProfile");
    }

    @Test
    void aHealthyServerIsFunctionalWithItsFactsEvenWhenPoweredOff() {
        MachineStatus s = HealthRules.status(DATA, profile("/rest/server-hardware/h1", "OK"),
                hardware("ProfileApplied", "OK", "Off"));
        assertThat(s.functional()).isTrue();
        assertThat(s.properties().json()).isEqualTo("{\"ServerName\":\"Encl1, bay 1\",\"SerialNumber\":\"SN1\","
                + "\"ServerHardwareUri\":\"/rest/server-hardware/h1\",\"PowerState\":\"Off\",\"Status\":\"OK\","
                + "\"ProfileUri\":\"/rest/server-profiles/p1\",\"ProfileName\":\"Docker-1\",\"ProfileState\":\"Normal\","
                + "\"Appliance\":\"https://ov\"}");
    }

    @Test
    void aServerWhoseProfileIsBeingUpdatedOrWhoseFirmwareIsBeingUpdatedStaysFunctional() {
        for (String state : new String[]{"ApplyingProfile", "UpdatingFirmware"}) {
            MachineStatus s = HealthRules.status(DATA, profile("/rest/server-hardware/h1", "OK"),
                    hardware(state, "OK", "On"));
            assertThat(s.functional()).as(state).isTrue();
        }
        assertThat(HealthRules.status(DATA, profile("/rest/server-hardware/h1", "OK"),
                hardware("ProfileError", "Warning", "On")).health()).isEqualTo(MachineStatus.Health.FAILED);
    }

    @Test
    void aProfileThatDeploysAnOsShowsThePlanAndTheDeploymentStateButNoAttributeValue() {
        MachineData data = new MachineData("https://ov", "u", "/rest/server-profiles/p1", "Docker-1",
                "/rest/server-hardware/h1", "Encl1, bay 1", "SN1", "T", false, "InfraKit Linux");
        ServerProfile deployed = ServerProfile.fromJson("{\"uri\":\"/rest/server-profiles/p1\",\"name\":\"Docker-1\","
                + "\"state\":\"Normal\",\"status\":\"OK\",\"serverHardwareUri\":\"/rest/server-hardware/h1\","
                + "\"osDeploymentSettings\":{\"osDeploymentPlanUri\":\"/rest/os-deployment-plans/p\","
                + "\"osVolumeUri\":\"/rest/deployed-targets/v1\",\"reapplyState\":\"NotApplying\","
                + "\"osCustomAttributes\":[{\"name\":\"InfraKitInit\",\"value\":\"c2VjcmV0\"}]}}");
        MachineStatus s = HealthRules.status(data, deployed, hardware("ProfileApplied", "OK", "On"));
        assertThat(s.properties().json()).endsWith(",\"Appliance\":\"https://ov\",\"OSDeploymentPlan\":"
                + "\"InfraKit Linux\",\"OSDeploymentPlanUri\":\"/rest/os-deployment-plans/p\",\"OSDeploymentState\":"
                + "\"Deployed\",\"OSVolumeUri\":\"/rest/deployed-targets/v1\"}").doesNotContain("c2VjcmV0");

        ServerProfile notYet = ServerProfile.fromJson("{\"state\":\"Normal\",\"osDeploymentSettings\":"
                + "{\"osDeploymentPlanUri\":\"/rest/os-deployment-plans/p\"}}");
        assertThat(HealthRules.deploymentState(notYet, notYet.osDeploymentSettings())).isEqualTo("NotDeployed");
        ServerProfile creating = ServerProfile.fromJson("{\"state\":\"Creating\",\"osDeploymentSettings\":"
                + "{\"osDeploymentPlanUri\":\"/rest/os-deployment-plans/p\"}}");
        assertThat(HealthRules.deploymentState(creating, creating.osDeploymentSettings())).isEqualTo("Deploying");
        ServerProfile again = ServerProfile.fromJson("{\"state\":\"Normal\",\"osDeploymentSettings\":"
                + "{\"osDeploymentPlanUri\":\"/rest/os-deployment-plans/p\",\"osVolumeUri\":\"/rest/deployed-targets/v\","
                + "\"reapplyState\":\"ApplyPending\"}}");
        assertThat(HealthRules.deploymentState(again, again.osDeploymentSettings())).isEqualTo("Redeploying");
        // a profile without a plan (C7000, rack servers) shows no OS deployment field
        ServerProfile none = ServerProfile.fromJson("{\"uri\":\"/rest/server-profiles/p1\",\"name\":\"Docker-1\","
                + "\"state\":\"Normal\",\"status\":\"OK\",\"serverHardwareUri\":\"/rest/server-hardware/h1\","
                + "\"osDeploymentSettings\":{\"osDeploymentPlanUri\":null,\"osCustomAttributes\":[]}}");
        assertThat(HealthRules.status(data, none, hardware("ProfileApplied", "OK", "On")).properties().json())
                .doesNotContain("OSDeployment");
    }
}
