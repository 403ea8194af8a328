package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.Map;

/** {@code /admin/status}, {@code /admin/reset}, {@code /admin/counters}, {@code /admin/clock/advance}. Internal. */
final class AdminStatusEndpoints implements Endpoints {

    private final Appliance appliance;
    private final RequestCounters counters;
    private final Runnable resetAll;

    AdminStatusEndpoints(Appliance appliance, RequestCounters counters, Runnable resetAll) {
        this.appliance = appliance;
        this.counters = counters;
        this.resetAll = resetAll;
    }

    @Override
    public void register(Router router) {
        router.add("GET", "/admin/status", false, c -> status())
                .add("POST", "/admin/reset", false, c -> {
                    resetAll.run();
                    return ApiResponse.noContent();
                })
                .add("GET", "/admin/counters", false, c -> counters())
                .add("DELETE", "/admin/counters", false, c -> {
                    counters.reset();
                    return ApiResponse.noContent();
                })
                .add("POST", "/admin/clock/advance", false, this::advanceClock);
    }

    private ApiResponse status() {
        synchronized (appliance) {
            appliance.advance();
            return ApiResponse.ok(appliance.summary());
        }
    }

    private ApiResponse counters() {
        ObjectNode json = Json.object();
        json.put("total", counters.total());
        ObjectNode byEndpoint = json.putObject("counters");
        for (Map.Entry<String, Long> e : counters.snapshot().entrySet()) {
            byEndpoint.put(e.getKey(), e.getValue());
        }
        return ApiResponse.ok(json);
    }

    private ApiResponse advanceClock(RequestContext context) throws ApiException {
        long millis = AdminBodies.requiredLong(Json.parseObject(context.request().body()), "millis");
        if (!(appliance.clock instanceof ManualClock manual)) {
            throw new ApiException(409, ErrorCodes.RESOURCE_LOCKED, "The simulator runs on the system clock.",
                    "Only a simulator started with a ManualClock (--manual-clock) can be advanced.",
                    "Start the simulator with a manual clock.");
        }
        manual.advance(Duration.ofMillis(millis));
        return status();
    }
}
