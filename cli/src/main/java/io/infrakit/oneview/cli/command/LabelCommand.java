package io.infrakit.oneview.cli.command;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import io.infrakit.oneview.pluginclient.PluginClient;
import java.util.ArrayList;
import java.util.List;

/** {@code label ID k=v ...}: merges labels into an instance's tags. */
@Parameters(commandDescription = "Merge labels (key=value ...) into an instance's tags")
public final class LabelCommand implements ClientCommand {

    @ParametersDelegate
    private final PluginAddress address = new PluginAddress();

    @Parameter(description = "ID key=value ...")
    private List<String> arguments = new ArrayList<>();

    @Override
    public PluginAddress address() {
        return address;
    }

    @Override
    public int run(PluginClient client, CommandIo io) {
        if (arguments.size() < 2) {
            throw new IllegalArgumentException("label needs an instance ID and at least one key=value");
        }
        String id = arguments.get(0);
        client.label(id, KeyValues.parse(arguments.subList(1, arguments.size())));
        io.out().println("labelled " + id);
        return 0;
    }
}
