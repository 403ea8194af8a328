package io.infrakit.oneview.rpc.internal.dispatch;

import io.infrakit.oneview.spi.InstancePlugin;
import java.util.Map;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The default plugin (request {@code "Type":""}) and the typed sub-plugins ({@code name/type} on the client side).
 */
public final class TypedPlugins {

    private final InstancePlugin defaultPlugin;
    private final SortedMap<String, InstancePlugin> typed;

    public TypedPlugins(InstancePlugin defaultPlugin, Map<String, InstancePlugin> typed) {
        this.defaultPlugin = Objects.requireNonNull(defaultPlugin, "plugin");
        this.typed = new TreeMap<>(typed);
    }

    /** @return the plugin for a request's {@code Type}, or null when there is none */
    InstancePlugin forType(String type) {
        return type.isEmpty() ? defaultPlugin : typed.get(type);
    }

    /** @return the secret member names of every plugin, default and typed */
    public Set<String> secretFields() {
        Set<String> all = new HashSet<>(defaultPlugin.secretFields());
        typed.values().forEach(p -> all.addAll(p.secretFields()));
        return all;
    }

    public InstancePlugin defaultPlugin() {
        return defaultPlugin;
    }

    /** @return the sub-plugin types, sorted */
    Iterable<String> types() {
        return typed.keySet();
    }
}
