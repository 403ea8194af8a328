package io.infrakit.oneview.client;

/**
 * Receives progress while a task is awaited: once per poll whose state, percentage or status message differs from
 * the previous report. Called on the waiting thread; exceptions it throws abort the wait.
 */
@FunctionalInterface
public interface TaskProgressListener {

    /**
     * @param progress the progress
     */
    void onProgress(TaskProgress progress);
}
