package io.infrakit.oneview.client;

import io.infrakit.oneview.client.model.PowerControl;
import io.infrakit.oneview.client.model.PowerState;
import io.infrakit.oneview.client.model.ServerHardware;

/**
 * Server hardware ({@code /rest/server-hardware}).
 */
public interface ServerHardwareApi extends CollectionApi<ServerHardware> {

    /**
     * Changes a server's power state ({@code PUT /rest/server-hardware/{id}/powerState} with
     * {@code {"powerState": ..., "powerControl": ...}}).
     *
     * @param uriOrId the server hardware URI or id
     * @param state   {@link PowerState#ON} or {@link PowerState#OFF}
     * @param control how
     * @return the power task
     * @throws IllegalArgumentException for a state other than ON or OFF
     */
    TaskHandle setPowerState(String uriOrId, PowerState state, PowerControl control);

    /**
     * Powers a server on ({@code On} + {@code MomentaryPress}).
     *
     * @param uriOrId the server hardware URI or id
     * @return the power task
     */
    default TaskHandle powerOn(String uriOrId) {
        return setPowerState(uriOrId, PowerState.ON, PowerControl.MOMENTARY_PRESS);
    }

    /**
     * Powers a server off at once ({@code Off} + {@code PressAndHold}), as needed before assigning a profile.
     *
     * @param uriOrId the server hardware URI or id
     * @return the power task
     */
    default TaskHandle powerOff(String uriOrId) {
        return setPowerState(uriOrId, PowerState.OFF, PowerControl.PRESS_AND_HOLD);
    }
}
