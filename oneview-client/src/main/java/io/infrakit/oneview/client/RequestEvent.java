package io.infrakit.oneview.client;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

/**
 * One HTTP exchange, as reported to {@link ClientListener#requestCompleted(RequestEvent)}.
 *
 * @param method       the HTTP method
 * @param pathTemplate the path with the resource id replaced by {@code {id}} and without the query
 *                     ({@code /rest/server-profiles/{id}}, {@code /rest/server-hardware/{id}/powerState},
 *                     {@code /rest/server-profiles}): few distinct values, fit for a metric label
 * @param status       the HTTP status, or 0 when no answer was received
 * @param failure      why no answer was received, or {@code null} when answered
 * @param elapsed      time from sending to the end of the answer (or the failure)
 * @param attempt      1 for the first attempt, 2 and up for retries of the same request
 */
public record RequestEvent(String method, String pathTemplate, int status, IOException failure, Duration elapsed,
                           int attempt) {

    /** @throws NullPointerException when method, pathTemplate or elapsed is null */
    public RequestEvent {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /**
     * @return whether an answer (of any status) was received
     */
    public boolean answered() {
        return failure == null;
    }
}
