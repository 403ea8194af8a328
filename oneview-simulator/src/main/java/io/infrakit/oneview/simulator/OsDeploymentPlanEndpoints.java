package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /rest/os-deployment-plans[/{id}]} (the trailing slash the HPE SDKs send is accepted), read-only
 * (other methods 405). Served from API {@value #FIRST_API_VERSION} to before {@value #REMOVED_AT_API_VERSION}, and
 * only when the appliance has an OS deployment server: otherwise 404, as for a path the appliance does not have
 * (reference §2.1, §6, §8). Internal.
 */
final class OsDeploymentPlanEndpoints implements Endpoints {

    /** The first API version with OS deployment plans (OneView 3.00). */
    static final int FIRST_API_VERSION = 300;
    /** The API version (OneView 8.1) whose release notes remove Image Streamer support. */
    static final int REMOVED_AT_API_VERSION = 4800;

    private final Appliance appliance;

    OsDeploymentPlanEndpoints(Appliance appliance) {
        this.appliance = appliance;
    }

    @Override
    public void register(Router router) {
        router.add("GET", "/rest/os-deployment-plans", true, this::list)
                .add("GET", "/rest/os-deployment-plans/{id}", true, this::get);
    }

    private void requireServed(RequestContext context) throws ApiException {
        int api = context.apiVersion();
        String why = !appliance.config.inventory().deploymentServer()
                ? "the appliance has no OS deployment server (Image Streamer)"
                : api < FIRST_API_VERSION ? "OS deployment plans need X-API-Version " + FIRST_API_VERSION + " or later"
                : api >= REMOVED_AT_API_VERSION ? "OS deployment plans are not served from X-API-Version "
                + REMOVED_AT_API_VERSION + " on" : null;
        if (why != null) {
            throw new ApiException(404, ErrorCodes.GENERIC_HTTP_404, "Not Found",
                    "The requested resource could not be found: " + context.request().path() + " (" + why + ").",
                    "Check the request URI, then resend the request.");
        }
    }

    private ApiResponse list(RequestContext context) throws ApiException {
        requireServed(context);
        List<ObjectNode> all = new ArrayList<>();
        appliance.osDeploymentPlans.forEach(p -> all.add(p.render()));
        return Responses.collection(appliance, context, all, "OsdpCollection", "os-deployment-plans");
    }

    private ApiResponse get(RequestContext context) throws ApiException {
        requireServed(context);
        OsDeploymentPlan plan = appliance.osDeploymentPlanByUri("/rest/os-deployment-plans/" + context.id());
        if (plan == null) {
            throw ApiException.notFound("/rest/os-deployment-plans/" + context.id());
        }
        return Responses.single(context, plan.render());
    }
}
