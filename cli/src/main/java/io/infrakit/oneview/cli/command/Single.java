package io.infrakit.oneview.cli.command;

import java.util.List;

/** Checks that a command got exactly one positional argument. */
final class Single {

    private Single() {
    }

    static String argument(List<String> arguments, String what) {
        if (arguments.size() != 1) {
            throw new IllegalArgumentException("expected exactly one argument: " + what + " (got "
                    + arguments.size() + ")");
        }
        return arguments.get(0);
    }
}
