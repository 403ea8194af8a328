package io.infrakit.oneview.simulator;

/**
 * The {@code errorCode} values the simulator puts in error bodies and in {@code taskErrors[]}.
 *
 * <p>Codes marked <em>appliance</em> were seen on real appliances; codes marked <em>simulator</em> are the
 * simulator's own choice where the appliance's code is not known.
 */
public final class ErrorCodes {

    /** 401, missing, unknown or expired session (appliance). */
    public static final String AUTHORIZATION = "AUTHORIZATION";
    /** 401, login with wrong user name or password (appliance). */
    public static final String AUTHN_AUTH_FAIL = "AUTHN_AUTH_FAIL";
    /**
     * 401, login with an unknown {@code authLoginDomain} (appliance).
     */
    public static final String AUTHN_AUTH_FAIL_LOGINDOMAINNOTFOUND = "AUTHN_AUTH_FAIL_LOGINDOMAINNOTFOUND";
    /**
     * 400, a malformed {@code filter} (appliance).
     */
    public static final String INVALID_FILTER = "INVALID_FILTER";
    /**
     * 403 (the status is the simulator's choice), login refused: too many live sessions from one client address
     * (appliance).
     */
    public static final String AUTHN_SESSION_CLIENT_LIMIT_CROSSED = "AUTHN_SESSION_CLIENT_LIMIT_CROSSED";
    /**
     * 400, a malformed {@code sort} (simulator).
     */
    public static final String INVALID_SORT = "INVALID_SORT";
    /**
     * 400, a malformed query parameter such as {@code start} or {@code count} (simulator).
     */
    public static final String INVALID_PARAMETER = "INVALID_PARAMETER";
    /** 400, a body that is not valid JSON or lacks a required field (simulator). */
    public static final String INVALID_REQUEST = "INVALID_REQUEST";
    /**
     * 400, a body whose {@code type} does not match the request's API version (simulator).
     */
    public static final String INVALID_RESOURCE_TYPE = "INVALID_RESOURCE_TYPE";
    /** 400, a URI field that points to a missing resource (simulator). */
    public static final String INVALID_RESOURCE_URI = "INVALID_RESOURCE_URI";
    /** 404, unknown URI (appliance). */
    public static final String GENERIC_HTTP_404 = "GENERIC_HTTP_404";
    /** 404, unknown resource id (appliance). */
    public static final String RESOURCE_NOT_FOUND = "RESOURCE_NOT_FOUND";
    /** 405, method not supported on that URI (simulator). */
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    /** 409, the resource is in a transitional state (simulator). */
    public static final String RESOURCE_LOCKED = "RESOURCE_LOCKED";
    /**
     * 412, stale {@code eTag} / {@code If-Match} (simulator).
     */
    public static final String ETAG_MISMATCH = "ETAG_MISMATCH";
    /**
     * 412, missing or unsupported {@code X-API-Version} (simulator).
     */
    public static final String UNSUPPORTED_API_VERSION = "UNSUPPORTED_API_VERSION";
    /**
     * 415, a body sent with a {@code Content-Type} other than JSON (simulator).
     */
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    /** 4xx/5xx produced by fault injection (simulator). */
    public static final String INJECTED_FAULT = "INJECTED_FAULT";
    /** Task error: the target server already has a profile or is being assigned one (appliance). */
    public static final String PROFILE_ALREADY_EXISTS_IN_SERVER = "ProfileAlreadyExistsInServer";
    /** Task error: the target server is not powered off (simulator; the appliance's code is unconfirmed). */
    public static final String SERVER_NOT_POWERED_OFF = "ServerNotPoweredOff";
    /**
     * Task error: the target server's status is Critical and {@code force} does not ignore server health (simulator).
     */
    public static final String SERVER_HARDWARE_CRITICAL = "ServerHardwareCritical";
    /** Task error: a profile with that name already exists (simulator). */
    public static final String DUPLICATE_PROFILE_NAME = "DuplicateProfileName";
    /** Task error: the server's type or enclosure group does not match the profile's (simulator). */
    public static final String SERVER_HARDWARE_MISMATCH = "ServerHardwareMismatch";
    /** 400, a power request that is invalid in the server's current state (appliance). */
    public static final String INVALID_POWER_CONTROL_REQUEST_POWER_COLDBOOT_OFF =
            "INVALID_POWER_CONTROL_REQUEST_POWER_COLDBOOT_OFF";

    private ErrorCodes() {
    }
}
