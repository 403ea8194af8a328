package io.infrakit.oneview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
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

    private static String format(String message, Throwable thrown) {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Layout<?> layout = context.getConfiguration().getAppender("stderr").getLayout();
        LogEvent event = Log4jLogEvent.newBuilder().setLoggerName("io.infrakit.oneview.x.Provisioner")
                .setLevel(Level.WARN).setMessage(new SimpleMessage(message)).setThrown(thrown).build();
        return new String(layout.toByteArray(event), StandardCharsets.UTF_8);
    }

    @Test
    void aValueWithANewlineOrAnEscapeCannotForgeALogLineOrDriveTheTerminal() {
        String forged = "2026-01-01T00:00:00.000Z INFO  [main] PluginRunner - forged";

        String line = format("template 'Web\n" + forged + "\r' \u001b[2J\u0085\u2028 not found", null);

        assertThat(line).endsWith("\n").doesNotContain("\u001b", "\r", "\u0085", "\u2028");
        assertThat(line.lines()).hasSize(1);
        assertThat(line).contains("template 'Web\\n" + forged + "\\r' \ufffd[2J\ufffd\ufffd not found");
    }

    @Test
    void aStackTraceCanOnlyAddLinesThatStartWithATab() {
        String forged = "2026-01-01T00:00:00.000Z INFO  [main] PluginRunner - forged";
        Exception cause = new IllegalStateException("bad name 'x\n" + forged + "'\u001b[0m",
                new IllegalArgumentException("inner\r\n" + forged));

        String record = format("boom", cause);

        java.util.List<String> lines = record.lines().toList();
        assertThat(lines.get(0)).endsWith(" - boom");
        assertThat(lines.get(1)).startsWith("java.lang.IllegalStateException: bad name 'x");
        assertThat(lines.subList(2, lines.size())).allMatch(l -> l.startsWith("\t"), "starts with a tab");
        assertThat(record).doesNotContain("\u001b", "\r").contains("\t" + forged);
    }
}
