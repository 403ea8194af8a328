package io.infrakit.oneview.client.error;

import java.util.Objects;

/**
 * The appliance answered a request with an HTTP error status (4xx or 5xx). Carries the status, the request method
 * and path, and the whole OneView {@link ErrorMessage}. Statuses without a dedicated subclass (405, 406, 415, ...)
 * are thrown as this type.
 */
public class OneViewHttpException extends OneViewException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status. */
    private final int status;
    /** The request method. */
    private final String method;
    /** The request path and query. */
    private final String path;
    private final transient ErrorMessage error;

    /**
     * Creates the exception.
     *
     * @param status HTTP status
     * @param method request method
     * @param path   request path and query
     * @param error  the error body (never {@code null})
     */
    public OneViewHttpException(int status, String method, String path, ErrorMessage error) {
        super(method + " " + path + " failed with HTTP " + status + ": " + error.summary());
        this.status = status;
        this.method = method;
        this.path = path;
        this.error = Objects.requireNonNull(error, "error");
    }

    /**
     * @return the HTTP status code
     */
    public int status() {
        return status;
    }

    /**
     * @return the request method, e.g. {@code GET}
     */
    public String method() {
        return method;
    }

    /**
     * @return the request path and query, e.g. {@code /rest/server-profiles/123}
     */
    public String path() {
        return path;
    }

    /**
     * @return the whole OneView error body
     */
    public ErrorMessage error() {
        return error;
    }

    /**
     * @return the OneView {@code errorCode}, or {@code null} when the body had none
     */
    public String errorCode() {
        return error.errorCode();
    }
}
