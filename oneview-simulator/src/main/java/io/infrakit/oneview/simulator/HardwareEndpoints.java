package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;
import java.util.Set;

/**
 * {@code /rest/server-hardware}: list, get, power (reference §3.5, §3.6). Internal.
 */
final class HardwareEndpoints implements Endpoints {

    private static final Set<String> POWER_CONTROLS = Set.of("MomentaryPress", "PressAndHold", "ColdBoot", "Reset");

    private final Appliance appliance;

    HardwareEndpoints(Appliance appliance) {
        this.appliance = appliance;
    }

    @Override
    public void register(Router router) {
        router.add("GET", "/rest/server-hardware", true, this::list)
                .add("GET", "/rest/server-hardware/{id}", true, this::get)
                .add("PUT", "/rest/server-hardware/{id}/powerState", true, this::power);
    }

    private ApiResponse list(RequestContext context) throws ApiException {
        int api = context.apiVersion();
        return Responses.collection(appliance, context, appliance.visibleHardware(), h -> HardwareJson.render(h, api),
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
        return Responses.single(context, HardwareJson.render(hardware(context), context.apiVersion()));
    }

    /** A parsed power request. */
    private record PowerRequest(PowerState target, String control) {
        boolean restart() {
            return control.equals("ColdBoot") || control.equals("Reset");
        }

        TaskKind kind() {
            return target == PowerState.ON || restart() ? TaskKind.POWER_ON : TaskKind.POWER_OFF;
        }

        String taskName() {
            return restart() ? "Reset" : target == PowerState.ON ? "Power on" : "Power off";
        }

        static PowerRequest parse(JsonNode body) throws ApiException {
            String target = Json.text(body, "powerState");
            PowerState state = PowerState.target(target);
            if (state == null) {
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
            return new PowerRequest(state, control);
        }
    }

    private ApiResponse power(RequestContext context) throws ApiException {
        Hardware h = hardware(context);
        PowerRequest request = PowerRequest.parse(Json.parseObject(context.request().body()));
        if (h.isLocked()) {
            throw ApiException.conflict("The server hardware " + h.name + " is busy (" + h.lockReason() + ").");
        }
        if (request.restart() && h.power == PowerState.OFF) {
            throw ApiException.badRequest(ErrorCodes.INVALID_POWER_CONTROL_REQUEST_POWER_COLDBOOT_OFF,
                    "Unable to " + (request.control().equals("ColdBoot") ? "cold boot" : "reset")
                            + " because the server is currently off.");
        }
        String taskName = request.taskName();
        SimTask task = appliance.newTask(request.kind(), taskName, context.userName(), "server-hardware",
                appliance.config.powerTaskDuration());
        task.resourceUri = h.uri;
        task.resourceName = h.name;
        task.resourceExists = true;
        task.runningStatus = taskName + " Server: " + h.name;
        task.completedStatus = taskName + " Server: " + h.name;
        task.failedStatus = "Unable to " + taskName.toLowerCase(Locale.ROOT) + " server: " + h.name;
        appliance.injectFault(task);
        PowerState before = h.power;
        PowerState after = request.restart() ? PowerState.ON : request.target();
        PowerState during = request.restart() ? PowerState.RESETTING
                : after == PowerState.ON ? PowerState.POWERING_ON : PowerState.POWERING_OFF;
        if (before != after || request.restart()) {
            h.powerTo(during);
            appliance.touch(h);
        }
        task.onSuccess = () -> settle(h, during, after);
        task.onFailure = () -> settle(h, during, before);
        appliance.submit(task);
        return Responses.accepted(context, task);
    }

    /** Ends a power task: unless a power loss intervened, the server goes from {@code during} to {@code end}. */
    private void settle(Hardware h, PowerState during, PowerState end) {
        if (h.power == during) {
            h.powerTo(end);
            appliance.touch(h);
        }
    }
}
