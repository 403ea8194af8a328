package io.infrakit.oneview.client.error;

/**
 * HTTP 404 Not Found: the URI names no resource.
 */
public class NotFoundException extends OneViewHttpException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param status HTTP status
     * @param method request method
     * @param path   request path and query
     * @param error  the error body
     */
    public NotFoundException(int status, String method, String path, ErrorMessage error) {
        super(status, method, path, error);
    }
}
