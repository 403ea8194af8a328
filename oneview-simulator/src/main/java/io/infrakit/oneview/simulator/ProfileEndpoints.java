package io.infrakit.oneview.simulator;

import java.util.ArrayList;

/**
 * The routes of {@code /rest/server-profiles}: list and get here; available targets, create, update and delete in
 * their own classes. Internal.
 */
final class ProfileEndpoints implements Endpoints {

    private final Appliance appliance;
    private final AvailableTargets targets;
    private final ProfileCreation creation;
    private final ProfileUpdate update;
    private final ProfileDeletion deletion;

    ProfileEndpoints(Appliance appliance) {
        this.appliance = appliance;
        ProfileTasks tasks = new ProfileTasks(appliance);
        this.targets = new AvailableTargets(appliance);
        this.creation = new ProfileCreation(appliance, tasks);
        this.update = new ProfileUpdate(appliance, tasks);
        this.deletion = new ProfileDeletion(appliance, tasks);
    }

    @Override
    public void register(Router router) {
        router.add("GET", "/rest/server-profiles/available-targets", true, targets::list)
                .add("GET", "/rest/server-profiles", true, this::list)
                .add("POST", "/rest/server-profiles", true, creation::create)
                .add("GET", "/rest/server-profiles/{id}", true, this::get)
                .add("PUT", "/rest/server-profiles/{id}", true, c -> update.put(c, profile(c)))
                .add("PATCH", "/rest/server-profiles/{id}", true, c -> update.patch(c, profile(c)))
                .add("DELETE", "/rest/server-profiles/{id}", true, c -> deletion.delete(c, profile(c)));
    }

    private ApiResponse list(RequestContext context) throws ApiException {
        int api = context.apiVersion();
        return Responses.collection(appliance, context, new ArrayList<>(appliance.profiles.values()),
                p -> ProfileJson.render(p, api), ApiTypes.serverProfileList(api), "server-profiles");
    }

    private Profile profile(RequestContext context) throws ApiException {
        Profile p = appliance.profiles.get(context.id());
        if (p == null) {
            throw ApiException.notFound("/rest/server-profiles/" + context.id());
        }
        return p;
    }

    private ApiResponse get(RequestContext context) throws ApiException {
        return Responses.single(context, ProfileJson.render(profile(context), context.apiVersion()));
    }
}
