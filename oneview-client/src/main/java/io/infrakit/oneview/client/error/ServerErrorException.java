package io.infrakit.oneview.client.error;

/**
 * HTTP 5xx: the appliance failed or is temporarily unavailable (after the client's retries, for idempotent requests).
 */
public class ServerErrorException extends OneViewHttpException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param status HTTP status
     * @param method request method
     * @param path   request path and query
     * @param error  the error body
     */
    public ServerErrorException(int status, String method, String path, ErrorMessage error) {
        super(status, method, path, error);
    }
}
