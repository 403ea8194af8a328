package io.infrakit.oneview.cli.command;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import io.infrakit.oneview.pluginclient.PluginClient;
import io.infrakit.oneview.spi.RawJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** {@code provision SPEC.json|-}: provisions one instance and prints its ID. */
@Parameters(commandDescription = "Provision an instance from a Spec JSON file (or - for standard input); prints "
        + "the new ID")
public final class ProvisionCommand implements ClientCommand {

    @ParametersDelegate
    private final PluginAddress address = new PluginAddress();

    @Parameter(description = "SPEC.json|-")
    private List<String> files = new ArrayList<>();

    @Override
    public PluginAddress address() {
        return address;
    }

    @Override
    public int run(PluginClient client, CommandIo io) throws IOException {
        RawJson spec = JsonInput.read(Single.argument(files, "SPEC.json or -"), io.in());
        if (!spec.isObject()) {
            throw new IllegalArgumentException("a Spec must be a JSON object, like "
                    + "{\"Properties\":{...},\"Tags\":{\"infrakit.group\":\"workers\"}}");
        }
        io.out().println(client.provision(spec));
        return 0;
    }
}
