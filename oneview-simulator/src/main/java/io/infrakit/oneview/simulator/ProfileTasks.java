package io.infrakit.oneview.simulator;

/**
 * Makes the tasks of profile operations with the appliance's names and status texts. Internal.
 */
final class ProfileTasks {

    private final Appliance appliance;

    ProfileTasks(Appliance appliance) {
        this.appliance = appliance;
    }

    /**
     * @param kind   create, update or delete
     * @param verb   {@code create}, {@code update} or {@code delete}
     * @param name   the profile's name (for a create, the requested one)
     * @param uri    the profile's URI, known from the start for an update or delete, or null for a create
     */
    SimTask start(RequestContext context, TaskKind kind, String verb, String name, String uri) {
        String title = Character.toUpperCase(verb.charAt(0)) + verb.substring(1);
        SimTask task = appliance.newTask(kind, title, context.userName(), "server-profiles",
                appliance.config.taskDuration());
        String ing = verb.substring(0, verb.length() - 1) + "ing";
        task.resourceName = name;
        task.resourceUri = uri;
        task.resourceExists = uri != null;
        task.runningStatus = Character.toUpperCase(ing.charAt(0)) + ing.substring(1) + " server profile: " + name;
        task.completedStatus = title + "d server profile: " + name;
        task.failedStatus = "Unable to " + verb + " server profile: " + name;
        return task;
    }

    /** Submits a task that fails at its end without touching anything, and answers 202. */
    ApiResponse refuse(RequestContext context, SimTask task, TaskError error) {
        task.fail(error.code(), error.message());
        appliance.submit(task);
        return Responses.accepted(context, task);
    }
}
