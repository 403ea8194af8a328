package io.infrakit.oneview.spi.provider;

import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a provider writes to plug a kind of machine into the plugin: make a machine for a spec, destroy one,
 * and report the current health of the machines it made. The engine
 * ({@link io.infrakit.oneview.engine.ProviderInstancePlugin}) does everything else: IDs, state, tags,
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
     * @return what the provider needs to remember about the machine (stored with the instance, never a secret);
     *         its {@link Machine#instanceId()} must be the requested ID
     * @throws InstanceIdConflictException when the backend already has a machine with the requested ID (nothing
     *                                     was made); the engine retries with another ID
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
     * @return a status for each machine, by {@link Machine#instanceId()}, as it is now (never cached: healing
     *         depends on it); a machine missing from the map is taken as {@link MachineStatus#gone(String)}
     * @throws io.infrakit.oneview.spi.InstancePluginException when the backend cannot be asked; the describe then
     *                                                         fails and no machine changes list
     */
    Map<String, MachineStatus> health(List<Machine> machines);

    /**
     * Gives the spec as it may be stored in the state and reported in descriptions. Providers whose properties
     * (or init scripts) can carry secrets, such as credentials, return a copy with them masked, for example with
     * {@link io.infrakit.oneview.spi.JsonRedaction#mask}. {@link #provision} still receives the full spec.
     * Tags and the logical ID must not change.
     *
     * @param spec the spec InfraKit sent
     * @return the spec to store; by default the spec itself
     */
    default Spec redact(Spec spec) {
        return spec;
    }

    /**
     * Cleans up after provisions that started but were never recorded: the plugin was killed between asking for a
     * machine and recording it, or a provision failed and its own clean-up may not have finished. The engine records
     * each instance ID before it calls {@link #provision} and calls this during describes with the IDs that were
     * neither recorded nor settled (never one whose provision is still running in this process). A provider removes
     * whatever it made for those IDs, and only that: machines it made for other IDs are not its business here.
     *
     * <p>It may work in the background: the IDs it does not return are offered again at the next describe.
     *
     * @param instanceIds the unfinished provisions
     * @return the IDs for which nothing is left on the backend; the engine forgets them
     */
    default Set<String> settleUnfinished(Set<String> instanceIds) {
        return instanceIds;
    }

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
