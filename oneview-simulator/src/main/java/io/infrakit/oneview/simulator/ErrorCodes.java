package io.infrakit.oneview.simulator;

import java.util.Set;

/**
 * The {@code errorCode} values the simulator puts in error bodies and in {@code taskErrors[]}: the one place where
 * the simulator's codes are listed, each with its evidence.
 *
 * <p>Codes marked <em>recorded</em> were seen on real appliances; the section of the project's OneView API
 * reference or the recorded fixture that shows them is named. Codes marked <em>invented</em> are the simulator's
 * own, where no appliance payload was found (reference §5.3: "The error codes of an ETag mismatch (412) and of a
 * generic 409: not found"); {@link #invented()} lists them. A client must not depend on an invented code.
 */
public final class ErrorCodes {

    /** 401, missing, unknown or expired session (recorded: reference §1.4, python-hpOneView issue 5). */
    public static final String AUTHORIZATION = "AUTHORIZATION";
    /** 401, login with wrong user name or password (recorded: reference §1.2; the status 401 is unconfirmed). */
    public static final String AUTHN_AUTH_FAIL = "AUTHN_AUTH_FAIL";
    /** 401, login with an unknown {@code authLoginDomain} (recorded: reference §1.2, redfish-toolkit errors.py). */
    public static final String AUTHN_AUTH_FAIL_LOGINDOMAINNOTFOUND = "AUTHN_AUTH_FAIL_LOGINDOMAINNOTFOUND";
    /**
     * Login refused: too many live sessions from one client address (recorded: reference §1.2, oneview-python issue
     * 101; the status, 403, is the simulator's choice).
     */
    public static final String AUTHN_SESSION_CLIENT_LIMIT_CROSSED = "AUTHN_SESSION_CLIENT_LIMIT_CROSSED";
    /**
     * 400, a malformed {@code filter}, e.g. {@code serialNumber matches ''} (recorded: fixture
     * {@code chef-provisioning-oneview/v120/server-profiles_invalid_filter.json}).
     */
    public static final String INVALID_FILTER = "INVALID_FILTER";
    /** 404, unknown URI (recorded: fixture {@code chef-provisioning-oneview/v120/error_404.json}). */
    public static final String GENERIC_HTTP_404 = "GENERIC_HTTP_404";
    /** 404, unknown resource id (recorded: reference §5.3, Java SDKErrorEnum, python-oneviewclient). */
    public static final String RESOURCE_NOT_FOUND = "RESOURCE_NOT_FOUND";
    /**
     * 403, a PUT that changes a read-only field such as {@code modified} (recorded: reference §5.3 and §6,
     * oneview-sdk-java issue 28).
     */
    public static final String CRM_INCORRECT_VALUE_IN_READONLY_FIELD = "CRM_INCORRECT_VALUE_IN_READONLY_FIELD";
    /**
     * Task error: the target server already has a profile or is being assigned one (recorded: reference §3.9 and
     * §5.3, oneview-ansible).
     */
    public static final String PROFILE_ALREADY_EXISTS_IN_SERVER = "ProfileAlreadyExistsInServer";
    /**
     * Task error: the server must be powered off first (recorded: reference §3.6, POSH-HPEOneView issue 665, for a
     * profile change; the simulator also uses it for a create, a move and a delete, whose own codes are unconfirmed).
     */
    public static final String SERVER_NOT_OFF = "ServerNotOffWithCauseForNoServerChange";
    /** 400, a cold boot or reset of a server that is off (recorded: reference §3.6, redfish-toolkit test). */
    public static final String INVALID_POWER_CONTROL_REQUEST_POWER_COLDBOOT_OFF =
            "INVALID_POWER_CONTROL_REQUEST_POWER_COLDBOOT_OFF";

    /** 400, a malformed {@code sort} (invented). */
    public static final String INVALID_SORT = "INVALID_SORT";
    /** 400, a {@code query} parameter: the simulator does not evaluate the query language (invented). */
    public static final String INVALID_QUERY = "INVALID_QUERY";
    /** 400, a malformed query parameter such as {@code start} or {@code count} (invented). */
    public static final String INVALID_PARAMETER = "INVALID_PARAMETER";
    /** 400, a body that is not valid JSON or lacks a required field (invented). */
    public static final String INVALID_REQUEST = "INVALID_REQUEST";
    /** 400, a body whose {@code type} does not match the request's API version (invented). */
    public static final String INVALID_RESOURCE_TYPE = "INVALID_RESOURCE_TYPE";
    /** 400, a URI field that points to a missing resource (invented; the 400 status is reference §5.2). */
    public static final String INVALID_RESOURCE_URI = "INVALID_RESOURCE_URI";
    /** 405, method not supported on that URI (invented). */
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    /** 409, the resource or its server is in a transitional state or busy (invented; the 409 is reference §5.2). */
    public static final String RESOURCE_LOCKED = "RESOURCE_LOCKED";
    /** 412, stale {@code eTag} / {@code If-Match} (invented; the 412 is reference §6). */
    public static final String ETAG_MISMATCH = "ETAG_MISMATCH";
    /** 412, unsupported {@code X-API-Version} (invented; the 412 is reference §1.6). */
    public static final String UNSUPPORTED_API_VERSION = "UNSUPPORTED_API_VERSION";
    /** 415, a body sent with a {@code Content-Type} other than JSON (invented; the 415 is reference §6). */
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    /** 4xx/5xx produced by fault injection (invented). */
    public static final String INJECTED_FAULT = "INJECTED_FAULT";
    /** 500, a simulator bug (invented). */
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    /**
     * Task error: the target server's status is Critical and {@code force} does not ignore server health
     * (invented).
     */
    public static final String SERVER_HARDWARE_CRITICAL = "ServerHardwareCritical";
    /**
     * Task error: the target server's status is Warning and {@code force} does not ignore server health (invented;
     * that such a task fails is oneview-ansible issue 483).
     */
    public static final String SERVER_HARDWARE_WARNING = "ServerHardwareWarning";
    /** Task error: the server is in {@code ProfileError} or {@code Monitored} and takes no profile (invented). */
    public static final String SERVER_HARDWARE_NOT_ASSIGNABLE = "ServerHardwareNotAssignable";
    /** Task error: a profile with that name already exists (invented). */
    public static final String DUPLICATE_PROFILE_NAME = "DuplicateProfileName";
    /** Task error: the server's type or enclosure group does not match the profile's (invented). */
    public static final String SERVER_HARDWARE_MISMATCH = "ServerHardwareMismatch";
    /**
     * 400, a profile names an OS deployment plan that does not exist, or its {@code nativePlanUri} (invented: the
     * OS deployment reference §4.3 found no code and proposes this one).
     */
    public static final String OS_DEPLOYMENT_PLAN_NOT_FOUND = "OS_DEPLOYMENT_PLAN_NOT_FOUND";
    /**
     * 400, a profile's {@code osCustomAttributes}: an unknown or not editable attribute, a name given twice, a value
     * that breaks the attribute's type or size (invented: OS deployment reference §4.3 proposes it).
     */
    public static final String INVALID_OS_CUSTOM_ATTRIBUTE = "INVALID_OS_CUSTOM_ATTRIBUTE";
    /**
     * 400, a profile names an OS deployment plan where there is no OS deployment: no deployment server, a rack
     * server (invented; OneView 5.0 help "OS Deployment" says a plan needs an enclosure group with OS deployment).
     */
    public static final String OS_DEPLOYMENT_NOT_CONFIGURED = "OS_DEPLOYMENT_NOT_CONFIGURED";
    /**
     * 400, a profile with a plan but no connection booting from the deployment network (invented; the message is
     * terraform-provider-oneview issue 107's).
     */
    public static final String OS_DEPLOYMENT_BOOT_CONNECTION_REQUIRED = "OS_DEPLOYMENT_BOOT_CONNECTION_REQUIRED";
    /**
     * Task error of a failed OS deployment, made by {@link Faults#failNextOsDeployment()} (invented; the task's
     * message, "Deploy OS volume failed", is oneview-ansible issue 376's).
     */
    public static final String DEPLOY_OS_VOLUME_FAILED = "DeployOSVolumeFailed";

    private static final Set<String> INVENTED = Set.of(INVALID_SORT, INVALID_QUERY, INVALID_PARAMETER,
            INVALID_REQUEST, INVALID_RESOURCE_TYPE, INVALID_RESOURCE_URI, METHOD_NOT_ALLOWED, RESOURCE_LOCKED,
            ETAG_MISMATCH, UNSUPPORTED_API_VERSION, UNSUPPORTED_MEDIA_TYPE, INJECTED_FAULT, INTERNAL_ERROR,
            SERVER_HARDWARE_CRITICAL, SERVER_HARDWARE_WARNING, SERVER_HARDWARE_NOT_ASSIGNABLE, DUPLICATE_PROFILE_NAME,
            SERVER_HARDWARE_MISMATCH, OS_DEPLOYMENT_PLAN_NOT_FOUND, INVALID_OS_CUSTOM_ATTRIBUTE,
            OS_DEPLOYMENT_NOT_CONFIGURED, OS_DEPLOYMENT_BOOT_CONNECTION_REQUIRED, DEPLOY_OS_VOLUME_FAILED);

    private ErrorCodes() {
    }

    /**
     * @return the codes the simulator invented (no appliance payload shows them): never switch on them in code
     *         meant for real appliances
     */
    public static Set<String> invented() {
        return INVENTED;
    }
}
