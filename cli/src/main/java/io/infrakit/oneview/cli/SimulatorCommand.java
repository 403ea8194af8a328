package io.infrakit.oneview.cli;

import io.infrakit.oneview.simulator.SimulatorMain;
import java.io.PrintStream;

/** {@code simulator [options]}: runs the OneView appliance simulator in the foreground. */
final class SimulatorCommand {

    private SimulatorCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return SimulatorMain.run(args);
    }
}
