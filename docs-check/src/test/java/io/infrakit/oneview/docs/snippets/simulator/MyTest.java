package io.infrakit.oneview.docs.snippets.simulator;

// doc:start
import io.infrakit.oneview.simulator.ManualClock;
import io.infrakit.oneview.simulator.OneViewSimulator;
import io.infrakit.oneview.simulator.junit.OneViewSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MyTest {
    @RegisterExtension
    final OneViewSimulatorExtension ov = new OneViewSimulatorExtension(b -> b.plainHttp().maxPageSize(10));

    @Test
    void something(OneViewSimulator sim, ManualClock clock) {
        // sim is running on clock; clock.advance(sim.taskDuration()) completes tasks
    }
}
// doc:end
