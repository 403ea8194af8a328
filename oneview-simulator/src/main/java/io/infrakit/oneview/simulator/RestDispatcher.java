package io.infrakit.oneview.simulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Handles one REST request: counts and records it, applies injected faults, checks X-API-Version, Auth and
 * Content-Type, then runs the endpoint under the appliance lock. Internal.
 */
final class RestDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(RestDispatcher.class);

    private final Appliance appliance;
    private final Router router = new Router();
    private final RequestCounters counters;
    private final BlockingQueue<RecordedRequest> recorded;
    private volatile String baseUri = "";
    private final List<Expectation> expectations = new CopyOnWriteArrayList<>();

    RestDispatcher(Appliance appliance, RequestCounters counters) {
        this.appliance = appliance;
        this.counters = counters;
        this.recorded = new LinkedBlockingQueue<>();
        RestApi.endpoints(appliance).forEach(e -> e.register(router));
    }

    String baseUri() {
        return baseUri;
    }

    void baseUri(String baseUri) {
        this.baseUri = baseUri;
    }

    Expectation expect(String method, String path) {
        Expectation expectation = new Expectation(method, path);
        expectations.add(expectation);
        return expectation;
    }

    void clearExpectations() {
        expectations.clear();
    }

    BlockingQueue<RecordedRequest> recorded() {
        return recorded;
    }

    ApiResponse dispatch(ApiRequest request) {
        Router.Match match = router.match(request.method(), request.path());
        String key = match == null ? RequestCounters.UNMATCHED : request.method() + " " + match.template();
        counters.increment(key);
        record(request, key);
        for (Expectation expectation : expectations) {
            ApiResponse scripted = expectation.answer(request, match == null ? null : match.template());
            if (scripted != null) {
                LOG.debug("{} answered {} {}", expectation, request.method(), request.uri());
                return scripted;
            }
        }
        int injected = appliance.faults.requestFault(request.path());
        if (injected != 0) {
            LOG.debug("injected HTTP {} for {} {}", injected, request.method(), request.uri());
            return ApiResponse.error(new ApiException(injected, ErrorCodes.INJECTED_FAULT,
                    "Injected fault: HTTP " + injected + " for " + request.method() + " " + request.path() + ".",
                    "This failure was injected by the OneView simulator's fault API.", "Retry the request."));
        }
        try {
            if (match == null) {
                throw new ApiException(404, ErrorCodes.GENERIC_HTTP_404, "Not Found",
                        "The requested resource could not be found: " + request.path(),
                        "Check the request URI, then resend the request.");
            }
            if (match.route() == null) {
                throw new ApiException(405, ErrorCodes.METHOD_NOT_ALLOWED, "Method Not Allowed",
                        "The method " + request.method() + " is not supported on " + match.template() + ".",
                        "Check the method and the request URI, then resend the request.");
            }
            return handle(request, match);
        } catch (ApiException e) {
            return ApiResponse.error(e);
        } catch (RuntimeException e) {
            LOG.error("internal error on {} {}", request.method(), request.uri(), e);
            return ApiResponse.error(ApiException.internal(e));
        }
    }

    private ApiResponse handle(ApiRequest request, Router.Match match) throws ApiException {
        SimulatorConfig config = appliance.config;
        boolean isVersion = match.template().equals("/rest/version");
        int apiVersion = config.currentApiVersion();
        if (!isVersion) {
            apiVersion = apiVersion(request, config);
        }
        if (hasBody(request)) {
            String contentType = request.header("content-type");
            if (contentType == null || !contentType.toLowerCase(Locale.ROOT).contains("json")) {
                throw new ApiException(415, ErrorCodes.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type",
                        "The Content-Type '" + contentType + "' is not supported; send application/json.",
                        "Set the Content-Type header to application/json and resend the request.");
            }
        }
        synchronized (appliance) {
            appliance.advance();
            String userName = null;
            if (match.route().needsAuth()) {
                Sessions.Session session = appliance.sessions.use(request.header("auth"), appliance.clock.instant());
                if (session == null) {
                    throw ApiException.unauthorized();
                }
                userName = session.userName;
            }
            return match.route().handler().handle(new RequestContext(request, match.id(), apiVersion, userName,
                    baseUri, appliance.clock.instant()));
        }
    }

    private static boolean hasBody(ApiRequest request) {
        String m = request.method();
        return request.body().length > 0 && (m.equals("POST") || m.equals("PUT") || m.equals("PATCH"));
    }

    /**
     * The request's {@code X-API-Version}; without one the oldest supported version, as the API reference says an
     * appliance does (§1.6).
     *
     * @throws ApiException 412 for a version outside the supported range
     */
    private static int apiVersion(ApiRequest request, SimulatorConfig config) throws ApiException {
        String header = request.header("x-api-version");
        if (header == null || header.isBlank()) {
            return config.minimumApiVersion();
        }
        int version;
        try {
            version = Integer.parseInt(header.trim());
        } catch (NumberFormatException e) {
            version = -1;
        }
        if (version < config.minimumApiVersion() || version > config.currentApiVersion()) {
            throw new ApiException(412, ErrorCodes.UNSUPPORTED_API_VERSION,
                    "The API version '" + header + "' is not supported.",
                    "Supported versions are " + config.minimumApiVersion() + " to " + config.currentApiVersion() + ".",
                    "Send an X-API-Version header with a supported version.");
        }
        return version;
    }

    private void record(ApiRequest request, String key) {
        int capacity = appliance.config.recordedRequestsCapacity();
        if (capacity <= 0) {
            return;
        }
        while (recorded.size() >= capacity) {
            recorded.poll();
        }
        recorded.offer(new RecordedRequest(request.method(), request.uri(), key, request.headers(), request.body()));
    }
}
