package io.infrakit.oneview.cli.command;

import com.beust.jcommander.Parameter;

/** Which running plugin a client command talks to. */
public final class PluginAddress {

    @Parameter(names = {"--name", "-n"}, description = "Name of the running plugin, optionally with a sub-plugin "
            + "type (name/type)")
    String name;

    /**
     * @param fallback the name given before the command, or the default
     * @return the plugin name to use
     */
    public String nameOr(String fallback) {
        return name == null ? fallback : name;
    }
}
