package io.infrakit.oneview.spi.provider;

import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a provider writes to plug a kind of machine into the plugin: make a machine for a spec, destroy one,
 * report the current health of the machines it made, and settle provisions a crash interrupted. The engine
 * ({@code io.infrakit.oneview.engine.ProviderInstancePlugin}) does everything else: IDs, the state and its journal of
 * provisions in flight, tags, filtering, and moving machines between the active and the non-functional lists.
 *
 * <p>A provider that can list the machines it made from the backend alone also implements
 * {@link MachineDiscovery}, which lets an operator rebuild a lost state.
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
     * Checks instance properties like {@link #validate}, and says what could not be checked (the backend could not
     * be reached, say); the engine passes it on to the caller of {@code Instance.Validate}.
     *
     * @param properties the group's {@code Instance.Properties}
     * @return complete, or what was not checked
     * @throws io.infrakit.oneview.spi.InvalidPropertiesException naming the offending field
     */
    default io.infrakit.oneview.spi.Validation validateAndReport(RawJson properties) {
        validate(properties);
        return io.infrakit.oneview.spi.Validation.COMPLETE;
    }

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
     * Names the JSON object members of instance properties that hold secrets, such as credentials. The default
     * {@link #redact} masks them in what is stored and reported, and the plugin masks them in every reply and log
     * line that echoes a request ({@link io.infrakit.oneview.spi.InstancePlugin#secretFields()}).
     *
     * @return the member names (case-sensitive), at any depth; none by default
     */
    default Set<String> secretFields() {
        return Set.of();
    }

    /**
     * Gives the spec as it may be stored in the state and reported in descriptions: by default the spec with the
     * values of {@link #secretFields()} masked in its properties ({@link io.infrakit.oneview.spi.JsonRedaction#mask}).
     * Providers whose init scripts or other parts can carry secrets override it. {@link #provision} still receives
     * the full spec. Tags and the logical ID must not change.
     *
     * @param spec the spec InfraKit sent
     * @return the spec to store; the spec itself when nothing is masked
     */
    default Spec redact(Spec spec) {
        RawJson masked = io.infrakit.oneview.spi.JsonRedaction.mask(spec.properties(), secretFields());
        return masked == spec.properties() ? spec
                : new Spec(masked, spec.tags(), spec.init(), spec.logicalId(), spec.attachments());
    }

    /**
     * Settles provisions that started and were never recorded: the engine journals each provision (its instance ID,
     * its stored spec, and the session of the plugin process that runs it) before it calls {@link #provision}, and
     * removes the entry in the same commit that records the machine. An entry whose writer is gone (the process was
     * killed, a replica lost its session, or a provision failed and could not undo what it made) is handed here, and
     * only such entries: never one whose provision is still running somewhere. For each, the provider looks at the
     * backend, for that instance ID only, and answers
     *
     * <ul>
     *   <li>{@link Recovery#adopted}: a complete, working machine exists for the ID; the engine records it as an
     *       active instance (InfraKit, which got no answer for that provision, sees one more instance and scales
     *       down if it has too many);</li>
     *   <li>{@link Recovery#cleanedUp}: nothing is left, because the provision made nothing or the provider removed
     *       what it made (a half-made or broken machine); the engine forgets the entry;</li>
     *   <li>{@link Recovery#pending}: not settled yet (the machine is still being made or removed, the backend is
     *       unreachable, credentials are missing); the engine offers it again at a later describe. A provision
     *       missing from the answer counts as pending.</li>
     * </ul>
     *
     * <p>Called during a describe, before {@link #health}: answer promptly, and run long removals in the background
     * (answer pending until they are done). Several replicas may offer the same entry at once; the engine records
     * one outcome, so answers must be idempotent. Machines made for other IDs are not this call's business.
     *
     * @param unfinished the provisions to settle, never empty
     * @return an outcome per provision
     * @throws io.infrakit.oneview.spi.InstancePluginException when the backend cannot be asked at all; every
     *                                                         provision is then offered again later
     */
    List<Recovery> recover(List<UnfinishedProvision> unfinished);

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
