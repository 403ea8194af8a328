package io.infrakit.oneview.provider.oneview;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * Captures every log line of the {@code io.infrakit.oneview} loggers (all levels, including DEBUG) while open.
 */
final class LogCapture extends AbstractAppender implements AutoCloseable {
    private static final String LOGGER = "io.infrakit.oneview";
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private LogCapture() {
        super("capture-" + System.nanoTime(), null, null, true, Property.EMPTY_ARRAY);
    }

    /**
     * @return a started capture (close it to stop)
     */
    static LogCapture capture() {
        LogCapture capture = new LogCapture();
        capture.start0();
        return capture;
    }

    private void start0() {
        start();
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        LoggerConfig logger = config.getLoggerConfig(LOGGER);
        logger.addAppender(this, Level.ALL, null);
        context.updateLoggers();
    }

    @Override
    public void append(LogEvent event) {
        lines.add(event.getLevel() + " " + event.getMessage().getFormattedMessage()
                + (event.getThrown() == null ? "" : " " + event.getThrown()));
    }

    /**
     * @return the captured lines
     */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        context.getConfiguration().getLoggerConfig(LOGGER).removeAppender(getName());
        context.updateLoggers();
        stop();
    }
}
