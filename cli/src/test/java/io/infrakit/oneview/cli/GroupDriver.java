package io.infrakit.oneview.cli;

import io.infrakit.oneview.pluginclient.PluginClient;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.RawJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What InfraKit's group plugin does with an instance plugin for a group of fixed size, reduced to its decisions:
 * describe the group's instances by its {@code infrakit.group} tag; the instances whose {@code infrakit.config.hash}
 * is the group's are kept; fewer than the size: provision the missing ones (with the group's tags); more: destroy the
 * extra ones. One {@link #converge()} is one pass of the group's poll loop.
 */
final class GroupDriver {

    private final PluginClient plugin;
    private final String group;
    private final String hash;
    private final int size;
    private final String properties;
    private int provisioned;

    GroupDriver(PluginClient plugin, String group, String hash, int size, String properties) {
        this.plugin = plugin;
        this.group = group;
        this.hash = hash;
        this.size = size;
        this.properties = properties;
    }

    /** @return the IDs of the group's instances as described now */
    List<String> instances() {
        List<String> ids = new ArrayList<>();
        for (Description d : plugin.describeInstances(Map.of("infrakit.group", group), false)) {
            if (hash.equals(d.tags().get("infrakit.config.hash"))) {
                ids.add(d.id());
            }
        }
        return ids;
    }

    /**
     * One pass: provisions or destroys until the group has its size.
     *
     * @return how many instances this pass provisioned
     */
    int converge() {
        List<String> ids = instances();
        int made = 0;
        for (int i = ids.size(); i < size; i++) {
            plugin.provision(RawJson.of("{\"Properties\":" + properties + ",\"Tags\":{\"infrakit.group\":\"" + group
                    + "\",\"infrakit.config.hash\":\"" + hash + "\"},\"Init\":\"\",\"LogicalID\":null,"
                    + "\"Attachments\":null}"));
            made++;
        }
        for (int i = size; i < ids.size(); i++) {
            plugin.destroy(ids.get(i), DestroyContext.TERMINATE);
        }
        provisioned += made;
        return made;
    }

    /** @return every instance this driver provisioned */
    int provisioned() {
        return provisioned;
    }
}
