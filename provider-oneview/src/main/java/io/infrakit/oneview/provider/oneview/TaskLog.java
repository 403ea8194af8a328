package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.client.TaskProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Task progress in the log: one INFO line per change of state, percentage or status message. */
final class TaskLog {

    private static final Logger LOG = LoggerFactory.getLogger(TaskLog.class);

    private TaskLog() {
    }

    /**
     * @param what what the task does, e.g. {@code instance-42: create profile Docker-42 on Encl1, bay 3}
     * @return a listener logging the task's progress
     */
    static TaskProgressListener of(String what) {
        return p -> LOG.info("{}: task {} {}{}{}", what, p.taskUri(), p.state().value(),
                p.percentComplete() == null ? "" : " " + p.percentComplete() + "%",
                p.statusMessage() == null ? "" : " (" + p.statusMessage().strip() + ")");
    }
}
