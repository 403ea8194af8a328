package io.infrakit.oneview.simulator;

/**
 * {@code DELETE /rest/server-profiles/{id}[?force=true]}: 409 while a task runs on the profile or its server, then a
 * task that removes the profile at its end, or fails when the server is on and {@code force} is not given. Internal.
 */
final class ProfileDeletion {

    private final Appliance appliance;
    private final ProfileTasks tasks;

    ProfileDeletion(Appliance appliance, ProfileTasks tasks) {
        this.appliance = appliance;
        this.tasks = tasks;
    }

    ApiResponse delete(RequestContext context, Profile p) throws ApiException {
        if (p.inProgress()) {
            throw ApiException.conflict("The server profile " + p.name() + " is " + p.state().wire()
                    + "; wait for its running task to finish.");
        }
        Hardware h = appliance.hardwareByUri(p.hardwareUri());
        Assignment.requireNotBusy(h);
        SimTask task = tasks.start(context, TaskKind.DELETE_PROFILE, "delete", p.name(), p.uri);
        if (h != null && !ProfileRequest.force(context, "true")) {
            TaskError on = Assignment.requireOff(h, "remove its server profile");
            if (on != null) {
                return tasks.refuse(context, task, on);
            }
        }
        appliance.injectFault(task);
        p.moveTo(ProfileState.DELETING, task.uri);
        appliance.touch(p);
        if (h != null) {
            h.moveTo(HardwareState.REMOVING_PROFILE);
            appliance.touch(h);
        }
        task.onSuccess = () -> {
            appliance.profiles.remove(p.id);
            if (h != null) {
                ProfileUpdate.release(appliance, h);
            }
        };
        task.onFailure = () -> {
            p.moveTo(ProfileState.NORMAL, task.uri);
            appliance.touch(p);
            if (h != null) {
                h.moveTo(HardwareState.PROFILE_APPLIED);
                appliance.touch(h);
            }
        };
        appliance.submit(task);
        return Responses.accepted(context, task);
    }
}
