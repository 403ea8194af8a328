package io.infrakit.oneview.docs.snippets.simulator;

// doc:start
import io.infrakit.oneview.simulator.OneViewSimulator;
import io.infrakit.oneview.simulator.TaskKind;
// doc:end

/** Example 6 of docs/simulator.md, compiled here as the document shows it. */
final class Example6 {

    private Example6() {
    }

    static void run() throws Exception {
        // doc:start
        try (OneViewSimulator sim = OneViewSimulator.builder().start()) {
            sim.faults().expireAllSessions();                      // next call: 401, the client must log in again
            sim.faults().failNextTask(TaskKind.CREATE_PROFILE, "EnclosureBayUnavailableForProfile");
            sim.faults().failNextRequests(2, 503, "/rest/tasks");  // two failed polls
        }
        // doc:end
    }
}
