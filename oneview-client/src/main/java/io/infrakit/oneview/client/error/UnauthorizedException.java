package io.infrakit.oneview.client.error;

/**
 * HTTP 401 Unauthorized: missing, invalid or expired session, failed login, or a user not allowed to do this.
 */
public class UnauthorizedException extends OneViewHttpException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param status HTTP status
     * @param method request method
     * @param path   request path and query
     * @param error  the error body
     */
    public UnauthorizedException(int status, String method, String path, ErrorMessage error) {
        super(status, method, path, error);
    }
}
