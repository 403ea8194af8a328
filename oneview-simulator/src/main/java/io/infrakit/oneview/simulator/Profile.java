package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A server profile: the stored JSON body plus bookkeeping. Guarded by the appliance lock. Internal. */
final class Profile {

    final String id;
    final String uri;
    final ObjectNode body;

    Profile(String id, ObjectNode body) {
        this.id = id;
        this.uri = "/rest/server-profiles/" + id;
        this.body = body;
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

    boolean inProgress() {
        return body.path("inProgress").asBoolean(false);
    }

    void setState(String state, boolean inProgress, String taskUri) {
        body.put("state", state);
        body.put("inProgress", inProgress);
        if (taskUri != null) {
            body.put("taskUri", taskUri);
        }
    }
}
