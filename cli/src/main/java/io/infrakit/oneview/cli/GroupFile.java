package io.infrakit.oneview.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.provider.DoctorGroup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The groups of {@code doctor --group FILE}: an InfraKit Group JSON ({@code {"ID":..,"Properties":{"Instance":
 * {"Plugin":..,"Properties":{..}}}}}), an array of them, or plugin configs wrapping one
 * ({@code {"Plugin":"group","Properties":<group>}}), split into the groups that use this plugin and the others.
 *
 * @param ours   the groups whose {@code Instance.Plugin} names this plugin
 * @param others each other group, as {@code ID (plugin)}
 */
record GroupFile(List<DoctorGroup> ours, List<String> others) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param file       the file
     * @param pluginName this plugin's {@code --name}
     * @return the groups
     * @throws UsageException when the file cannot be read or is not a Group JSON; the message says where
     */
    static GroupFile read(Path file, String pluginName) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new UsageException("--group " + file + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UsageException("--group " + file + " cannot be read: " + e);
        }
        List<JsonNode> groups = new ArrayList<>();
        collect(root, file, groups);
        if (groups.isEmpty()) {
            throw new UsageException("--group " + file + " holds no group (an object with \"ID\" and "
                    + "\"Properties\")");
        }
        String lookup = PluginPaths.socketName(pluginName);
        List<DoctorGroup> ours = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (JsonNode g : groups) {
            String id = g.path("ID").asText();
            JsonNode instance = g.path("Properties").path("Instance");
            String plugin = instance.path("Plugin").asText("");
            if (PluginPaths.socketName(plugin).equals(lookup)) {
                JsonNode props = instance.get("Properties");
                ours.add(new DoctorGroup(id, props == null ? RawJson.NULL : RawJson.of(props.toString())));
            } else {
                others.add(id + " (" + (plugin.isEmpty() ? "no Instance.Plugin" : plugin) + ")");
            }
        }
        return new GroupFile(List.copyOf(ours), List.copyOf(others));
    }

    private static void collect(JsonNode node, Path file, List<JsonNode> groups) {
        if (node.isArray()) {
            node.forEach(n -> collect(n, file, groups));
        } else if (node.isObject() && node.hasNonNull("ID")) {
            if (!node.get("ID").isTextual() || !node.path("Properties").isObject()) {
                throw new UsageException("--group " + file + ": the group " + node.get("ID") + " needs a string ID "
                        + "and a Properties object");
            }
            groups.add(node);
        } else if (node.isObject() && node.has("Plugin") && node.has("Properties")) {
            JsonNode wrapped = node.get("Properties");
            if (wrapped.isArray() || wrapped.isObject() && wrapped.has("ID")) {
                collect(wrapped, file, groups);
            }
            // the config of another kind of plugin: no group in it
        } else {
            throw new UsageException("--group " + file + ": expected a group ({\"ID\":..,\"Properties\":..}), an "
                    + "array of groups, or {\"Plugin\":..,\"Properties\":<group>}, found " + node.getNodeType()
                    .name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
