package io.infrakit.oneview.cli.command;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import io.infrakit.oneview.cli.client.PluginClient;
import java.util.ArrayList;
import java.util.Iterator;
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
    public void run(PluginClient client, CommandIo io) {
        JsonNode descriptions = client.describe(KeyValues.parse(tags), properties);
        if (quiet) {
            descriptions.forEach(d -> io.out().println(d.path("ID").asText()));
            return;
        }
        io.out().println(row("ID", "LOGICAL", "TAGS") + (properties ? "\tPROPERTIES" : ""));
        for (JsonNode d : descriptions) {
            JsonNode logical = d.path("LogicalID");
            String line = row(d.path("ID").asText(), logical.isTextual() ? logical.asText() : "  -", tags(d.path("Tags")));
            io.out().println(properties ? line + "\t" + d.path("Properties") : line);
        }
    }

    private static String row(String id, String logical, String tagText) {
        return String.format("%-30s\t%-30s\t%s", id, logical, tagText);
    }

    private static String tags(JsonNode tagNode) {
        StringJoiner joined = new StringJoiner(",");
        for (Iterator<Map.Entry<String, JsonNode>> it = tagNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            joined.add(e.getKey() + "=" + e.getValue().asText());
        }
        return joined.toString();
    }
}
