package io.infrakit.oneview.simulator;

import java.util.ArrayList;

/**
 * {@code /rest/tasks}: list and get. Internal.
 */
final class TaskEndpoints implements Endpoints {

    private final Appliance appliance;

    TaskEndpoints(Appliance appliance) {
        this.appliance = appliance;
    }

    @Override
    public void register(Router router) {
        router.add("GET", "/rest/tasks", true, this::list)
                .add("GET", "/rest/tasks/{id}", true, this::get);
    }

    private ApiResponse list(RequestContext context) throws ApiException {
        return Responses.collection(appliance, context, new ArrayList<>(appliance.tasks.values()),
                task -> task.render(context.now()), "TaskResourceCollectionV2", "tasks");
    }

    private ApiResponse get(RequestContext context) throws ApiException {
        SimTask task = appliance.tasks.get(context.id());
        if (task == null) {
            throw ApiException.notFound("/rest/tasks/" + context.id());
        }
        return Responses.single(context, task.render(context.now()));
    }
}
