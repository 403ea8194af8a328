package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;

/**
 * {@code /admin/servers/...}: failures, recovery and background work inflicted on one server. The place for a later
 * server view ({@code GET /admin/servers}). Internal.
 */
final class AdminServerEndpoints implements Endpoints {

    private final Faults faults;

    AdminServerEndpoints(Appliance appliance) {
        this.faults = appliance.faults;
    }

    @Override
    public void register(Router router) {
        router.add("POST", "/admin/servers/fail", false, this::fail)
                .add("POST", "/admin/servers/recover", false, this::recover)
                .add("POST", "/admin/servers/busy", false, this::busy);
    }

    private ApiResponse fail(RequestContext context) throws ApiException {
        JsonNode body = Json.parseObject(context.request().body());
        faults.failServer(AdminBodies.requiredText(body, "server"),
                AdminBodies.enumField(ServerFailure.class, body, "failure"));
        return ApiResponse.noContent();
    }

    private ApiResponse recover(RequestContext context) throws ApiException {
        JsonNode body = Json.parseObject(context.request().body());
        faults.recoverServer(AdminBodies.requiredText(body, "server"));
        return ApiResponse.noContent();
    }

    private ApiResponse busy(RequestContext context) throws ApiException {
        JsonNode body = Json.parseObject(context.request().body());
        long millis = AdminBodies.requiredLong(body, "durationMs");
        faults.busyServer(AdminBodies.requiredText(body, "server"), Duration.ofMillis(millis));
        return ApiResponse.noContent();
    }
}
