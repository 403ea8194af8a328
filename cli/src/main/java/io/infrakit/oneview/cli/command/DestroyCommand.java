package io.infrakit.oneview.cli.command;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import io.infrakit.oneview.pluginclient.PluginClient;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.DestroyReason;
import java.util.ArrayList;
import java.util.List;

/** {@code destroy ID}: destroys one instance. */
@Parameters(commandDescription = "Destroy an instance")
public final class DestroyCommand implements ClientCommand {

    @ParametersDelegate
    private final PluginAddress address = new PluginAddress();

    @Parameter(description = "ID")
    private List<String> ids = new ArrayList<>();

    @Parameter(names = "--reason", description = "Why: terminate or rolling_update")
    private String reason = "terminate";

    @Override
    public PluginAddress address() {
        return address;
    }

    @Override
    public int run(PluginClient client, CommandIo io) {
        if (!reason.equals("terminate") && !reason.equals("rolling_update")) {
            throw new IllegalArgumentException("--reason must be terminate or rolling_update, got '" + reason + "'");
        }
        String id = Single.argument(ids, "an instance ID");
        client.destroy(id, new DestroyContext(DestroyReason.fromWire(reason)));
        io.out().println("destroyed " + id);
        return 0;
    }
}
