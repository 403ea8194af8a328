package io.infrakit.oneview.cli.command;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import io.infrakit.oneview.pluginclient.PluginClient;
import io.infrakit.oneview.spi.Description;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** {@code describe}: lists the plugin's instances, as InfraKit's {@code describe} does. */
@Parameters(commandDescription = "List the instances of a running plugin")
public final class DescribeCommand implements ClientCommand {

    @ParametersDelegate
    private final PluginAddress address = new PluginAddress();

    @Parameter(names = "--tags", description = "Only instances with this tag, as key=value (repeatable; all must "
            + "match)")
    private List<String> tags = new ArrayList<>();

    @Parameter(names = {"--properties", "-p"}, description = "Also print each instance's properties")
    private boolean properties;

    @Parameter(names = {"--quiet", "-q"}, description = "Print only the instance IDs")
    private boolean quiet;

    @Override
    public PluginAddress address() {
        return address;
    }

    @Override
    public int run(PluginClient client, CommandIo io) {
        List<Description> descriptions = client.describeInstances(KeyValues.parse(tags), properties);
        if (quiet) {
            descriptions.forEach(d -> io.out().println(d.id()));
            return 0;
        }
        io.out().println(row("ID", "LOGICAL", "TAGS") + (properties ? "\tPROPERTIES" : ""));
        for (Description d : descriptions) {
            String line = row(d.id(), d.logicalId() != null ? d.logicalId() : "  -", tags(d.tags()));
            io.out().println(properties ? line + "\t" + (d.properties() == null ? "" : d.properties().json()) : line);
        }
        return 0;
    }

    private static String row(String id, String logical, String tagText) {
        return String.format("%-30s\t%-30s\t%s", id, logical, tagText);
    }

    private static String tags(Map<String, String> tags) {
        StringJoiner joined = new StringJoiner(",");
        tags.forEach((k, v) -> joined.add(k + "=" + v));
        return joined.toString();
    }
}
