package io.infrakit.oneview.client.error;

/**
 * HTTP 403 Forbidden: e.g. an update of a read-only attribute, or a login needing a password change.
 */
public class ForbiddenException extends OneViewHttpException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param status HTTP status
     * @param method request method
     * @param path   request path and query
     * @param error  the error body
     */
    public ForbiddenException(int status, String method, String path, ErrorMessage error) {
        super(status, method, path, error);
    }
}
