package io.infrakit.oneview.client.error;

/**
 * HTTP 400 Bad Request: invalid URI, header, body or filter.
 */
public class BadRequestException extends OneViewHttpException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param status HTTP status
     * @param method request method
     * @param path   request path and query
     * @param error  the error body
     */
    public BadRequestException(int status, String method, String path, ErrorMessage error) {
        super(status, method, path, error);
    }
}
