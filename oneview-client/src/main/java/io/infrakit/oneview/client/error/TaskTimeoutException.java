package io.infrakit.oneview.client.error;

import io.infrakit.oneview.client.model.Task;
import java.time.Duration;

/**
 * A task did not reach a terminal state before the wait deadline. The task itself is not cancelled and may still
 * finish on the appliance.
 */
public class TaskTimeoutException extends OneViewException {
    private static final long serialVersionUID = 1L;

    private final transient Task lastSeen;
    /** The timeout that elapsed. */
    private final Duration timeout;

    /**
     * Creates the exception.
     *
     * @param lastSeen the task as last polled
     * @param timeout  the timeout that elapsed
     */
    public TaskTimeoutException(Task lastSeen, Duration timeout) {
        super("Task " + lastSeen.uri() + " still in state " + lastSeen.taskStateText() + " ("
                + lastSeen.percentComplete() + "%) after " + timeout
                + "; it was not cancelled and may still finish on the appliance");
        this.lastSeen = lastSeen;
        this.timeout = timeout;
    }

    /**
     * @return the task as last polled
     */
    public Task lastSeen() {
        return lastSeen;
    }

    /**
     * @return the timeout that elapsed
     */
    public Duration timeout() {
        return timeout;
    }
}
