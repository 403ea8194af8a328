package io.infrakit.oneview.client;

import io.infrakit.oneview.client.model.TaskState;
import java.time.Duration;
import java.util.Objects;

/**
 * One awaited task that ended, as reported to {@link ClientListener#taskCompleted(TaskEvent)}.
 *
 * @param method       the HTTP method of the request that started the task ({@code POST}), or empty when the task
 *                     was awaited from a stored URI ({@link TaskApi#handle(String)})
 * @param pathTemplate that request's path template ({@code /rest/server-profiles},
 *                     {@code /rest/server-hardware/{id}/powerState}; see {@link RequestEvent#pathTemplate()}), or
 *                     empty likewise: with the method, what kind of task it was
 * @param state        the terminal state seen ({@code Completed}, {@code Warning}, {@code Error}, ...), or the last
 *                     state seen when the wait timed out
 * @param timedOut     true when the wait's deadline passed first (the task goes on at the appliance)
 * @param elapsed      how long the wait took, by the client's clock
 */
public record TaskEvent(String method, String pathTemplate, TaskState state, boolean timedOut, Duration elapsed) {

    /** @throws NullPointerException when an argument is null */
    public TaskEvent {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(elapsed, "elapsed");
    }
}
