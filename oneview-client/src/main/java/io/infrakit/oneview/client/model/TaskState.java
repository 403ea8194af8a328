package io.infrakit.oneview.client.model;

/**
 * The {@code taskState} of a OneView task. Whether a task is finished is decided on this state alone, never on its
 * percentage.
 */
public enum TaskState {
    /** Created, not started. */
    NEW("New", false, false),
    /** Waiting to start. */
    PENDING("Pending", false, false),
    /** Starting. */
    STARTING("Starting", false, false),
    /** Running. */
    RUNNING("Running", false, false),
    /** Stopping. */
    STOPPING("Stopping", false, false),
    /** Suspended. */
    SUSPENDED("Suspended", false, false),
    /** Being cancelled. */
    CANCELLING("Cancelling", false, false),
    /** Finished successfully. */
    COMPLETED("Completed", true, true),
    /** Finished successfully with warnings. */
    WARNING("Warning", true, true),
    /** Failed. */
    ERROR("Error", true, false),
    /** Terminated. */
    TERMINATED("Terminated", true, false),
    /** Killed. */
    KILLED("Killed", true, false),
    /** Interrupted; treated as a failure. */
    INTERRUPTED("Interrupted", true, false),
    /** {@code Unknown}, absent, or a value this client does not know; waiting goes on until the deadline. */
    UNKNOWN("Unknown", false, false);

    private final String value;
    private final boolean terminal;
    private final boolean success;

    TaskState(String value, boolean terminal, boolean success) {
        this.value = value;
        this.terminal = terminal;
        this.success = success;
    }

    /**
     * @return the wire value, e.g. {@code Completed}
     */
    public String value() {
        return value;
    }

    /**
     * @return whether the task has finished (successfully or not)
     */
    public boolean isTerminal() {
        return terminal;
    }

    /**
     * @return whether this is a successful terminal state ({@link #COMPLETED} or {@link #WARNING})
     */
    public boolean isSuccess() {
        return success;
    }

    /**
     * @param value a wire value (may be {@code null})
     * @return the state, {@link #UNKNOWN} when not recognised
     */
    public static TaskState fromValue(String value) {
        for (TaskState s : values()) {
            if (s.value.equalsIgnoreCase(String.valueOf(value))) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
