package io.infrakit.oneview.client;

import io.infrakit.oneview.client.model.Task;

/**
 * Tasks ({@code /rest/tasks}).
 */
public interface TaskApi extends CollectionApi<Task> {

    /**
     * A handle on an existing task, e.g. one whose URI was stored before a restart. No I/O.
     *
     * @param taskUri the task URI
     * @return the handle
     */
    TaskHandle handle(String taskUri);
}
