package io.infrakit.oneview.simulator;

import java.util.List;

/**
 * The admin HTTP API under {@code /admin}: no {@code Auth} or {@code X-API-Version} needed; never counted, never
 * faulted. Its routes come from the {@link Endpoints} listed in {@link #endpoints}. See {@code docs/simulator.md}.
 * Internal.
 */
final class AdminApi {

    private final Router router = new Router();
    private final Appliance appliance;

    AdminApi(Appliance appliance, RequestCounters counters, Runnable resetAll) {
        this.appliance = appliance;
        endpoints(appliance, counters, resetAll).forEach(e -> e.register(router));
    }

    /** Every admin endpoint group: add new ones here. */
    static List<Endpoints> endpoints(Appliance appliance, RequestCounters counters, Runnable resetAll) {
        return List.of(new AdminStatusEndpoints(appliance, counters, resetAll), new AdminFaultEndpoints(appliance),
                new AdminServerEndpoints(appliance));
    }

    ApiResponse handle(ApiRequest request, String baseUri) {
        try {
            Router.Match match = router.match(request.method(), request.path());
            if (match == null || match.route() == null) {
                throw new ApiException(match == null ? 404 : 405,
                        match == null ? ErrorCodes.GENERIC_HTTP_404 : ErrorCodes.METHOD_NOT_ALLOWED,
                        match == null ? "Not Found" : "Method Not Allowed",
                        "No admin endpoint " + request.method() + " " + request.path()
                                + ". See docs/simulator.md for the admin API.",
                        "Check the method and the request URI, then resend the request.");
            }
            return match.route().handler().handle(new RequestContext(request, match.id(), 0, null, baseUri,
                    appliance.clock.instant()));
        } catch (ApiException e) {
            return ApiResponse.error(e);
        } catch (IllegalArgumentException e) {
            return ApiResponse.error(ApiException.badRequest(ErrorCodes.INVALID_REQUEST, e.getMessage()));
        } catch (RuntimeException e) {
            return ApiResponse.error(ApiException.internal(e));
        }
    }
}
