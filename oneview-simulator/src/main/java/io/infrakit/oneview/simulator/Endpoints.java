package io.infrakit.oneview.simulator;

/**
 * A group of routes of the simulated REST or admin API. To simulate a new resource (as
 * {@link OsDeploymentPlanEndpoints} does {@code /rest/os-deployment-plans}), write one implementation and add it to {@link RestApi#endpoints} (or
 * {@link AdminApi#endpoints}); each handler gets a {@link RequestContext} and answers an {@link ApiResponse} or
 * throws an {@link ApiException}. Internal.
 */
interface Endpoints {

    /** Adds this group's routes. */
    void register(Router router);
}
