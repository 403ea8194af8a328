package io.infrakit.oneview.client;

import io.infrakit.oneview.client.error.TaskFailedException;
import io.infrakit.oneview.client.error.TaskTimeoutException;
import io.infrakit.oneview.client.model.Task;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a task until a terminal {@code taskState} or a deadline, with a doubling interval.
 */
final class TaskWaiter {
    private static final Logger LOG = LoggerFactory.getLogger(TaskWaiter.class);

    private final RestEngine engine;
    private final Supplier<Task> poll;

    TaskWaiter(RestEngine engine, Supplier<Task> poll) {
        this.engine = engine;
        this.poll = poll;
    }

    /** Waits, then tells the client's listener how the task ended ({@code method}, {@code template}: its origin). */
    Task await(String taskUri, Duration timeout, TaskProgressListener listener, String method, String template) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative: " + timeout);
        }
        ClientSettings settings = engine.settings();
        Clock clock = settings.clock();
        Instant started = clock.instant();
        Instant deadline = started.plus(timeout);
        Duration interval = settings.taskPollInitial();
        TaskProgress last = null;
        while (true) {
            Task task = poll.get();
            TaskProgress progress = new TaskProgress(taskUri, task.taskState(), task.percentComplete(),
                    task.taskStatus());
            if (!progress.equals(last)) {
                LOG.debug("Task {}: {} {}% {}", taskUri, task.taskStateText(), task.percentComplete(),
                        task.taskStatus());
                if (listener != null) {
                    listener.onProgress(progress);
                }
                last = progress;
            }
            if (task.taskState().isTerminal()) {
                ended(settings, method, template, task, false, started);
                if (task.taskState().isSuccess()) {
                    return task;
                }
                throw new TaskFailedException(task);
            }
            Instant now = clock.instant();
            if (!now.isBefore(deadline)) {
                ended(settings, method, template, task, true, started);
                throw new TaskTimeoutException(task, timeout);
            }
            engine.sleep(RestEngine.min(interval, Duration.between(now, deadline)));
            interval = RestEngine.min(interval.multipliedBy(2), settings.taskPollMax());
        }
    }

    private static void ended(ClientSettings settings, String method, String template, Task task, boolean timedOut,
                              Instant started) {
        Duration elapsed = Duration.between(started, settings.clock().instant());
        RestEngine.notify(() -> settings.listener().taskCompleted(new TaskEvent(method, template, task.taskState(),
                timedOut, elapsed.isNegative() ? Duration.ZERO : elapsed)));
    }
}
