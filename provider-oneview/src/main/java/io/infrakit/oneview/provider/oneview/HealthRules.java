package io.infrakit.oneview.provider.oneview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infrakit.oneview.client.model.OsDeploymentSettings;
import io.infrakit.oneview.client.model.ServerHardware;
import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.provider.MachineStatus;
import java.util.Set;

/**
 * Decides a machine's health from its profile and its server, as read by {@link ApplianceSnapshot}:
 * <ul>
 *   <li>the profile is gone: {@code GONE};</li>
 *   <li>the profile has no server, its server is missing from the listing (removed from its bay), the server or the
 *       profile has status {@code Critical}, or the server's state is neither {@code ProfileApplied} nor one the
 *       appliance passes through while the profile stays on it ({@code ApplyingProfile} during a profile update,
 *       e.g. a Label; {@code UpdatingFirmware}): {@code FAILED};</li>
 *   <li>otherwise {@code FUNCTIONAL}, with the server's facts as the description's properties, and, for a profile
 *       that deploys an OS, the plan and the deployment's state ({@link #deploymentState}); never an attribute
 *       value (the Init may hold a join token).</li>
 * </ul>
 */
final class HealthRules {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Server states of a profile that is in place: applied, being re-applied (an update), under a firmware update. */
    private static final Set<String> APPLIED = Set.of("ProfileApplied", "ApplyingProfile", "UpdatingFirmware");

    private HealthRules() {
    }

    /**
     * @param data     the stored machine data
     * @param profile  its profile now, or null when gone
     * @param hardware the profile's server now, or null when not listed
     * @return the status
     */
    static MachineStatus status(MachineData data, ServerProfile profile, ServerHardware hardware) {
        String what = "server profile " + data.profileName() + " (" + data.profileUri() + ")";
        if (profile == null) {
            return MachineStatus.gone(what + " no longer exists on " + data.appliance());
        }
        String hwUri = profile.serverHardwareUri();
        if (hwUri == null) {
            return MachineStatus.failed(what + " is not assigned to any server");
        }
        if (hardware == null) {
            return MachineStatus.failed("the server " + hwUri + " of " + what + " is missing (removed from its bay?)");
        }
        String server = "server " + hardware.name() + " (" + hwUri + ")";
        if ("Critical".equals(hardware.status())) {
            return MachineStatus.failed(server + " has status Critical");
        }
        if ("Critical".equals(profile.status())) {
            return MachineStatus.failed(what + " has status Critical");
        }
        if (!APPLIED.contains(hardware.state())) {
            return MachineStatus.failed(what + " is not applied: " + server + " is in state " + hardware.state());
        }
        ObjectNode p = MAPPER.createObjectNode();
        p.put("ServerName", hardware.name());
        p.put("SerialNumber", hardware.serialNumber());
        p.put("ServerHardwareUri", hwUri);
        p.put("PowerState", hardware.powerStateText());
        p.put("Status", hardware.status());
        p.put("ProfileUri", profile.uri());
        p.put("ProfileName", profile.name());
        p.put("ProfileState", profile.state());
        p.put("Appliance", data.appliance());
        OsDeploymentSettings os = profile.osDeploymentSettings();
        if (os != null && os.osDeploymentPlanUri() != null) {
            if (data.osDeploymentPlan() != null) {
                p.put("OSDeploymentPlan", data.osDeploymentPlan());
            }
            p.put("OSDeploymentPlanUri", os.osDeploymentPlanUri());
            p.put("OSDeploymentState", deploymentState(profile, os));
            if (os.osVolumeUri() != null) {
                p.put("OSVolumeUri", os.osVolumeUri());
            }
        }
        try {
            return MachineStatus.functional(RawJson.of(MAPPER.writeValueAsString(p)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The state of a profile's OS deployment, from what the profile shows: {@code Deployed} once the appliance set
     * its OS volume ({@code osVolumeUri}); {@code Redeploying} while a re-deployment was asked for
     * ({@code reapplyState} other than {@code NotApplying}); {@code Deploying} while the profile is being created or
     * updated; {@code NotDeployed} otherwise.
     */
    static String deploymentState(ServerProfile profile, OsDeploymentSettings os) {
        String reapply = os.reapplyState();
        if (reapply != null && !"NotApplying".equals(reapply)) {
            return "Redeploying";
        }
        if (os.osVolumeUri() != null) {
            return "Deployed";
        }
        return "Creating".equals(profile.state()) || "Updating".equals(profile.state()) ? "Deploying" : "NotDeployed";
    }
}
