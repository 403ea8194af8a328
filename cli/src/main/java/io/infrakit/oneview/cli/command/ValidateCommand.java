package io.infrakit.oneview.cli.command;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import io.infrakit.oneview.pluginclient.PluginClient;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Validation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** {@code validate PROPS.json|-}: asks the plugin whether instance properties are acceptable. */
@Parameters(commandDescription = "Validate instance Properties from a JSON file (or - for standard input)")
public final class ValidateCommand implements ClientCommand {

    @ParametersDelegate
    private final PluginAddress address = new PluginAddress();

    @Parameter(description = "PROPS.json|-")
    private List<String> files = new ArrayList<>();

    @Override
    public PluginAddress address() {
        return address;
    }

    @Override
    public int run(PluginClient client, CommandIo io) throws IOException {
        RawJson properties = JsonInput.read(Single.argument(files, "PROPS.json or -"), io.in());
        Validation validation = client.validateAndReport(properties);
        if (validation.complete()) {
            io.out().println("validate:ok");
            return 0;
        }
        for (String unchecked : validation.unchecked()) {
            io.out().println("validate:unchecked: " + unchecked);
        }
        return 1;
    }
}
