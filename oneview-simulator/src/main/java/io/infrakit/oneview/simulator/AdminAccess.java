package io.infrakit.oneview.simulator;

/**
 * Who may use the admin API ({@code /admin/...}, every route of {@link AdminApi} whatever group registers it): a
 * request carrying {@code Authorization: Bearer <admin token>}, or nobody when the admin API is off. Checked before
 * any admin route is looked up, so that an unknown admin path tells a caller without the token nothing. Internal.
 */
final class AdminAccess {

    /** The request header that carries the token. */
    static final String HEADER = "Authorization";
    private static final String SCHEME = "Bearer ";

    private final String token;

    private AdminAccess(String token) {
        this.token = token;
    }

    /** @param token the token every admin request must carry */
    static AdminAccess token(String token) {
        return new AdminAccess(token);
    }

    /** @return an admin API that answers 404 to everything */
    static AdminAccess off() {
        return new AdminAccess(null);
    }

    boolean enabled() {
        return token != null;
    }

    /** @return the token, or null when the admin API is off */
    String tokenOrNull() {
        return token;
    }

    /**
     * @param request an admin request
     * @return null when it may go on; else the answer: 404 when the admin API is off, 401 without the right token
     */
    ApiResponse refusal(ApiRequest request) {
        if (token == null) {
            return ApiResponse.error(new ApiException(404, ErrorCodes.GENERIC_HTTP_404, "Not Found",
                    "The admin API of this simulator is off.",
                    "Start the simulator with its admin API on to use " + request.path() + "."));
        }
        String header = request.header(HEADER);
        String given = header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                ? header.substring(SCHEME.length()).strip() : null;
        if (RandomTokens.matches(token, given)) {
            return null;
        }
        return ApiResponse.error(new ApiException(401, ErrorCodes.AUTHORIZATION,
                "Authorization error: the admin API needs the simulator's admin token.",
                header == null ? "The request has no " + HEADER + " header." : "The admin token is not this simulator's.",
                "Send the header '" + HEADER + ": Bearer <admin token>' (OneViewSimulator.adminToken(), or what the "
                        + "simulator command printed or wrote with --admin-token-out)."));
    }
}
