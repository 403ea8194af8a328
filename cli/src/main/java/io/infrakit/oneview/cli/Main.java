package io.infrakit.oneview.cli;

import com.beust.jcommander.JCommander;
import com.beust.jcommander.ParameterException;
import io.infrakit.oneview.cli.command.ClientCommand;
import io.infrakit.oneview.cli.command.DescribeCommand;
import io.infrakit.oneview.cli.command.DestroyCommand;
import io.infrakit.oneview.cli.command.LabelCommand;
import io.infrakit.oneview.cli.command.ProvisionCommand;
import io.infrakit.oneview.cli.command.ValidateCommand;
import io.infrakit.oneview.pluginclient.PluginCallException;
import io.infrakit.oneview.pluginclient.PluginClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The plugin binary. With no command it runs the plugin; {@code version} prints the version; the other commands
 * drive a running plugin over its socket.
 */
public final class Main {

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final PluginPaths paths;

    Main(InputStream in, PrintStream out, PrintStream err, PluginPaths paths) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.paths = paths;
    }

    /**
     * Runs the plugin or a command.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(new Main(System.in, System.out, System.err, PluginPaths.ofProcess()).run(args));
    }

    int run(String[] commandLine) {
        String[] args = CommandLineSyntax.splitAssignments(commandLine);
        if (args.length > 0 && args[0].equals("simulator")) {
            return SimulatorCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        ServeOptions serve = new ServeOptions();
        RebuildStateCommand rebuild = new RebuildStateCommand();
        DoctorCommand doctor = new DoctorCommand();
        Map<String, ClientCommand> clientCommands = new LinkedHashMap<>();
        clientCommands.put("describe", new DescribeCommand());
        clientCommands.put("provision", new ProvisionCommand());
        clientCommands.put("validate", new ValidateCommand());
        clientCommands.put("label", new LabelCommand());
        clientCommands.put("destroy", new DestroyCommand());
        JCommander.Builder builder = JCommander.newBuilder().programName("java -jar infrakit-instance-oneview.jar")
                .addObject(serve)
                .addCommand("version", new VersionCommand())
                .addCommand("rebuild-state", rebuild)
                .addCommand("doctor", doctor);
        clientCommands.forEach(builder::addCommand);
        JCommander commander = builder.build();
        try {
            commander.parse(args);
        } catch (ParameterException e) {
            err.println("Error: " + CommandLineSyntax.message(e, commander.getCommands().keySet(), args));
            err.println("Run with --help for usage.");
            return 2;
        }
        String command = commander.getParsedCommand();
        if (serve.help || rebuild.options.help || doctor.options.help) {
            ServeOptions asked = rebuild.options.help ? rebuild.options : doctor.options.help ? doctor.options : serve;
            String providers;
            try {
                providers = PluginRunner.providerNames(PluginRunner.extensions(asked).loader());
            } catch (UsageException | java.util.ServiceConfigurationError e) {
                err.println("Error: " + e.getMessage());
                return 2;
            }
            StringBuilder usage = new StringBuilder();
            commander.getUsageFormatter().usage(usage);
            out.print(usage);
            out.println();
            out.println("Without a command, runs the plugin. Providers available: " + providers);
            out.println("  simulator [options]      Run the embedded OneView appliance simulator (simulator --help)");
            return 0;
        }
        if (command == null) {
            return new PluginRunner(serve, paths, err).run();
        }
        if (command.equals("rebuild-state")) {
            return new PluginRunner(rebuild.options, paths, err).rebuild(out);
        }
        if (command.equals("doctor")) {
            return new Doctor(doctor, paths, out, err, System.getenv()).run();
        }
        if (command.equals("version")) {
            out.println("HPE OneView Instance Plugin for InfraKit, version " + VersionCommand.version());
            return 0;
        }
        return runClient(clientCommands.get(command), serve.name);
    }

    private int runClient(ClientCommand command, String defaultName) {
        String name = command.address().nameOr(defaultName);
        try (PluginClient client = PluginClient.of(paths.socket(name), PluginPaths.typeName(name))) {
            return command.run(client, new ClientCommand.CommandIo(in, out));
        } catch (PluginCallException e) {
            err.println("Error: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("Error: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("Error: " + e.getMessage());
            return 1;
        }
    }
}
