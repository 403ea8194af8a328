package io.infrakit.oneview.cli;

import org.apache.logging.log4j.Level;

/**
 * The C plugins' {@code --log} levels mapped onto Log4j2: 0 CRIT → FATAL, 1 ERRO → ERROR, 2 WARN → WARN,
 * 3 NOTE → NOTICE (a level between WARN and INFO), 4 INFO → INFO (the default), 5 DEBG → DEBUG.
 */
final class LogLevels {

    /** The level between WARN and INFO that the C plugins called NOTE. */
    static final Level NOTICE = Level.forName("NOTICE", 350);

    static final int DEFAULT = 4;

    private LogLevels() {
    }

    static Level of(int verbosity) {
        return switch (verbosity) {
            case 0 -> Level.FATAL;
            case 1 -> Level.ERROR;
            case 2 -> Level.WARN;
            case 3 -> NOTICE;
            case 4 -> Level.INFO;
            case 5 -> Level.DEBUG;
            default -> throw new IllegalArgumentException("--log must be between 0 and 5 (5 is the most verbose), got "
                    + verbosity);
        };
    }
}
