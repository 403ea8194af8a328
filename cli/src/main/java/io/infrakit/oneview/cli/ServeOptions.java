package io.infrakit.oneview.cli;

import com.beust.jcommander.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The flags of the plugin itself (no command given): kept from the C plugins, plus provider selection. */
public final class ServeOptions {

    @Parameter(names = {"--name", "-n"}, description = "Plugin name to advertise: the socket file's name in the "
            + "plugins directory ($INFRAKIT_PLUGINS_DIR, else $INFRAKIT_HOME/plugins, else ~/.infrakit/plugins)")
    String name = "instance-oneview";

    @Parameter(names = {"--log", "-l"}, description = "Logging level, 0 (critical only) to 5 (debug), 5 being the "
            + "most verbose")
    int log = LogLevels.DEFAULT;

    @Parameter(names = {"--state", "-s"}, description = "Path to the state file holding instance state "
            + "(default ~/.infrakit/state/<name>.json)")
    Path state;

    @Parameter(names = "--provider", description = "Instance provider: what an instance is (file)")
    String provider = "file";

    @Parameter(names = "--dir", description = "file provider: folder of instance files (default "
            + "$INFRAKIT_INSTANCE_FILE_DIR, else ~/.infrakit/instance-file)")
    Path dir;

    @Parameter(names = "--set", description = "A provider setting, KEY=VALUE (repeatable); for providers "
            + "added by third-party jars, and for settings without a flag of their own")
    List<String> settings = new ArrayList<>();

    @Parameter(names = "--socket-mode", description = "Permissions of the socket file, in octal; the default lets "
            + "only the owner connect, 660 lets the owner's group in too")
    String socketMode = "600";

    @Parameter(names = "--max-connections", description = "Most client connections served at once")
    int maxConnections = 256;

    @Parameter(names = "--max-body", description = "Largest request body accepted, in bytes")
    int maxBody = 4 * 1024 * 1024;

    @Parameter(names = "--idle-timeout", description = "Seconds after which an idle client connection is closed")
    int idleTimeoutSeconds = 120;

    @Parameter(names = {"--help", "-h"}, help = true, description = "Show this help")
    boolean help;
}
