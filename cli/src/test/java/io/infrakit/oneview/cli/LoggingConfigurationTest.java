package io.infrakit.oneview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.xml.XmlConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoggingConfigurationTest {

    @AfterEach
    void restore() {
        Configurator.setRootLevel(Level.INFO);
    }

    @Test
    void theShippedConfigurationLoads() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);

        assertThat(context.getConfiguration()).isInstanceOf(XmlConfiguration.class);
        assertThat(context.getConfiguration().getName()).isNotEqualTo("Default");
    }

    @Test
    void theMostVerboseLevelNeverReachesHttpClientsHeaderAndWireLoggers() {
        Configurator.setRootLevel(LogLevels.of(5));

        assertThat(LogManager.getLogger(PluginRunner.class).isDebugEnabled()).isTrue();
        assertThat(LogManager.getLogger("org.apache.hc.client5.http.headers").isDebugEnabled()).isFalse();
        assertThat(LogManager.getLogger("org.apache.hc.client5.http.wire").isDebugEnabled()).isFalse();
    }
}
