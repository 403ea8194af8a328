package io.infrakit.oneview.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infrakit.oneview.client.error.TaskFailedException;
import io.infrakit.oneview.client.error.TaskTimeoutException;
import io.infrakit.oneview.client.error.UnexpectedResponseException;
import io.infrakit.oneview.client.model.ResourceJson;
import io.infrakit.oneview.client.model.Task;
import io.infrakit.oneview.client.transport.TransportResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A handle on an appliance task started by an asynchronous call. Immutable and thread-safe; waiting happens on
 * the calling thread.
 *
 * <p>{@link #await} polls {@code GET <taskUri>} until the task's {@code taskState} is terminal (the percentage is
 * never used to decide), with a growing interval (the client's task poll interval, doubling up to its maximum) and
 * up to a deadline. {@code Completed} and {@code Warning} are success; {@code Error}, {@code Terminated},
 * {@code Killed} and {@code Interrupted} throw a {@link TaskFailedException} carrying the task's
 * {@code taskErrors}. A timeout throws {@link TaskTimeoutException} and leaves the task running on the appliance.
 */
public final class TaskHandle {
    private final RestEngine engine;
    private final String taskUri;
    private final Task initialTask;
    private final RestRequest origin;

    TaskHandle(RestEngine engine, String taskUri, Task initialTask) {
        this(engine, taskUri, initialTask, null);
    }

    private TaskHandle(RestEngine engine, String taskUri, Task initialTask, RestRequest origin) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.taskUri = Objects.requireNonNull(taskUri, "taskUri");
        this.initialTask = initialTask;
        this.origin = origin;
    }

    /**
     * Reads the task of an asynchronous answer: the {@code Location} header, else a task in the body.
     *
     * @throws UnexpectedResponseException when the answer names no task
     */
    static TaskHandle fromResponse(RestEngine engine, RestRequest request, TransportResponse response) {
        JsonNode body = Json.readOrNull(response.body());
        Task task = null;
        if (body instanceof ObjectNode object && isTask(object)) {
            task = new Task(ResourceJson.of(object));
        }
        String location = response.header("Location");
        if (location == null) {
            location = response.header("X-Task-Uri");
        }
        if (location != null && !location.isBlank()) {
            return new TaskHandle(engine, Uris.toPath(location), task, request);
        }
        if (task != null && task.uri() != null) {
            return new TaskHandle(engine, Uris.toPath(task.uri()), task, request);
        }
        throw new UnexpectedResponseException(request + " answered HTTP " + response.status()
                + " without a task (no Location header and no task in the body)");
    }

    private static boolean isTask(ObjectNode node) {
        JsonNode category = node.get("category");
        JsonNode type = node.get("type");
        return (category != null && "tasks".equals(category.asText()))
                || (type != null && type.asText().startsWith("TaskResource"));
    }

    /**
     * @return the task URI, e.g. {@code /rest/tasks/DCB672A9-...}; stable, can be stored and given to
     *         {@link TaskApi#handle(String)} later
     */
    public String taskUri() {
        return taskUri;
    }

    /**
     * @return the task as returned by the call that started it, when the appliance sent it in the body
     */
    public Optional<Task> initialTask() {
        return Optional.ofNullable(initialTask);
    }

    /**
     * Reads the task's current state (one {@code GET}).
     *
     * @return the task
     */
    public Task refresh() {
        return new Task(ResourceJson.of(engine.getObject(taskUri)));
    }

    /**
     * Waits with the client's default task timeout and no listener.
     *
     * @return the finished task ({@code Completed} or {@code Warning})
     * @throws TaskFailedException  when the task fails
     * @throws TaskTimeoutException when the deadline passes first
     * @throws io.infrakit.oneview.client.error.OneViewInterruptedException when the thread is interrupted
     */
    public Task await() {
        return await(engine.settings().taskTimeout(), null);
    }

    /**
     * Waits with the client's default task timeout.
     *
     * @param listener progress listener, may be {@code null}
     * @return the finished task ({@code Completed} or {@code Warning})
     * @throws TaskFailedException  when the task fails
     * @throws TaskTimeoutException when the deadline passes first
     */
    public Task await(TaskProgressListener listener) {
        return await(engine.settings().taskTimeout(), listener);
    }

    /**
     * Waits for the task to finish.
     *
     * @param timeout  the longest time to wait
     * @param listener progress listener, may be {@code null}
     * @return the finished task ({@code Completed} or {@code Warning})
     * @throws TaskFailedException  when the task ends in {@code Error}, {@code Terminated}, {@code Killed} or
     *                              {@code Interrupted}
     * @throws TaskTimeoutException when the deadline passes first (the task is not cancelled)
     * @throws io.infrakit.oneview.client.error.OneViewInterruptedException when the thread is interrupted
     */
    public Task await(Duration timeout, TaskProgressListener listener) {
        String method = origin == null ? "" : origin.method();
        String template = origin == null ? "" : PathTemplates.of(origin.path());
        return new TaskWaiter(engine, this::refresh).await(taskUri, timeout, listener, method, template);
    }

    @Override
    public String toString() {
        return "TaskHandle[" + taskUri + "]";
    }
}
