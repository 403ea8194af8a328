package io.infrakit.oneview.cli;

import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;

/** {@code rebuild-state}: the plugin's own flags; rebuilds the state from the backend and exits. */
@Parameters(commandDescription = "Rebuild a lost state from the backend (every machine the provider made for this "
        + "plugin becomes an instance again), print what was done, and exit; takes the plugin's flags")
final class RebuildStateCommand {

    @ParametersDelegate
    ServeOptions options = new ServeOptions();
}
