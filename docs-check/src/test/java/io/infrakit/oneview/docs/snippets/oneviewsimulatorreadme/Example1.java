package io.infrakit.oneview.docs.snippets.oneviewsimulatorreadme;

// doc:start
import static org.assertj.core.api.Assertions.assertThat;

import io.infrakit.oneview.simulator.ManualClock;
import io.infrakit.oneview.simulator.OneViewSimulator;
import io.infrakit.oneview.simulator.TaskKind;
// doc:end

/** Example 1 of oneview-simulator/README.md, compiled here as the document shows it. */
final class Example1 {

    private Example1() {
    }

    static void run() throws Exception {
        // doc:start
        ManualClock clock = new ManualClock();
        try (OneViewSimulator sim = OneViewSimulator.builder().clock(clock).start()) {
            // point a OneView client at sim.baseUri(), trust sim.certificatePem(), log in with sim.userName()/password()
            sim.faults().failNextTask(TaskKind.CREATE_PROFILE, "EnclosureBayUnavailableForProfile");
            clock.advance(sim.taskDuration());   // tasks finish when the test says so
            assertThat(sim.counters().get("POST /rest/server-profiles")).isEqualTo(1);
        }
        // doc:end
    }
}
