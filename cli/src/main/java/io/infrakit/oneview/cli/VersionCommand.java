package io.infrakit.oneview.cli;

import com.beust.jcommander.Parameters;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** {@code version}: prints the build version. */
@Parameters(commandDescription = "Print build version information")
final class VersionCommand {

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = VersionCommand.class.getResourceAsStream("/infrakit-instance-oneview.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }
}
