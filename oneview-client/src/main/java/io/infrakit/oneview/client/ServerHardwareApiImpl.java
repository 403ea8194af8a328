package io.infrakit.oneview.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infrakit.oneview.client.model.PowerControl;
import io.infrakit.oneview.client.model.PowerState;
import io.infrakit.oneview.client.model.ServerHardware;
import java.util.Map;
import java.util.Objects;

/**
 * {@link ServerHardwareApi} over the engine.
 */
final class ServerHardwareApiImpl extends CollectionSupport<ServerHardware> implements ServerHardwareApi {

    ServerHardwareApiImpl(RestEngine engine) {
        super(engine, "/rest/server-hardware", "server hardware", ServerHardware::new);
    }

    @Override
    public TaskHandle setPowerState(String uriOrId, PowerState state, PowerControl control) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(control, "control");
        if (state != PowerState.ON && state != PowerState.OFF) {
            throw new IllegalArgumentException("A power state can only be set to ON or OFF, not " + state);
        }
        ObjectNode body = Json.object();
        body.put("powerState", state.value());
        body.put("powerControl", control.value());
        RestRequest request = new RestRequest("PUT", path(uriOrId) + "/powerState", body, Map.of(), true);
        return TaskHandle.fromResponse(engine, request, engine.execute(request));
    }
}
