package io.infrakit.oneview.cli;

import io.infrakit.oneview.client.transport.ApplianceAddress;
import io.infrakit.oneview.engine.StoredMachines;
import io.infrakit.oneview.provider.oneview.MachineData;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.provider.Machine;
import io.infrakit.oneview.store.StateStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Before the plugin serves a state from its embedded simulator: every instance must have been made on this plugin's
 * embedded simulator (its machine data names the appliance, and that simulator listens on loopback at the port
 * derived from the plugin name). An instance of any other appliance means that the plugin's appliance was forgotten
 * ({@code OV_ADDRESS} not exported, a flag left out): served from a simulator, those instances would be reported
 * gone and InfraKit would replace a production group with simulated servers. Start-up is refused instead; the state
 * is only read.
 */
final class SimulatorStateCheck {

    private static final int LISTED = 3;

    private SimulatorStateCheck() {
    }

    /**
     * @param pluginName the plugin's name, from which the embedded simulator's port is derived
     * @param store      the opened state
     * @return how many instances of this plugin's embedded simulator (of an earlier run) the state holds
     * @throws StartupException when it holds an instance of another appliance, or one the oneview provider did not
     *                          make; the message lists some and says what to do
     */
    static int check(String pluginName, StateStore store) {
        List<Machine> machines = StoredMachines.read(store);
        List<String> foreign = new ArrayList<>();
        for (Machine machine : machines) {
            String appliance = foreignAppliance(pluginName, machine);
            if (appliance != null) {
                foreign.add(machine.instanceId() + " " + appliance);
            }
        }
        if (!foreign.isEmpty()) {
            throw new StartupException("the state " + store.location() + " holds " + foreign.size() + " instance(s)"
                    + " not made on this plugin's embedded OneView simulator (" + String.join(", ",
                    foreign.subList(0, Math.min(LISTED, foreign.size())))
                    + (foreign.size() > LISTED ? ", and " + (foreign.size() - LISTED) + " more" : "") + "), but no"
                    + " appliance is configured (--ov-address, --ov-credentials-file or $OV_ADDRESS): served from the"
                    + " simulator they would be reported gone and InfraKit would replace them with simulated servers."
                    + " Start the plugin with the appliance they belong to (also when the groups bring their own"
                    + " credentials), or give another --state to start over on the simulator. The state was not"
                    + " changed");
        }
        return machines.size();
    }

    /** @return null for a machine of this plugin's embedded simulator, else where it was made, for the message */
    private static String foreignAppliance(String pluginName, Machine machine) {
        MachineData data;
        try {
            data = MachineData.of(machine);
        } catch (InstancePluginException e) {
            return "(not made by the oneview provider)";
        }
        try {
            if (EmbeddedAppliance.isEmbeddedAddress(pluginName, ApplianceAddress.parse(data.appliance()))) {
                return null;
            }
        } catch (IllegalArgumentException e) {
            return "on '" + data.appliance() + "'";
        }
        return "on " + data.appliance();
    }
}
