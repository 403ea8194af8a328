package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;
import java.util.Objects;

/**
 * {@code PUT} and {@code PATCH /rest/server-profiles/{id}}: the eTag check (412), the read-only fields (403), the
 * lock (409), the OS deployment settings (400), then a task that applies the new body at its end, moving the profile
 * to another server when {@code serverHardwareUri} changed, and deploying the OS again when the plan or its values
 * changed, the profile moved, or {@code forceOsDeployment} is set. Internal.
 */
final class ProfileUpdate {

    private final Appliance appliance;
    private final ProfileTasks tasks;

    ProfileUpdate(Appliance appliance, ProfileTasks tasks) {
        this.appliance = appliance;
        this.tasks = tasks;
    }

    ApiResponse put(RequestContext context, Profile p) throws ApiException {
        ObjectNode body = Json.parseObject(context.request().body());
        ETags.check(context, p.eTag(), Json.text(body, "eTag"), true);
        requireReadOnlyUnchanged(p, body, context.apiVersion());
        return start(context, p, body);
    }

    ApiResponse patch(RequestContext context, Profile p) throws ApiException {
        JsonNode ops = Json.parse(context.request().body());
        if (ops.isObject()) {
            ArrayNode single = Json.array();
            single.add(ops);
            ops = single;
        }
        if (!ops.isArray() || ops.isEmpty()) {
            throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, "A PATCH body is a JSON array of operations.");
        }
        ETags.check(context, p.eTag(), null, false);
        ObjectNode updated = ProfileJson.render(p, context.apiVersion());
        for (JsonNode op : ops) {
            apply(op, updated);
        }
        return start(context, p, updated);
    }

    private static void apply(JsonNode op, ObjectNode target) throws ApiException {
        String verb = Json.text(op, "op");
        String path = Json.text(op, "path");
        if (verb == null || path == null || !path.matches("/[A-Za-z][A-Za-z0-9]*")) {
            throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, "Unsupported PATCH operation " + op
                    + ": the simulator supports replace, add and remove of top-level fields (path \"/field\").");
        }
        String field = path.substring(1);
        if (ProfileJson.READ_ONLY.contains(field)) {
            throw readOnly(field, op.get("value"), target.get(field));
        }
        if (ProfileJson.APPLIANCE_OWNED.contains(field)) {
            throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, "The field " + field
                    + " is set by the appliance.");
        }
        switch (verb.toLowerCase(Locale.ROOT)) {
            case "replace", "add" -> target.set(field, op.has("value") ? op.get("value") : Json.NODES.nullNode());
            case "remove" -> target.remove(field);
            default -> throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, "Unsupported PATCH op '" + verb + "'.");
        }
    }

    /**
     * @throws ApiException 403 when the body changes a read-only field, compared with the profile as the request's
     *                      API version shows it (a field left out is not a change)
     */
    private static void requireReadOnlyUnchanged(Profile p, ObjectNode body, int api) throws ApiException {
        ObjectNode current = ProfileJson.render(p, api);
        for (String field : ProfileJson.READ_ONLY) {
            JsonNode sent = body.get(field);
            if (sent != null && !Objects.equals(sent, current.get(field))) {
                throw readOnly(field, sent, current.get(field));
            }
        }
    }

    private static ApiException readOnly(String field, JsonNode sent, JsonNode current) {
        return new ApiException(403, ErrorCodes.CRM_INCORRECT_VALUE_IN_READONLY_FIELD,
                "The value of the read-only field " + field + " cannot be changed: " + sent + " was sent, the current"
                        + " value is " + current + ".",
                "The request changes a read-only attribute of the server profile.",
                "Send the read-only attributes back exactly as they were read, or leave them out.");
    }

    private ApiResponse start(RequestContext context, Profile p, ObjectNode body) throws ApiException {
        if (p.inProgress()) {
            throw ApiException.conflict("The server profile " + p.name() + " is " + p.state().wire()
                    + "; wait for its running task to finish.");
        }
        ProfileJson.checkType(body, context.apiVersion());
        Hardware oldH = appliance.hardwareByUri(p.hardwareUri());
        ProfileRequest request = ProfileRequest.parse(appliance, body, oldH);
        OsDeploymentRequest os = OsDeploymentRequest.parse(appliance, body, request, context.apiVersion());
        Reassignment move = new Reassignment(appliance, oldH, request.hardware());
        Assignment.requireNotBusy(oldH);
        Assignment.requireNotBusy(request.hardware());
        SimTask task = tasks.start(context, TaskKind.UPDATE_PROFILE, "update", p.name(), p.uri);
        task.runningStatus = "Updating server profile: " + request.name();
        task.completedStatus = "Updated server profile: " + request.name();
        TaskError refusal = refusal(context, p, request, move);
        if (refusal != null) {
            return tasks.refuse(context, task, refusal);
        }
        appliance.injectFault(task);
        ObjectNode updated = ProfileJson.merge(appliance, p, body, request);
        Hardware to = move.to();
        boolean redeploy = to != null && os != null && (move.moves() || os.force() || !os.sameAs(to.osDeployment));
        String volume = redeploy ? OsDeploymentStep.add(appliance, task, os, to)
                : to == null || os == null ? null : Json.text(p.body.path("osDeploymentSettings"), "osVolumeUri");
        ProfileJson.osDeployment(updated, os, volume);
        p.moveTo(ProfileState.UPDATING, task.uri);
        appliance.touch(p);
        move.begin(p);
        task.onSuccess = () -> {
            p.body.removeAll();
            p.body.setAll(updated);
            p.moveTo(ProfileState.NORMAL, task.uri);
            appliance.touch(p);
            move.complete(p);
            if (to != null) {
                to.osDeployment = os == null ? null : redeploy ? os.deployed(volume) : to.osDeployment;
            }
        };
        task.onFailure = () -> {
            p.moveTo(ProfileState.NORMAL, task.uri);
            appliance.touch(p);
            move.undo(p);
        };
        appliance.submit(task);
        return Responses.accepted(context, task);
    }

    private TaskError refusal(RequestContext context, Profile p, ProfileRequest request, Reassignment move) {
        Profile sameName = appliance.profileByName(request.name());
        if (sameName != null && sameName != p) {
            return new TaskError(ErrorCodes.DUPLICATE_PROFILE_NAME,
                    "A server profile named '" + request.name() + "' already exists.");
        }
        boolean force = ProfileRequest.force(context, "ignoreServerHealth");
        if (!move.moves()) {
            return move.to() != null && request.mismatches(move.to()) ? Assignment.mismatch(move.to()) : null;
        }
        TaskError error = move.to() == null ? null : Assignment.refusal(move.to(), request, force);
        if (error == null && move.from() != null && !force) {
            error = Assignment.requireOff(move.from(), "move its server profile");
        }
        return error;
    }

    /** Frees a server whose profile went away or never came. */
    static void release(Appliance appliance, Hardware h) {
        h.moveTo(HardwareState.NO_PROFILE_APPLIED);
        h.serverProfileUri = null;
        h.osDeployment = null;
        appliance.touch(h);
    }

    /**
     * The servers an update touches: the one the profile is on and the one it ends on (the same one, another one,
     * or none), and their state moves during the task.
     */
    private record Reassignment(Appliance appliance, Hardware from, Hardware to) {

        boolean moves() {
            return from != to;
        }

        void begin(Profile p) {
            if (!moves()) {
                if (from != null) {
                    from.moveTo(HardwareState.APPLYING_PROFILE);
                    appliance.touch(from);
                }
                return;
            }
            if (from != null) {
                from.moveTo(HardwareState.REMOVING_PROFILE);
                appliance.touch(from);
            }
            if (to != null) {
                to.moveTo(HardwareState.APPLYING_PROFILE);
                to.serverProfileUri = p.uri;
                appliance.touch(to);
            }
        }

        void complete(Profile p) {
            if (from != null && moves()) {
                release(appliance, from);
            }
            if (to != null) {
                to.moveTo(HardwareState.PROFILE_APPLIED);
                to.serverProfileUri = p.uri;
                appliance.touch(to);
            }
        }

        void undo(Profile p) {
            if (to != null && moves()) {
                release(appliance, to);
            }
            if (from != null) {
                from.moveTo(HardwareState.PROFILE_APPLIED);
                from.serverProfileUri = p.uri;
                appliance.touch(from);
            }
        }
    }
}
