package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;

/**
 * {@code /admin/servers}: the view of every server with what its OS deployment gave it ({@code GET}, the HTTP face of
 * {@link OneViewSimulator#servers()}), and failures, recovery and background work inflicted on one server. Internal.
 */
final class AdminServerEndpoints implements Endpoints {

    private final Appliance appliance;
    private final Faults faults;

    AdminServerEndpoints(Appliance appliance) {
        this.appliance = appliance;
        this.faults = appliance.faults;
    }

    @Override
    public void register(Router router) {
        router.add("GET", "/admin/servers", false, c -> servers())
                .add("POST", "/admin/servers/fail", false, this::fail)
                .add("POST", "/admin/servers/recover", false, this::recover)
                .add("POST", "/admin/servers/busy", false, this::busy);
    }

    private ApiResponse servers() {
        ArrayNode list = Json.array();
        synchronized (appliance) {
            appliance.advance();
            for (Hardware h : appliance.hardware.values()) {
                list.add(json(h.snapshot()));
            }
        }
        return ApiResponse.ok(list);
    }

    /** One server of {@code GET /admin/servers}: the components of {@link ServerState}, in order. */
    static ObjectNode json(ServerState s) {
        ObjectNode json = Json.object();
        json.put("name", s.name());
        json.put("uri", s.uri());
        json.put("state", s.state());
        json.put("powerState", s.powerState());
        json.put("status", s.status());
        Json.putText(json, "serverProfileUri", s.serverProfileUri());
        json.put("removed", s.removed());
        OsDeployment os = s.osDeployment();
        if (os == null) {
            json.putNull("osDeployment");
        } else {
            ObjectNode deployment = json.putObject("osDeployment");
            deployment.put("planName", os.planName());
            deployment.put("planUri", os.planUri());
            ObjectNode attributes = deployment.putObject("attributes");
            os.attributes().forEach(attributes::put);
            deployment.put("osVolumeUri", os.osVolumeUri());
        }
        return json;
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
