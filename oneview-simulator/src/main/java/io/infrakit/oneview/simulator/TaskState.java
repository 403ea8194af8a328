package io.infrakit.oneview.simulator;

/**
 * The {@code taskState} of a simulated task: a function of the elapsed fraction of its duration (reference §4.1).
 * Internal.
 */
enum TaskState {
    NEW("New"),
    STARTING("Starting"),
    RUNNING("Running"),
    COMPLETED("Completed"),
    ERROR("Error");

    private final String wire;

    TaskState(String wire) {
        this.wire = wire;
    }

    String wire() {
        return wire;
    }

    boolean isTerminal() {
        return this == COMPLETED || this == ERROR;
    }

    /**
     * @param fraction the elapsed part of the task's duration (1 or more once it has ended)
     * @param failed   whether it ends in error
     * @return New for the first 10 %, Starting until 20 %, Running until the end, then Completed or Error
     */
    static TaskState at(double fraction, boolean failed) {
        if (fraction >= 1.0) {
            return failed ? ERROR : COMPLETED;
        }
        return fraction < 0.1 ? NEW : fraction < 0.2 ? STARTING : RUNNING;
    }
}
