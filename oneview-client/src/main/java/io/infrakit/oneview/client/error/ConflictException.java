package io.infrakit.oneview.client.error;

/**
 * HTTP 409 Conflict: the request conflicts with the resource's current state (e.g. a transitional state, or a powered-on server).
 */
public class ConflictException extends OneViewHttpException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param status HTTP status
     * @param method request method
     * @param path   request path and query
     * @param error  the error body
     */
    public ConflictException(int status, String method, String path, ErrorMessage error) {
        super(status, method, path, error);
    }
}
