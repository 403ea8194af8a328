package io.infrakit.oneview.client.error;

/**
 * HTTP 412 Precondition Failed: stale eTag / If-Match on an update, or an X-API-Version the appliance does not serve.
 */
public class PreconditionFailedException extends OneViewHttpException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param status HTTP status
     * @param method request method
     * @param path   request path and query
     * @param error  the error body
     */
    public PreconditionFailedException(int status, String method, String path, ErrorMessage error) {
        super(status, method, path, error);
    }
}
