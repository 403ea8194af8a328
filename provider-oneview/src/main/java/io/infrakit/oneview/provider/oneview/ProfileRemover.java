package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.client.error.NotFoundException;
import io.infrakit.oneview.client.error.OneViewException;
import io.infrakit.oneview.client.model.PowerState;
import io.infrakit.oneview.client.model.ServerHardware;
import io.infrakit.oneview.client.model.ServerProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes a server profile the way a destroy does: power its server off (PressAndHold) when it is on, delete the
 * profile ({@code force=true} when asked), and wait for each task. A profile that is already gone is fine.
 */
final class ProfileRemover {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileRemover.class);

    private ProfileRemover() {
    }

    /**
     * @param client     the appliance's client
     * @param profileUri the profile
     * @param force      delete with {@code force=true}; a failed power-off is then logged, not thrown
     * @param label      who asks, for the log (e.g. the instance ID)
     * @return true when a profile was deleted, false when it was already gone
     * @throws OneViewException when a call or a task fails
     */
    static boolean remove(OneViewClient client, String profileUri, boolean force, String label) {
        ServerProfile profile;
        try {
            profile = client.serverProfiles().get(profileUri);
        } catch (NotFoundException e) {
            LOG.info("{}: server profile {} is already gone", label, profileUri);
            return false;
        }
        String hardwareUri = profile.serverHardwareUri();
        if (hardwareUri != null) {
            try {
                powerOff(client, hardwareUri, label);
            } catch (OneViewException e) {
                if (!force) {
                    throw e;
                }
                LOG.warn("{}: powering off {} failed ({}); deleting profile {} with force", label, hardwareUri,
                        e.getMessage(), profile.name());
            }
        }
        try {
            client.serverProfiles().delete(profileUri, force)
                    .await(TaskLog.of(label + ": delete profile " + profile.name()));
        } catch (NotFoundException e) {
            LOG.info("{}: server profile {} disappeared before it was deleted", label, profileUri);
            return false;
        }
        LOG.info("{}: deleted server profile {} ({})", label, profile.name(), profileUri);
        return true;
    }

    /**
     * Powers a server off (PressAndHold) and waits, unless it is already off or gone.
     *
     * @param client      the client
     * @param hardwareUri the server
     * @param label       for the log
     */
    static void powerOff(OneViewClient client, String hardwareUri, String label) {
        ServerHardware hw;
        try {
            hw = client.serverHardware().get(hardwareUri);
        } catch (NotFoundException e) {
            LOG.info("{}: server {} is gone (removed from its bay?); not powering it off", label, hardwareUri);
            return;
        }
        PowerState state = hw.powerState();
        if (state == PowerState.OFF || state == PowerState.POWERING_OFF) {
            return;
        }
        client.serverHardware().powerOff(hardwareUri).await(TaskLog.of(label + ": power off " + hw.name()));
    }
}
