package io.infrakit.oneview.spi.provider;

import java.util.List;

/**
 * An optional capability of an {@link InstanceProvider}: listing, from the backend alone, the machines it made for
 * this plugin, so that a lost state can be rebuilt ({@code rebuild-state}). A provider that marks its machines with
 * the plugin's owner and the instance's ID and tags (the OneView provider writes them in the server profile's
 * description) implements it next to {@link InstanceProvider}.
 */
public interface MachineDiscovery {

    /**
     * Lists every machine the backend holds that this plugin (the same owner) made, wherever the provider can look
     * (every appliance it has credentials for). Machines of other owners, and machines without a mark, are never
     * listed.
     *
     * @return the machines found; two entries for one instance ID mean the backend is ambiguous (the engine then
     *         adopts nothing and reports both)
     * @throws io.infrakit.oneview.spi.InstancePluginException when the backend cannot be listed
     */
    List<FoundMachine> findMachines();
}
