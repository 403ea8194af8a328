package io.infrakit.oneview.cli;

import io.infrakit.oneview.spi.provider.DoctorCheck;
import io.infrakit.oneview.spi.provider.DoctorGroup;
import io.infrakit.oneview.spi.provider.ProviderContext;
import io.infrakit.oneview.spi.provider.ProviderDoctor;
import io.infrakit.oneview.store.StateStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * {@code doctor}: checks, in order, what the plugin needs to run and provision, and prints one line per check (or one
 * JSON object). The checks are the plugin's own (Java, plugins directory, socket, state store) and then the
 * provider's ({@link ProviderDoctor}, when its factory has them). With the {@code oneview} provider and no appliance
 * configured, doctor starts an embedded OneView simulator as the plugin would, and checks that one.
 *
 * <p>Exit status: 0 when no check failed, 1 when one did, 2 for unusable flags (nothing checked).
 */
final class Doctor {

    /** The Java feature release the plugin needs. */
    static final int JAVA_FEATURE = 17;

    private final DoctorCommand command;
    private final PluginPaths paths;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;

    Doctor(DoctorCommand command, PluginPaths paths, PrintStream out, PrintStream err,
           Map<String, String> environment) {
        this.command = command;
        this.paths = paths;
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    /** @return the exit status */
    int run() {
        ServeOptions options = command.options;
        PluginRunner.Checked flags;
        GroupFile groups;
        try {
            Level level = LogLevels.of(options.log);
            Configurator.setRootLevel(options.log >= 5 ? level : Level.ERROR);
            flags = new PluginRunner(options, paths, err, environment).check();
            groups = command.group == null ? null : GroupFile.read(command.group, flags.name());
        } catch (UsageException | IllegalArgumentException e) {
            err.println("Error: " + e.getMessage());
            return 2;
        }
        DoctorReport report = new DoctorReport(out, command.json, DoctorReport.Marks.forCharset(
                Charset.defaultCharset()));
        report.add(java());
        report.add(SocketProbe.pluginsDirectory(paths.pluginsDir()));
        SocketProbe.Found socket = SocketProbe.socket(paths.socket(flags.name()), paths.pidFile(flags.name()),
                PluginPaths.typeName(flags.name()));
        report.add(socket.check());
        StateProbe.Opened state = StateProbe.check(flags.stateLocation(), environment, socket.pid(),
                flags.extensions());
        report.add(state.check());
        try {
            provider(flags, state.store(), groups, report);
        } finally {
            if (state.store() != null) {
                state.store().close();
            }
        }
        return report.finish(flags.name());
    }

    static DoctorCheck java() {
        Runtime.Version version = Runtime.version();
        String found = "Java " + version + " (" + System.getProperty("java.vendor") + ") at "
                + System.getProperty("java.home");
        return version.feature() >= JAVA_FEATURE
                ? DoctorCheck.pass("java", null, found)
                : DoctorCheck.fail("java", null, found + "; the plugin needs Java " + JAVA_FEATURE + " or later",
                "install Java " + JAVA_FEATURE + " or later and run the plugin with it");
    }

    private void provider(PluginRunner.Checked flags, StateStore store, GroupFile groups, DoctorReport report) {
        String provider = flags.factory().name();
        List<DoctorGroup> ours = groups == null ? List.of() : groups.ours();
        if (!(flags.factory() instanceof ProviderDoctor doctor)) {
            report.add(DoctorCheck.skip("provider", null, "the " + provider + " provider has no doctor checks of "
                    + "its own"));
            reportGroups(flags.name(), groups, report);
            return;
        }
        EmbeddedAppliance appliance = null;
        try {
            if (EmbeddedAppliance.needed(provider, flags.settings(), environment)) {
                appliance = startEmbedded(flags, store, report);
                if (appliance == null) {
                    return;
                }
            }
            doctor.diagnose(new ProviderContext(flags.name(), flags.settings(), environment, paths.home()), ours,
                    report::add);
            reportGroups(flags.name(), groups, report);
        } finally {
            if (appliance != null) {
                appliance.close();
            }
        }
    }

    /** @return the simulator, or null (having reported why) when it cannot serve as the plugin's */
    private EmbeddedAppliance startEmbedded(PluginRunner.Checked flags, StateStore store, DoctorReport report) {
        int earlier = 0;
        try {
            if (store != null) {
                earlier = SimulatorStateCheck.check(flags.name(), store);
            }
            EmbeddedAppliance appliance = EmbeddedAppliance.start(flags.name(), flags.settings(), earlier);
            report.add(DoctorCheck.pass("appliance.embedded", null, "no appliance configured (--ov-address, "
                    + "--ov-credentials-file or $OV_ADDRESS): checking an embedded OneView simulator started as the "
                    + "plugin would, at " + appliance.simulator().baseUri()));
            return appliance;
        } catch (StartupException e) {
            report.add(DoctorCheck.fail("appliance.embedded", null, e.getMessage(), "configure the appliance the "
                    + "state's instances belong to (--ov-address, --ov-credentials-file or $OV_ADDRESS), or use "
                    + "another --state"));
        } catch (IOException | RuntimeException e) {
            report.add(DoctorCheck.fail("appliance.embedded", null, "the embedded OneView simulator cannot start: "
                    + e, "configure an appliance with --ov-address (or free the loopback port of the simulator)"));
        }
        return null;
    }

    private static void reportGroups(String pluginName, GroupFile groups, DoctorReport report) {
        if (groups == null) {
            return;
        }
        for (String other : groups.others()) {
            report.add(DoctorCheck.skip("group.properties", other, "the group uses another instance plugin, not "
                    + PluginPaths.socketName(pluginName)));
        }
        if (groups.ours().isEmpty()) {
            report.add(DoctorCheck.fail("group.properties", null, "no group of --group uses the instance plugin "
                    + PluginPaths.socketName(pluginName), "give doctor the --name the groups' Instance.Plugin names, "
                    + "or the Group JSON of this plugin's groups"));
        }
    }
}
