package io.infrakit.oneview.spi.provider;

import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.RawJson;
import java.util.List;
import java.util.Map;

/**
 * What a provider writes to plug a kind of machine into the plugin: make a machine for a spec, destroy one,
 * and report the current health of the machines it made. The engine
 * ({@link io.infrakit.oneview.spi.engine.ProviderInstancePlugin}) does everything else: IDs, state, tags,
 * filtering, and moving machines between the active and the non-functional lists.
 *
 * <p>Implementations must be thread-safe: provisions and destroys run concurrently. Failures are
 * {@link io.infrakit.oneview.spi.InstancePluginException}s with a message meant for the user.
 */
public interface InstanceProvider extends AutoCloseable {

    /**
     * Checks instance properties.
     *
     * @param properties the group's {@code Instance.Properties}
     * @throws io.infrakit.oneview.spi.InvalidPropertiesException naming the offending field
     */
    void validate(RawJson properties);

    /**
     * Makes a machine. On failure the provider removes whatever it made half-way before throwing.
     *
     * @param request the instance ID the engine chose and the spec
     * @return what the provider needs to remember about the machine (stored with the instance, never a secret)
     * @throws io.infrakit.oneview.spi.InstancePluginException when no machine could be made
     */
    Machine provision(ProvisionRequest request);

    /**
     * Destroys a machine the provider made.
     *
     * @param machine the machine, as stored
     * @param context why
     * @throws io.infrakit.oneview.spi.InstancePluginException when it could not be destroyed
     */
    void destroy(Machine machine, DestroyContext context);

    /**
     * Reports the health of machines this provider made, in as few calls to the backend as it can.
     *
     * @param machines the machines the engine knows, active and non-functional
     * @return a status for each machine, by {@link Machine#instanceId()}; a machine missing from the map is
     *         taken as {@link MachineStatus#gone(String)}
     */
    Map<String, MachineStatus> health(List<Machine> machines);

    /**
     * Tells the provider that an instance's tags changed, for providers that record tags on the backend too.
     *
     * @param machine the machine
     * @param tags    the instance's tags after the change
     */
    default void tagsChanged(Machine machine, Map<String, String> tags) {
    }

    /**
     * An example of valid properties, shown in the plugin's self-description.
     *
     * @return the example, or {@link RawJson#NULL}
     */
    default RawJson exampleProperties() {
        return RawJson.NULL;
    }

    /** Releases the provider's resources (connections, sessions). */
    @Override
    default void close() {
    }
}
