package io.infrakit.oneview.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

class LogLevelsTest {

    @Test
    void mapsTheSixLevelsOfTheCPluginsFromLeastToMostVerbose() {
        assertThat(LogLevels.of(0)).isEqualTo(Level.FATAL);
        assertThat(LogLevels.of(1)).isEqualTo(Level.ERROR);
        assertThat(LogLevels.of(2)).isEqualTo(Level.WARN);
        assertThat(LogLevels.of(3).intLevel()).isBetween(Level.WARN.intLevel(), Level.INFO.intLevel());
        assertThat(LogLevels.of(4)).isEqualTo(Level.INFO);
        assertThat(LogLevels.of(5)).isEqualTo(Level.DEBUG);
        assertThat(LogLevels.of(LogLevels.DEFAULT)).isEqualTo(Level.INFO);
    }

    @Test
    void refusesLevelsOutsideTheRange() {
        assertThatThrownBy(() -> LogLevels.of(6)).hasMessageContaining("between 0 and 5");
        assertThatThrownBy(() -> LogLevels.of(-1)).hasMessageContaining("between 0 and 5");
    }
}
