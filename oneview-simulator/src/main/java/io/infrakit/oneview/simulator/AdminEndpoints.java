package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The admin HTTP API under {@code /admin}: counters, fault injection, clock. No {@code Auth} or
 * {@code X-API-Version} needed; never counted, never faulted. See {@code docs/simulator.md}. Internal.
 */
final class AdminEndpoints {

    private final Appliance appliance;
    private final RequestCounters counters;
    private final Runnable resetAll;

    AdminEndpoints(Appliance appliance, RequestCounters counters, Runnable resetAll) {
        this.appliance = appliance;
        this.counters = counters;
        this.resetAll = resetAll;
    }

    ApiResponse handle(ApiRequest request) {
        try {
            return route(request);
        } catch (ApiException e) {
            return ApiResponse.error(e);
        } catch (IllegalArgumentException e) {
            return ApiResponse.error(ApiException.badRequest(ErrorCodes.INVALID_REQUEST, e.getMessage()));
        } catch (RuntimeException e) {
            return ApiResponse.error(new ApiException(500, "INTERNAL_ERROR", "Internal simulator error: " + e, "",
                    "Report this as a simulator bug."));
        }
    }

    private ApiResponse route(ApiRequest request) throws ApiException {
        String route = request.method() + " " + request.path();
        Faults faults = appliance.faults;
        switch (route) {
            case "GET /admin/status" -> {
                synchronized (appliance) {
                    appliance.advance();
                    return ApiResponse.ok(appliance.summary());
                }
            }
            case "POST /admin/reset" -> {
                resetAll.run();
                return ApiResponse.noContent();
            }
            case "GET /admin/counters" -> {
                ObjectNode json = Json.object();
                json.put("total", counters.total());
                ObjectNode byEndpoint = json.putObject("counters");
                for (Map.Entry<String, Long> e : counters.snapshot().entrySet()) {
                    byEndpoint.put(e.getKey(), e.getValue());
                }
                return ApiResponse.ok(json);
            }
            case "DELETE /admin/counters" -> {
                counters.reset();
                return ApiResponse.noContent();
            }
            case "GET /admin/faults" -> {
                return ApiResponse.ok(faults.toJson());
            }
            case "DELETE /admin/faults" -> {
                faults.clear();
                return ApiResponse.noContent();
            }
            case "PUT /admin/faults/latency" -> {
                JsonNode body = Json.parseObject(request.body());
                faults.latency(Duration.ofMillis(longField(body, "latencyMs", true)),
                        Duration.ofMillis(longField(body, "jitterMs", false)));
                return ApiResponse.ok(faults.toJson());
            }
            case "PUT /admin/faults/error-rate" -> {
                JsonNode body = Json.parseObject(request.body());
                JsonNode rate = body.get("rate");
                if (rate == null || !rate.isNumber()) {
                    throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, "rate (a number from 0.0 to 1.0) is required");
                }
                faults.errorRate(rate.asDouble(), (int) longField(body, "status", 503), prefix(body));
                return ApiResponse.ok(faults.toJson());
            }
            case "POST /admin/faults/fail-next-requests" -> {
                JsonNode body = Json.parseObject(request.body());
                faults.failNextRequests((int) longField(body, "count", true), (int) longField(body, "status", 503),
                        prefix(body));
                return ApiResponse.ok(faults.toJson());
            }
            case "POST /admin/faults/fail-next-task" -> {
                JsonNode body = Json.parseObject(request.body());
                faults.failNextTask(enumField(TaskKind.class, body, "kind"), requiredText(body, "errorCode"));
                return ApiResponse.ok(faults.toJson());
            }
            case "POST /admin/sessions/expire" -> {
                faults.expireAllSessions();
                return ApiResponse.noContent();
            }
            case "POST /admin/servers/fail" -> {
                JsonNode body = Json.parseObject(request.body());
                faults.failServer(requiredText(body, "server"), enumField(ServerFailure.class, body, "failure"));
                return ApiResponse.noContent();
            }
            case "POST /admin/servers/recover" -> {
                JsonNode body = Json.parseObject(request.body());
                faults.recoverServer(requiredText(body, "server"));
                return ApiResponse.noContent();
            }
            case "POST /admin/clock/advance" -> {
                JsonNode body = Json.parseObject(request.body());
                Clock clock = appliance.clock;
                if (!(clock instanceof ManualClock manual)) {
                    throw new ApiException(409, ErrorCodes.RESOURCE_LOCKED, "The simulator runs on the system clock.",
                            "Only a simulator started with a ManualClock (--manual-clock) can be advanced.",
                            "Start the simulator with a manual clock.");
                }
                manual.advance(Duration.ofMillis(longField(body, "millis", true)));
                synchronized (appliance) {
                    appliance.advance();
                    return ApiResponse.ok(appliance.summary());
                }
            }
            default -> throw new ApiException(404, ErrorCodes.GENERIC_HTTP_404, "Not Found",
                    "No admin endpoint " + route + ". See docs/simulator.md for the admin API.",
                    "Check the method and the request URI, then resend the request.");
        }
    }

    private static String prefix(JsonNode body) {
        String prefix = Json.text(body, "pathPrefix");
        return prefix == null ? "" : prefix;
    }

    private static long longField(JsonNode body, String name, boolean required) throws ApiException {
        return longField(body, name, required ? null : 0L);
    }

    private static long longField(JsonNode body, String name, Long defaultValue) throws ApiException {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            if (defaultValue == null) {
                throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, name + " (an integer) is required");
            }
            return defaultValue;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber()) {
            throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, name + " must be an integer, got " + value);
        }
        return value.asLong();
    }

    private static long longField(JsonNode body, String name, int defaultValue) throws ApiException {
        return longField(body, name, Long.valueOf(defaultValue));
    }

    private static String requiredText(JsonNode body, String name) throws ApiException {
        String value = Json.text(body, name);
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, name + " (a string) is required");
        }
        return value;
    }

    private static <E extends Enum<E>> E enumField(Class<E> type, JsonNode body, String name) throws ApiException {
        String value = requiredText(body, name);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, name + " must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ", got '" + value + "'");
        }
    }
}
