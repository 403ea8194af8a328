package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Set;

/**
 * {@code /rest/server-hardware}: list, get, power. Internal.
 */
final class HardwareEndpoints {

    private static final Set<String> POWER_CONTROLS = Set.of("MomentaryPress", "PressAndHold", "ColdBoot", "Reset");

    private final Appliance appliance;

    HardwareEndpoints(Appliance appliance) {
        this.appliance = appliance;
    }

    void register(Router router) {
        router.add("GET", "/rest/server-hardware", true, this::list)
                .add("GET", "/rest/server-hardware/{id}", true, this::get)
                .add("PUT", "/rest/server-hardware/{id}/powerState", true, this::power);
    }

    private ApiResponse list(RequestContext context) throws ApiException {
        int api = context.apiVersion();
        return Responses.collection(appliance, context, appliance.visibleHardware(), h -> h.render(api),
                ApiTypes.serverHardwareList(api), "server-hardware");
    }

    private Hardware hardware(RequestContext context) throws ApiException {
        Hardware h = appliance.hardware.get(context.id());
        if (h == null || h.removed) {
            throw ApiException.notFound("/rest/server-hardware/" + context.id());
        }
        return h;
    }

    private ApiResponse get(RequestContext context) throws ApiException {
        return Responses.single(context, hardware(context).render(context.apiVersion()));
    }

    private ApiResponse power(RequestContext context) throws ApiException {
        Hardware h = hardware(context);
        JsonNode body = Json.parseObject(context.request().body());
        String target = Json.text(body, "powerState");
        if (!"On".equals(target) && !"Off".equals(target)) {
            throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST,
                    "powerState must be On or Off, got '" + target + "'.");
        }
        String control = Json.text(body, "powerControl");
        if (control == null) {
            control = "MomentaryPress";
        }
        if (!POWER_CONTROLS.contains(control)) {
            throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, "powerControl must be one of "
                    + POWER_CONTROLS + ", got '" + control + "'.");
        }
        boolean restart = control.equals("ColdBoot") || control.equals("Reset");
        if (h.isTransitional()) {
            throw ApiException.conflict("The server hardware " + h.name + " is busy (state " + h.state
                    + ", powerState " + h.powerState + "); wait for its running task to finish.");
        }
        if (restart && h.powerState.equals("Off")) {
            throw ApiException.badRequest(ErrorCodes.INVALID_POWER_CONTROL_REQUEST_POWER_COLDBOOT_OFF,
                    "Unable to " + (control.equals("ColdBoot") ? "cold boot" : "reset")
                            + " because the server is currently off.");
        }
        boolean on = target.equals("On");
        TaskKind kind = on || restart ? TaskKind.POWER_ON : TaskKind.POWER_OFF;
        String taskName = restart ? "Reset" : on ? "Power on" : "Power off";
        SimTask task = appliance.newTask(kind, taskName, context.userName(), "server-hardware",
                appliance.config.powerTaskDuration());
        task.resourceUri = h.uri;
        task.resourceName = h.name;
        task.resourceExists = true;
        task.runningStatus = taskName + " Server: " + h.name;
        task.completedStatus = taskName + " Server: " + h.name;
        task.failedStatus = "Unable to " + taskName.toLowerCase(java.util.Locale.ROOT) + " server: " + h.name;
        appliance.injectFault(task);
        String before = h.powerState;
        String after = restart ? "On" : target;
        if (!before.equals(after) || restart) {
            h.powerState = restart ? "Resetting" : on ? "PoweringOn" : "PoweringOff";
            appliance.touch(h);
        }
        task.onSuccess = () -> {
            h.powerState = after;
            appliance.touch(h);
        };
        task.onFailure = () -> {
            h.powerState = before;
            appliance.touch(h);
        };
        appliance.submit(task);
        return Responses.accepted(context, task);
    }
}
