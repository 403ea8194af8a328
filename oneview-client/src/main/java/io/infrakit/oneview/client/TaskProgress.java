package io.infrakit.oneview.client;

import io.infrakit.oneview.client.model.TaskState;

/**
 * A progress report while waiting for a task.
 *
 * @param taskUri         the task URI
 * @param state           the task state
 * @param percentComplete the percentage as reported (informational), or {@code null}
 * @param statusMessage   the task's {@code taskStatus}, or {@code null}
 */
public record TaskProgress(String taskUri, TaskState state, Integer percentComplete, String statusMessage) {
}
