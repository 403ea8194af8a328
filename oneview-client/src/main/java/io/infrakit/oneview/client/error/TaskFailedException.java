package io.infrakit.oneview.client.error;

import io.infrakit.oneview.client.model.Task;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A task ended in a failed state ({@code Error}, {@code Terminated}, {@code Killed} or {@code Interrupted}). Carries
 * the final task and its {@code taskErrors}.
 */
public class TaskFailedException extends OneViewException {
    private static final long serialVersionUID = 1L;

    private final transient Task task;

    /**
     * Creates the exception.
     *
     * @param task the final task as last polled
     */
    public TaskFailedException(Task task) {
        super(describe(task));
        this.task = task;
    }

    private static String describe(Task task) {
        StringBuilder sb = new StringBuilder("Task ").append(task.uri());
        if (task.name() != null) {
            sb.append(" (").append(task.name()).append(')');
        }
        sb.append(" ended in state ").append(task.taskStateText());
        if (task.stateReason() != null) {
            sb.append(" (").append(task.stateReason()).append(')');
        }
        if (task.taskStatus() != null) {
            sb.append(": ").append(task.taskStatus().strip());
        }
        List<ErrorMessage> errors = task.taskErrors();
        if (!errors.isEmpty()) {
            sb.append("; errors: ").append(errors.stream().map(ErrorMessage::summary)
                    .collect(Collectors.joining("; ")));
        }
        return sb.toString();
    }

    /**
     * @return the failed task as last polled
     */
    public Task task() {
        return task;
    }

    /**
     * @return the task's errors (code, message, recommended actions); possibly empty
     */
    public List<ErrorMessage> taskErrors() {
        return task.taskErrors();
    }

    /**
     * @return the first task error's code, or {@code null} when the task reported none
     */
    public String firstErrorCode() {
        List<ErrorMessage> errors = task.taskErrors();
        return errors.isEmpty() ? null : errors.get(0).errorCode();
    }
}
