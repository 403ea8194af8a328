package io.infrakit.oneview.cli.command;

import io.infrakit.oneview.pluginclient.PluginClient;
import java.io.PrintStream;

/** A CLI command that drives a running plugin. */
public interface ClientCommand {

    /** @return which plugin to talk to */
    PluginAddress address();

    /**
     * Runs the command.
     *
     * @param client a client of the plugin
     * @param io     where to read input and print output
     * @return the exit status: 0 when the command did what it says, 1 when the plugin's answer falls short
     * @throws io.infrakit.oneview.pluginclient.PluginCallException when the plugin answers with an error
     * @throws IllegalArgumentException                         when the command's input is not valid (a usage
     *                                                          error: exit status 2)
     */
    int run(PluginClient client, CommandIo io) throws java.io.IOException;

    /**
     * Standard streams of a command.
     *
     * @param in  standard input
     * @param out standard output
     */
    record CommandIo(java.io.InputStream in, PrintStream out) {
    }
}
