package io.infrakit.oneview.docs.snippets.pluginclient;

// doc:start
import io.infrakit.oneview.pluginclient.PluginClient;
import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.RawJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
// doc:end

/** Example 1 of docs/plugin-client.md, compiled here as the document shows it. */
final class Example1 {

    private Example1() {
    }

    static void run() throws Exception {
        // doc:start
        Path socket = Path.of(System.getProperty("user.home"), ".infrakit", "plugins", "instance-oneview");
        try (PluginClient plugin = PluginClient.of(socket)) {
            plugin.validate(RawJson.of("{\"TemplateName\":\"Web Server Template\"}"));
            String id = plugin.provision(RawJson.of("{\"Properties\":{\"TemplateName\":\"Web Server Template\"},"
                    + "\"Tags\":{\"infrakit.group\":\"web\"}}"));
            List<Description> web = plugin.describeInstances(Map.of("infrakit.group", "web"), false);
            System.out.println(web.size() + " instances in group web");
            plugin.label(id, Map.of("tier", "front"));
            plugin.destroy(id, DestroyContext.TERMINATE);
        }
        // doc:end
    }
}
