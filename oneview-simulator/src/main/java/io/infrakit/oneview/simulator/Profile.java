package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A server profile: the stored JSON body (in the newest schema, see {@link ProfileJson}) plus its state. Guarded by
 * the appliance lock. Internal.
 */
final class Profile {

    final String id;
    final String uri;
    final ObjectNode body;
    private ProfileState state;

    Profile(String id, ObjectNode body, ProfileState initial) {
        this.id = id;
        this.uri = "/rest/server-profiles/" + id;
        this.body = body;
        this.state = initial;
        writeState();
    }

    String name() {
        return Json.text(body, "name");
    }

    String eTag() {
        return Json.text(body, "eTag");
    }

    String hardwareUri() {
        return Json.text(body, "serverHardwareUri");
    }

    ProfileState state() {
        return state;
    }

    boolean inProgress() {
        return state.inProgress();
    }

    /**
     * @param next    the new state
     * @param taskUri the task that moves it, or null to keep the current {@code taskUri}
     */
    void moveTo(ProfileState next, String taskUri) {
        state = state.to(next);
        writeState();
        if (taskUri != null) {
            body.put("taskUri", taskUri);
        }
    }

    private void writeState() {
        body.put("state", state.wire());
        body.put("inProgress", state.inProgress());
    }
}
