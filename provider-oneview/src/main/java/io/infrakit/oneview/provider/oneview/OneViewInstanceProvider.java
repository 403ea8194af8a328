package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.client.error.OneViewConnectionException;
import io.infrakit.oneview.client.error.OneViewException;
import io.infrakit.oneview.client.error.ServerErrorException;
import io.infrakit.oneview.client.error.UnauthorizedException;
import io.infrakit.oneview.client.model.ServerHardware;
import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.InvalidPropertiesException;
import io.infrakit.oneview.spi.LogText;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Validation;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.provider.FoundMachine;
import io.infrakit.oneview.spi.provider.InstanceProvider;
import io.infrakit.oneview.spi.provider.MachineDiscovery;
import io.infrakit.oneview.spi.provider.Machine;
import io.infrakit.oneview.spi.provider.MachineStatus;
import io.infrakit.oneview.spi.provider.ProvisionRequest;
import io.infrakit.oneview.spi.provider.Recovery;
import io.infrakit.oneview.spi.provider.UnfinishedProvision;
import io.infrakit.oneview.client.ClientListener;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code oneview} provider: an instance is an HPE OneView server with a server profile made from a server
 * profile template. See {@code docs/oneview-provider.md} for the properties, settings and behaviour.
 *
 * <ul>
 *   <li>{@link #validate}: checks the properties (field by field) and, when the appliance answers, that the template
 *       and the narrowing names exist, and the OS deployment plan and the attributes the group sets
 *       ({@link OsDeployment}).</li>
 *   <li>{@link #provision}: see {@link Provisioner}.</li>
 *   <li>{@link #destroy}: powers the server off, deletes the profile ({@code force} with {@code ForceDestroy}),
 *       waits; a profile already gone is fine.</li>
 *   <li>{@link #health}: two paged listings per appliance whatever the number of instances (see
 *       {@link ApplianceSnapshot}, {@link HealthRules}).</li>
 *   <li>{@link #recover}: the profiles of provisions a crash interrupted are adopted when applied, deleted when
 *       broken ({@link ProfileRecovery}).</li>
 *   <li>{@link #findMachines}: every profile marked with this owner, on every appliance with known credentials
 *       ({@link MachineFinder}), for rebuilding a lost state.</li>
 * </ul>
 *
 * <p>One session per appliance and credentials ({@link ClientPool}), logged out by {@link #close()}. Thread-safe.
 */
public final class OneViewInstanceProvider implements InstanceProvider, MachineDiscovery {

    private static final Logger LOG = LoggerFactory.getLogger(OneViewInstanceProvider.class);

    private final ProviderSettings settings;
    private final ConnectionResolver resolver;
    private final ClientPool clients;
    private final Provisioner provisioner;
    private final HardwareReservations reservations;
    private final BackgroundRemovals removals = new BackgroundRemovals();
    private final ProfileRecovery recovery;
    private final MachineFinder finder;
    private static final Set<String> SECRET_FIELDS = Set.of("OneViewPassword");

    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param settings    the plugin-wide settings
     * @param environment the process environment ({@code OV_*})
     * @param clock       the clock of hardware reservations
     */
    public OneViewInstanceProvider(ProviderSettings settings, Map<String, String> environment, Clock clock) {
        this(settings, environment, clock, ClientListener.NONE);
    }

    /**
     * @param settings    the plugin-wide settings
     * @param environment the process environment ({@code OV_*})
     * @param clock       the clock of hardware reservations
     * @param listener    observes every appliance exchange, login and task of every session (for metrics)
     */
    public OneViewInstanceProvider(ProviderSettings settings, Map<String, String> environment, Clock clock,
                                   ClientListener listener) {
        this.settings = settings;
        this.resolver = new ConnectionResolver(environment, settings);
        this.clients = new ClientPool(settings, resolver.defaultConnection(), listener);
        this.reservations = new HardwareReservations(clock);
        this.provisioner = new Provisioner(reservations, settings.owner());
        this.recovery = new ProfileRecovery(settings.owner(), resolver, clients, removals);
        this.finder = new MachineFinder(settings.owner(), clients);
        LOG.info("OneView provider ready (owner '{}'{})", settings.owner(), resolver.defaultConnection()
                .map(c -> ", default appliance " + c.key()).orElse(", no default appliance: groups must name one"));
    }

    /** @return the settings in use */
    public ProviderSettings settings() {
        return settings;
    }

    @Override
    public void validate(RawJson properties) {
        validateAndReport(properties);
    }

    @Override
    public Validation validateAndReport(RawJson properties) {
        InstanceProperties props = InstanceProperties.parse(properties);
        ConnectionConfig connection = resolver.resolve(props);
        OneViewClient client = clients.client(connection);
        try {
            ResolvedTemplate template = ResolvedTemplate.resolve(client, props, connection.address());
            java.util.Optional<OsDeployment> os = OsDeployment.resolve(client, template.template(), props,
                    connection.address());
            clients.remember(connection);
            if (os.isPresent() && !os.get().deliversInit()) {
                return Validation.unchecked("Init delivery: the profiles deploy " + os.get().describePlan()
                        + " but no " + InstanceProperties.INIT_ATTRIBUTE + " is set, so a Spec.Init from the flavor"
                        + " will not reach the servers (Validate is not given the Init: set "
                        + InstanceProperties.INIT_ATTRIBUTE + " if the group has one)");
            }
            return Validation.COMPLETE;
        } catch (InvalidPropertiesException e) {
            clients.remember(connection);
            throw e;
        } catch (UnauthorizedException e) {
            throw new InvalidPropertiesException("cannot log in to the OneView appliance " + connection.address()
                    + " as user " + connection.username() + ": " + e.getMessage());
        } catch (OneViewConnectionException e) {
            if (e.isTlsVerificationFailure()) {
                throw new InvalidPropertiesException(TlsAdvice.message(connection, e));
            }
            LOG.warn("Cannot reach the OneView appliance {} to check template '{}' ({}); accepting the properties",
                    connection.address(), LogText.of(props.templateName()), LogText.of(e.getMessage()));
            return Validation.unchecked("cannot reach the OneView appliance " + connection.address() + " ("
                    + e.getMessage() + "): template '" + props.templateName() + "' was not checked");
        } catch (ServerErrorException e) {
            LOG.warn("The OneView appliance {} failed while checking template '{}' ({}); accepting the properties",
                    connection.address(), LogText.of(props.templateName()), LogText.of(e.getMessage()));
            return Validation.unchecked("the OneView appliance " + connection.address() + " failed ("
                    + e.getMessage() + "): template '" + props.templateName() + "' was not checked");
        } catch (OneViewException e) {
            throw new InvalidPropertiesException("cannot check template '" + props.templateName() + "' on the OneView "
                    + "appliance " + connection.address() + ": " + e.getMessage());
        }
    }

    @Override
    public Machine provision(ProvisionRequest request) {
        String id = request.instanceId();
        InstanceProperties props = InstanceProperties.parse(request.spec().properties());
        ConnectionConfig connection = resolver.resolve(props);
        OneViewClient client = clients.client(connection);
        Machine machine = provisioner.provision(client, connection, props, id, request.spec());
        clients.remember(connection);
        return machine;
    }

    @Override
    public void destroy(Machine machine, DestroyContext context) {
        MachineData data = MachineData.of(machine);
        OneViewClient client = clients.client(data.applianceKey());
        String label = "instance " + machine.instanceId();
        LOG.info("{}: destroying ({}) server profile {} on {}", label,
                context.reason().wireName().isEmpty() ? "no reason given" : context.reason().wireName(),
                data.profileName(), data.appliance());
        try {
            ProfileRemover.remove(client, data.profileUri(), data.forceDestroy(), label);
            if (data.serverHardwareUri() != null) {
                reservations.release(data.serverHardwareUri());
            }
        } catch (OneViewException e) {
            throw new InstancePluginException(label + ": deleting server profile " + data.profileName() + " ("
                    + data.profileUri() + ") on " + data.appliance() + " failed: " + e.getMessage()
                    + (data.forceDestroy() ? "" : " (set \"ForceDestroy\": true to delete it anyway)"), e);
        }
    }

    @Override
    public Map<String, MachineStatus> health(List<Machine> machines) {
        Map<ConnectionConfig.ApplianceKey, List<Stored>> byAppliance = new LinkedHashMap<>();
        Map<String, MachineStatus> result = new HashMap<>();
        for (Machine m : machines) {
            MachineData data;
            try {
                data = MachineData.of(m);
            } catch (InstancePluginException e) {
                result.put(m.instanceId(), MachineStatus.gone(e.getMessage()));
                continue;
            }
            byAppliance.computeIfAbsent(data.applianceKey(), k -> new ArrayList<>())
                    .add(new Stored(m.instanceId(), data));
        }
        for (Map.Entry<ConnectionConfig.ApplianceKey, List<Stored>> e : byAppliance.entrySet()) {
            ConnectionConfig.ApplianceKey appliance = e.getKey();
            ApplianceSnapshot snapshot;
            try {
                snapshot = clients.snapshot(appliance);
            } catch (OneViewException ex) {
                throw new InstancePluginException("reading server profiles and server hardware from " + appliance
                        + " failed: " + ex.getMessage(), ex);
            }
            Map<String, ServerProfile> profilesByUri = new HashMap<>();
            Map<String, ServerProfile> profilesById = new HashMap<>();
            for (ServerProfile p : snapshot.profiles()) {
                profilesByUri.put(p.uri(), p);
                ProfileMarker.parse(p.description()).filter(mk -> mk.owner().equals(settings.owner()))
                        .ifPresent(mk -> profilesById.put(mk.instanceId(), p));
            }
            for (Stored m : e.getValue()) {
                ServerProfile profile = profilesByUri.get(m.data().profileUri());
                if (profile != null && !markedFor(profile, m.id())) {
                    profile = null;
                }
                if (profile == null) {
                    profile = profilesById.get(m.id());
                }
                ServerHardware hw = profile == null || profile.serverHardwareUri() == null ? null
                        : snapshot.hardware().get(profile.serverHardwareUri());
                result.put(m.id(), HealthRules.status(m.data(), profile, hw));
            }
        }
        return result;
    }

    /**
     * A profile at a machine's URI is that machine's only if its marker, when it has one, names this owner and that
     * instance: a URI reused for another profile (a simulator restarted with the same seed) is not the machine.
     */
    private boolean markedFor(ServerProfile profile, String instanceId) {
        return ProfileMarker.parse(profile.description())
                .map(mk -> mk.owner().equals(settings.owner()) && mk.instanceId().equals(instanceId))
                .orElse(true);
    }

    /** See {@link ProfileRecovery}: applied profiles are adopted, broken ones deleted in the background. */
    @Override
    public List<Recovery> recover(List<UnfinishedProvision> unfinished) {
        return recovery.recover(unfinished);
    }

    /** See {@link MachineFinder}: every profile marked with this owner, on every appliance with credentials. */
    @Override
    public List<FoundMachine> findMachines() {
        return finder.find();
    }

    /** A stored machine: its instance ID and data. */
    private record Stored(String id, MachineData data) {
    }

    @Override
    public void tagsChanged(Machine machine, Map<String, String> tags) {
        MachineData data = MachineData.of(machine);
        OneViewClient client = clients.client(data.applianceKey());
        try {
            ServerProfile profile = client.serverProfiles().get(data.profileUri());
            String logicalId = ProfileMarker.parse(profile.description()).map(ProfileMarker::logicalId).orElse(null);
            String description = new ProfileMarker(settings.owner(), machine.instanceId(), logicalId, tags)
                    .toDescription();
            if (description.equals(profile.description())) {
                return;
            }
            client.serverProfiles().update(profile.withDescription(description))
                    .await(TaskLog.of("instance " + machine.instanceId() + ": record tags on profile "
                            + profile.name()));
        } catch (io.infrakit.oneview.client.error.NotFoundException e) {
            LOG.info("instance {}: server profile {} is gone; its tags are recorded in the state only",
                    machine.instanceId(), data.profileUri());
        } catch (OneViewException e) {
            throw new InstancePluginException("instance " + machine.instanceId() + ": recording the tags on server"
                    + " profile " + data.profileName() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * {@code OneView.OneViewPassword} (deprecated credentials in the group properties): masked in the spec the engine
     * stores and reports, and in every reply and log line that echoes a request, so that no password reaches the
     * state file, a describe or an error reply.
     */
    @Override
    public Set<String> secretFields() {
        return SECRET_FIELDS;
    }

    @Override
    public RawJson exampleProperties() {
        return RawJson.of("{\"TemplateName\":\"Docker-Gen8-Template\",\"ProfileName\":\"Docker\",\"PowerOff\":true,"
                + "\"PowerOn\":true,\"ForceDestroy\":false,\"EnclosureGroupName\":\"EG1\"}");
    }

    /**
     * Waits until no profile found broken by {@link #recover} is being deleted (for tests and tools).
     *
     * @param timeout the longest wait
     * @return true when no deletion is running
     * @throws InterruptedException when interrupted
     */
    public boolean awaitRecoveryRemovals(Duration timeout) throws InterruptedException {
        return removals.awaitIdle(timeout);
    }

    /** @return how many profiles of unfinished provisions this provider deleted */
    public long recoveryRemovals() {
        return removals.removedCount();
    }

    /** Stops the background removals and logs every session out. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                removals.close();
            } finally {
                clients.close();
            }
        }
    }

    @Override
    public String toString() {
        return "OneViewInstanceProvider{owner=" + settings.owner() + "}";
    }
}
