package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code POST /rest/server-profiles}: checks the body (400, its OS deployment settings included), the server (409 when
 * busy), then answers 202 with a task that applies the profile (deploying its OS, if it names a plan), or fails at its
 * end with the appliance's error when the server cannot take it. Internal.
 */
final class ProfileCreation {

    private final Appliance appliance;
    private final ProfileTasks tasks;

    ProfileCreation(Appliance appliance, ProfileTasks tasks) {
        this.appliance = appliance;
        this.tasks = tasks;
    }

    ApiResponse create(RequestContext context) throws ApiException {
        ObjectNode body = Json.parseObject(context.request().body());
        ProfileJson.checkType(body, context.apiVersion());
        ProfileRequest request = ProfileRequest.parse(appliance, body, null);
        OsDeploymentRequest os = OsDeploymentRequest.parse(appliance, body, request, context.apiVersion());
        Hardware h = request.hardware();
        Assignment.requireNotBusy(h);
        SimTask task = tasks.start(context, TaskKind.CREATE_PROFILE, "create", request.name(), null);
        TaskError refusal = refusal(context, request);
        if (refusal != null) {
            return tasks.refuse(context, task, refusal);
        }
        appliance.injectFault(task);
        Profile p = new Profile(appliance.uuid(), ProfileJson.canonical(body), ProfileState.CREATING);
        p.body.put("type", ApiTypes.serverProfile(appliance.config.currentApiVersion()));
        ProfileJson.fillNew(appliance, p, request, context);
        ProfileJson.osDeployment(p.body, os, null);
        String volume = os != null && h != null ? OsDeploymentStep.add(appliance, task, os, h) : null;
        p.moveTo(ProfileState.CREATING, task.uri);
        appliance.touch(p);
        appliance.profiles.put(p.id, p);
        task.resourceUri = p.uri;
        if (h != null) {
            h.moveTo(HardwareState.APPLYING_PROFILE);
            h.serverProfileUri = p.uri;
            appliance.touch(h);
        }
        task.onSuccess = () -> applied(p, h, os, volume);
        task.onFailure = () -> undone(p, h);
        appliance.submit(task);
        return Responses.accepted(context, task);
    }

    private TaskError refusal(RequestContext context, ProfileRequest request) {
        if (appliance.profileByName(request.name()) != null) {
            return new TaskError(ErrorCodes.DUPLICATE_PROFILE_NAME,
                    "A server profile named '" + request.name() + "' already exists.");
        }
        Hardware h = request.hardware();
        return h == null ? null
                : Assignment.refusal(h, request, ProfileRequest.force(context, "ignoreServerHealth"));
    }

    private void applied(Profile p, Hardware h, OsDeploymentRequest os, String volume) {
        p.moveTo(ProfileState.NORMAL, null);
        ProfileJson.osDeployment(p.body, os, volume);
        appliance.touch(p);
        if (h != null) {
            h.osDeployment = volume == null ? null : os.deployed(volume);
            h.moveTo(HardwareState.PROFILE_APPLIED);
            appliance.touch(h);
        }
    }

    private void undone(Profile p, Hardware h) {
        appliance.profiles.remove(p.id);
        if (h != null) {
            ProfileUpdate.release(appliance, h);
        }
    }
}
