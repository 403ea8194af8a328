package io.infrakit.oneview.simulator;

import java.time.Instant;

/**
 * What an endpoint sees: the request, the path id, the negotiated API version, the session owner and the time.
 *
 * @param request    the request
 * @param id         the {@code {id}} path parameter, or null
 * @param apiVersion the request's X-API-Version (the current version for /rest/version)
 * @param userName   the session's user, or null for unauthenticated endpoints
 * @param baseUri    the simulator's base URI, without trailing slash, for absolute Location headers
 * @param now        the clock's instant when the request was handled
 */
record RequestContext(ApiRequest request, String id, int apiVersion, String userName, String baseUri, Instant now) {
}
