package io.infrakit.oneview.simulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh simulator on a manual clock per test, with a logged-in client; subclasses may change the builder. */
abstract class ManualSimulatorTest extends SimulatorTestSupport {

    ManualClock clock;
    OneViewSimulator sim;
    TestClient client;

    /** @return the builder of each test's simulator: {@link #manualSimulator} unless overridden */
    OneViewSimulator.Builder simulator(ManualClock clock) {
        return manualSimulator(clock);
    }

    @BeforeEach
    final void startSimulator() {
        clock = new ManualClock();
        sim = simulator(clock).start();
        client = new TestClient(sim).login();
    }

    @AfterEach
    final void stopSimulator() {
        sim.close();
    }
}
