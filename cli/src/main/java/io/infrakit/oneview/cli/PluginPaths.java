package io.infrakit.oneview.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where InfraKit looks for plugins and where this plugin keeps its files, resolved the way InfraKit does:
 * {@code $INFRAKIT_PLUGINS_DIR}, else {@code $INFRAKIT_HOME/plugins}, else {@code <user home>/.infrakit/plugins},
 * where the user home comes from the account (Java's {@code user.home}), not from {@code $HOME}.
 *
 * @param home       the plugin's home folder, {@code <user home>/.infrakit}
 * @param pluginsDir the folder of plugin sockets
 */
public record PluginPaths(Path home, Path pluginsDir) {

    /**
     * @param environment the process environment
     * @param userHome    the account's home folder
     * @return the resolved paths
     */
    public static PluginPaths resolve(Map<String, String> environment, Path userHome) {
        Path home = userHome.resolve(".infrakit");
        String pluginsDir = environment.get("INFRAKIT_PLUGINS_DIR");
        if (pluginsDir != null && !pluginsDir.isEmpty()) {
            return new PluginPaths(home, Path.of(pluginsDir));
        }
        String infrakitHome = environment.get("INFRAKIT_HOME");
        if (infrakitHome != null && !infrakitHome.isEmpty()) {
            return new PluginPaths(home, Path.of(infrakitHome).resolve("plugins"));
        }
        return new PluginPaths(home, home.resolve("plugins"));
    }

    /** @return the paths of this process: its environment and {@code user.home} */
    public static PluginPaths ofProcess() {
        return resolve(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * @param pluginName the plugin's name; only the part before the first {@code /} names the socket
     * @return the socket file
     */
    public Path socket(String pluginName) {
        return pluginsDir.resolve(socketName(pluginName));
    }

    /**
     * @param pluginName the plugin's name
     * @return the pid file beside the socket
     */
    public Path pidFile(String pluginName) {
        return pluginsDir.resolve(socketName(pluginName) + ".pid");
    }

    /**
     * @param pluginName the plugin's name
     * @return the default state file, {@code <home>/state/<name>.json}
     */
    public Path defaultStateFile(String pluginName) {
        return home.resolve("state").resolve(socketName(pluginName) + ".json");
    }

    /**
     * @param pluginName a name of the form {@code lookup[/type]}
     * @return the lookup part
     */
    public static String socketName(String pluginName) {
        int slash = pluginName.indexOf('/');
        return slash < 0 ? pluginName : pluginName.substring(0, slash);
    }

    /**
     * @param pluginName a name of the form {@code lookup[/type]}
     * @return the type part, or {@code ""}
     */
    public static String typeName(String pluginName) {
        int slash = pluginName.indexOf('/');
        return slash < 0 ? "" : pluginName.substring(slash + 1);
    }
}
