package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** A failure to answer with an appliance-shaped ErrorMessage body. Internal. */
final class ApiException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String errorCode;
    private final String details;
    private final List<String> recommendedActions;

    ApiException(int status, String errorCode, String message, String details, String... recommendedActions) {
        super(message, null, false, false);
        this.status = status;
        this.errorCode = errorCode;
        this.details = details == null ? "" : details;
        this.recommendedActions = List.of(recommendedActions);
    }

    static ApiException badRequest(String errorCode, String message) {
        return new ApiException(400, errorCode, message, "", "Verify parameters and try again.");
    }

    static ApiException notFound(String uri) {
        return new ApiException(404, ErrorCodes.RESOURCE_NOT_FOUND, "The resource " + uri + " was not found.",
                "The requested resource could not be found.", "Check the request URI, then resend the request.");
    }

    static ApiException unauthorized() {
        return new ApiException(401, ErrorCodes.AUTHORIZATION,
                "Authorization error: User not authorized for this operation.",
                "User not authorized for this operation.",
                "Please verify your credentials and re-authenticate before attempting the operation again.");
    }

    static ApiException conflict(String message) {
        return new ApiException(409, ErrorCodes.RESOURCE_LOCKED, message, "",
                "Wait for the running task on the resource to finish, then try again.");
    }

    static ApiException internal(RuntimeException e) {
        return new ApiException(500, ErrorCodes.INTERNAL_ERROR, "Internal simulator error: " + e, "",
                "Report this as a simulator bug.");
    }

    int status() {
        return status;
    }

    String errorCode() {
        return errorCode;
    }

    ObjectNode toBody() {
        return Json.errorMessage(errorCode, getMessage(), details, recommendedActions);
    }
}
