package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;

/** {@code /admin/faults/...} and {@code /admin/sessions/expire}: the HTTP face of {@link Faults}. Internal. */
final class AdminFaultEndpoints implements Endpoints {

    private final Faults faults;

    AdminFaultEndpoints(Appliance appliance) {
        this.faults = appliance.faults;
    }

    @Override
    public void register(Router router) {
        router.add("GET", "/admin/faults", false, c -> ApiResponse.ok(faults.toJson()))
                .add("DELETE", "/admin/faults", false, c -> {
                    faults.clear();
                    return ApiResponse.noContent();
                })
                .add("PUT", "/admin/faults/latency", false, this::latency)
                .add("PUT", "/admin/faults/error-rate", false, this::errorRate)
                .add("POST", "/admin/faults/fail-next-requests", false, this::failNextRequests)
                .add("POST", "/admin/faults/fail-next-task", false, this::failNextTask)
                .add("POST", "/admin/faults/fail-next-os-deployment", false, this::failNextOsDeployment)
                .add("POST", "/admin/sessions/expire", false, c -> {
                    faults.expireAllSessions();
                    return ApiResponse.noContent();
                });
    }

    private static JsonNode body(RequestContext context) throws ApiException {
        return Json.parseObject(context.request().body());
    }

    private ApiResponse latency(RequestContext context) throws ApiException {
        JsonNode body = body(context);
        faults.latency(Duration.ofMillis(AdminBodies.requiredLong(body, "latencyMs")),
                Duration.ofMillis(AdminBodies.longField(body, "jitterMs", 0L)));
        return ApiResponse.ok(faults.toJson());
    }

    private ApiResponse errorRate(RequestContext context) throws ApiException {
        JsonNode body = body(context);
        JsonNode rate = body.get("rate");
        if (rate == null || !rate.isNumber()) {
            throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, "rate (a number from 0.0 to 1.0) is required");
        }
        faults.errorRate(rate.asDouble(), (int) AdminBodies.longField(body, "status", 503L), AdminBodies.prefix(body));
        return ApiResponse.ok(faults.toJson());
    }

    private ApiResponse failNextRequests(RequestContext context) throws ApiException {
        JsonNode body = body(context);
        faults.failNextRequests((int) AdminBodies.requiredLong(body, "count"),
                (int) AdminBodies.longField(body, "status", 503L), AdminBodies.prefix(body));
        return ApiResponse.ok(faults.toJson());
    }

    private ApiResponse failNextOsDeployment(RequestContext context) throws ApiException {
        JsonNode body = context.request().body().length == 0 ? Json.object() : body(context);
        String code = Json.text(body, "errorCode");
        if (code != null && code.isBlank()) {
            throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, "errorCode must not be blank");
        }
        faults.failNextOsDeployment(code == null ? ErrorCodes.DEPLOY_OS_VOLUME_FAILED : code);
        return ApiResponse.ok(faults.toJson());
    }

    private ApiResponse failNextTask(RequestContext context) throws ApiException {
        JsonNode body = body(context);
        faults.failNextTask(AdminBodies.enumField(TaskKind.class, body, "kind"),
                AdminBodies.requiredText(body, "errorCode"));
        return ApiResponse.ok(faults.toJson());
    }
}
