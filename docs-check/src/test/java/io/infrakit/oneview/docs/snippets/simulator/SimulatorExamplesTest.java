package io.infrakit.oneview.docs.snippets.simulator;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** The examples of docs/simulator.md that need nothing but loopback run as they are documented. */
class SimulatorExamplesTest {

    @Test
    void startingAndReadingTheSimulatorsAddress() {
        assertThatCode(Example1::run).doesNotThrowAnyException();
    }

    @Test
    void inventorySpecs() {
        assertThatCode(Example2::run).doesNotThrowAnyException();
    }

    @Test
    void expectations() {
        assertThatCode(Example3::run).doesNotThrowAnyException();
    }

    @Test
    void faults() {
        assertThatCode(Example6::run).doesNotThrowAnyException();
    }

    @Test
    void osDeployment() {
        assertThatCode(Example8::run).doesNotThrowAnyException();
    }

    @Test
    void rawHttpWithTheManualClock() {
        assertThatCode(Example7::run).doesNotThrowAnyException();
    }
}
