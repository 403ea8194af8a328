package io.infrakit.oneview.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import java.nio.file.Path;

/** {@code doctor}: the plugin's own flags plus {@code --group} and {@code --json}; see {@link Doctor}. */
@Parameters(commandDescription = "Check, in order, what the plugin needs (Java, plugins directory and socket, state "
        + "store, appliance, login, privileges, the templates of --group and their free servers), one line each; "
        + "exit 0 when all pass, 1 otherwise; takes the plugin's flags")
final class DoctorCommand {

    @ParametersDelegate
    ServeOptions options = new ServeOptions();

    @Parameter(names = "--group", description = "doctor: an InfraKit Group JSON (one group, an array of groups, or "
            + "plugin configs {\"Plugin\":..,\"Properties\":<group>}); checks the template, free servers and OS "
            + "deployment plan of each group whose Instance.Plugin is this plugin")
    Path group;

    @Parameter(names = "--json", description = "doctor: print the report as one JSON object (see docs/cli.md)")
    boolean json;
}
