package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.client.TaskHandle;
import io.infrakit.oneview.client.error.AssignmentErrors;
import io.infrakit.oneview.client.error.ConflictException;
import io.infrakit.oneview.client.error.OneViewConnectionException;
import io.infrakit.oneview.client.error.OneViewException;
import io.infrakit.oneview.client.error.TaskFailedException;
import io.infrakit.oneview.client.model.ServerHardware;
import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.client.model.Task;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.SingleFlight;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.provider.InstanceIdConflictException;
import io.infrakit.oneview.spi.provider.Machine;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes one machine: picks and reserves a free server, powers it off if it is on, creates the profile from the
 * template's {@code new-profile} (name, server, the {@link ProfileMarker} in its description and, when the group or
 * the template names an OS deployment plan, the {@link OsDeployment}'s {@code osDeploymentSettings} with the Init),
 * waits (the appliance deploys the OS within the profile's task), powers the server on (unless
 * {@code PowerOn: false}), waits. The plan is read and the values are checked at every provision, before any server
 * is touched: nothing of a group's Init or settings is kept between provisions. When another party takes the chosen server first, it tries
 * another (3 servers at most, after a jittered pause of the client's {@link io.infrakit.oneview.client.RetryPolicy}):
 * the task failed with one of the recorded {@link AssignmentErrors}, or the appliance answered 409 (the server is
 * busy) before any profile was made. A failure anywhere releases the server and deletes the profile if one was made.
 * A create that fails while a profile of another instance (or made by hand) has the name is a name conflict: no
 * error code decides it, since the appliance's code for it was never recorded.
 */
final class Provisioner {

    private static final Logger LOG = LoggerFactory.getLogger(Provisioner.class);
    private static final int ATTEMPTS = 3;

    private record TemplateKey(OneViewClient client, String template, String typeName, String typeUri,
                               String groupName, String groupUri) {
    }

    private final SingleFlight<TemplateKey, ResolvedTemplate> templates = new SingleFlight<>();
    private final HardwarePicker picker;
    private final HardwareReservations reservations;
    private final InitDeliveryWarnings initWarnings = new InitDeliveryWarnings();
    private final String owner;

    Provisioner(HardwareReservations reservations, String owner) {
        this.reservations = reservations;
        this.picker = new HardwarePicker(reservations);
        this.owner = owner;
    }

    /** A failure that leaves nothing behind and may succeed on another server. */
    private static final class ServerTakenException extends RuntimeException {
        ServerTakenException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @param client     the appliance's client
     * @param connection the connection (for the machine data)
     * @param props      the properties
     * @param instanceId the instance ID
     * @param spec       the spec (tags, LogicalID, Init)
     * @return the machine
     * @throws InstanceIdConflictException when a profile already has the name derived from the ID
     * @throws InstancePluginException     when it fails; nothing is left behind (or the message says what is)
     */
    Machine provision(OneViewClient client, ConnectionConfig connection, InstanceProperties props, String instanceId,
                      Spec spec) {
        String appliance = connection.address();
        String name = ProfileNames.render(props.profileNamePattern(), props.namePrefix(), instanceId,
                spec.logicalId(), spec.tags());
        ResolvedTemplate template;
        try {
            template = templates.get(new TemplateKey(client, props.templateName(), props.serverHardwareTypeName(),
                    props.serverHardwareTypeUri(), props.enclosureGroupName(), props.enclosureGroupUri()),
                    () -> ResolvedTemplate.resolve(client, props, appliance));
        } catch (OneViewException e) {
            throw new InstancePluginException("instance " + instanceId + ": looking up template '"
                    + props.templateName() + "' on " + appliance + " failed: " + why(e, connection), e);
        }
        Optional<OsDeployment> os;
        try {
            os = OsDeployment.resolve(client, template.template(), props, appliance);
        } catch (OneViewException e) {
            throw new InstancePluginException("instance " + instanceId + ": looking up the OS deployment plan of"
                    + " template '" + props.templateName() + "' on " + appliance + " failed: " + why(e, connection), e);
        }
        String group = spec.tags().get("infrakit.group");
        Map<String, String> values;
        try {
            values = os.map(d -> d.values(AttributePlaceholders.of(instanceId, spec.logicalId(), group, name),
                    spec.init())).orElse(Map.of());
        } catch (InstancePluginException e) {
            throw new InstancePluginException("instance " + instanceId + ": " + e.getMessage()
                    + "; nothing was provisioned", e);
        }
        if (!spec.init().isEmpty()) {
            if (os.isEmpty()) {
                initWarnings.warn(group, props, "template '" + props.templateName() + "' names no OS deployment plan"
                        + " and the properties give no " + InstanceProperties.OS_DEPLOYMENT_PLAN + " (OS deployment"
                        + " needs HPE Synergy with Image Streamer; on other platforms deliver the Init another way)");
            } else if (!os.get().deliversInit()) {
                initWarnings.warn(group, props, "the profiles deploy " + os.get().describePlan() + " but the"
                        + " properties give no " + InstanceProperties.INIT_ATTRIBUTE + " (the plan's attribute that"
                        + " receives the Init)");
            }
        }
        Set<String> excluded = new HashSet<>();
        for (int attempt = 1; ; attempt++) {
            HardwarePicker.Pick pick;
            try {
                pick = picker.pick(client, template, props, spec.logicalId(), excluded, appliance);
            } catch (OneViewException e) {
                throw new InstancePluginException("instance " + instanceId + ": listing the available servers for"
                        + " template '" + props.templateName() + "' on " + appliance + " failed: "
                        + why(e, connection), e);
            }
            boolean applied = false;
            try {
                Machine machine = provisionOn(client, connection, props, template, os, values, pick, instanceId,
                        name, spec);
                applied = true;
                return machine;
            } catch (ServerTakenException e) {
                excluded.add(pick.hardwareUri());
                if (attempt >= ATTEMPTS) {
                    throw new InstancePluginException("instance " + instanceId + ": " + e.getMessage() + "; gave up"
                            + " after " + attempt + " servers were taken by someone else", e.getCause());
                }
                LOG.warn("instance {}: {}; trying another server", instanceId, e.getMessage());
                client.retryPolicy().pause(attempt);
            } finally {
                if (applied) {
                    reservations.settle(pick.hardwareUri());
                } else {
                    reservations.release(pick.hardwareUri());
                }
            }
        }
    }

    private Machine provisionOn(OneViewClient client, ConnectionConfig connection, InstanceProperties props,
                                ResolvedTemplate template, Optional<OsDeployment> os, Map<String, String> values,
                                HardwarePicker.Pick pick, String instanceId, String name, Spec spec) {
        String label = "instance " + instanceId;
        String server = pick.name() + " (" + pick.hardwareUri() + ")";
        String deploying = os.map(d -> " deploying " + d.describePlan() + (d.deliversInit() ? " with the Init in "
                + d.properties().initAttribute() : "")).orElse("");
        LOG.info("{}: making server profile {} from template '{}' on server {}{}", label, name, props.templateName(),
                server, deploying);
        String step = "powering off server " + server;
        String profileUri = null;
        boolean created = false;
        boolean poweredOff = false;
        try {
            if (!pick.off()) {
                client.serverHardware().powerOff(pick.hardwareUri())
                        .await(TaskLog.of(label + ": power off " + pick.name()));
                poweredOff = true;
            }
            step = "getting a new profile from template '" + props.templateName() + "'";
            ServerProfile body = client.serverProfileTemplates().newProfile(template.template())
                    .withName(name)
                    .withServerHardwareUri(pick.hardwareUri())
                    .withDescription(new ProfileMarker(owner, instanceId, spec.logicalId(), spec.tags()).toDescription());
            if (os.isPresent()) {
                body = body.withOsDeploymentSettings(os.get().settings(body, template.template(), values));
            }
            step = "creating server profile " + name + " on server " + server
                    + os.map(d -> " (and deploying " + d.describePlan() + ")").orElse("");
            created = true;
            TaskHandle create = client.serverProfiles().create(body);
            Task done = create.await(TaskLog.of(label + ": create profile " + name
                    + os.map(d -> " and deploy " + d.describePlan()).orElse("")));
            profileUri = done.associatedResourceUri();
            if (profileUri == null) {
                profileUri = client.serverProfiles().findByName(name).map(ServerProfile::uri).orElse(null);
            }
            if (profileUri == null) {
                throw new InstancePluginException("the creation task of server profile " + name + " completed but"
                        + " the profile cannot be found");
            }
            if (props.powerOn()) {
                step = "powering on server " + server;
                client.serverHardware().powerOn(pick.hardwareUri())
                        .await(TaskLog.of(label + ": power on " + pick.name()));
            }
            step = "reading server " + server;
            ServerHardware hw = client.serverHardware().get(pick.hardwareUri());
            MachineData data = new MachineData(connection.address(), connection.username(), profileUri, name,
                    pick.hardwareUri(), hw.name(), hw.serialNumber(), props.templateName(), props.forceDestroy(),
                    os.map(OsDeployment::planName).orElse(null));
            LOG.info("{}: server profile {} ({}) applied to server {}, serial number {}{}{}", label, name, profileUri,
                    hw.name(), hw.serialNumber(), os.map(d -> ", " + d.describePlan() + " deployed").orElse(""),
                    props.powerOn() ? ", powered on" : "");
            return new Machine(instanceId, data.toJson());
        } catch (OneViewException | InstancePluginException e) {
            CleanUp undone = created ? cleanUp(client, name, profileUri, instanceId, label) : CleanUp.NOTHING_MADE;
            String cleanup = undone.sentence()
                    + (poweredOff && undone.complete() ? powerBackOn(client, pick, label) : "");
            if (undone.nameTaken() && profileUri == null && ProfileNames.uniquePerInstance(props.profileNamePattern())) {
                throw new InstanceIdConflictException(instanceId, "server profile " + name + " on "
                        + connection.address());
            }
            if (profileUri == null && anotherServerMayDo(e)) {
                throw new ServerTakenException(step + " failed: " + e.getMessage() + cleanup, e);
            }
            throw new InstancePluginException(label + ": " + step + " on " + connection.address() + " failed: "
                    + e.getMessage() + cleanup, e);
        }
    }

    /**
     * What went wrong, for the user: a certificate the plugin does not trust is told with the plugin's settings
     * that fix it, not with the client's builder methods.
     */
    private static String why(OneViewException e, ConnectionConfig connection) {
        if (e instanceof OneViewConnectionException c && c.isTlsVerificationFailure()) {
            return TlsAdvice.message(connection, c);
        }
        return e.getMessage();
    }

    /**
     * Whether a failure before any profile was made may not happen on another server: a recorded assignment error
     * of the task, or a 409 (the server is busy with a task of its own).
     */
    private static boolean anotherServerMayDo(RuntimeException e) {
        return (e instanceof TaskFailedException tf && AssignmentErrors.isAssignmentError(tf))
                || e instanceof ConflictException;
    }

    /**
     * What undoing a failed provision achieved: whether no profile is left, whether a profile that is not this
     * instance's has the name, and a sentence for the error.
     */
    private record CleanUp(boolean complete, boolean nameTaken, String sentence) {
        static final CleanUp NOTHING_MADE = new CleanUp(true, false, "");
    }

    /**
     * Powers a server the failed provision powered off back on, so that a provision that does not use a server
     * leaves it as it found it; never throws. @return a sentence for the error message
     */
    private static String powerBackOn(OneViewClient client, HardwarePicker.Pick pick, String label) {
        try {
            client.serverHardware().powerOn(pick.hardwareUri())
                    .await(TaskLog.of(label + ": power " + pick.name() + " on again"));
            return "; server " + pick.name() + ", which it had powered off, was powered on again";
        } catch (RuntimeException e) {
            LOG.error("{}: could not power server {} on again: {}", label, pick.name(), e.getMessage());
            return "; powering server " + pick.name() + " on again failed (" + e.getMessage() + ")";
        }
    }

    /** Deletes what a failed provision made; never throws. */
    private CleanUp cleanUp(OneViewClient client, String name, String profileUri, String instanceId, String label) {
        try {
            String uri = profileUri;
            if (uri == null) {
                Optional<ServerProfile> named = client.serverProfiles().findByName(name);
                if (named.isPresent() && !isMadeBy(named.get(), instanceId)) {
                    return new CleanUp(true, true, "; no profile was left behind (a profile named " + name
                            + " that this instance did not make exists: " + named.get().uri() + ")");
                }
                uri = named.map(ServerProfile::uri).orElse(null);
            }
            if (uri == null) {
                return new CleanUp(true, false, "; no profile was left behind");
            }
            ProfileRemover.remove(client, uri, true, label + " (clean-up)");
            return new CleanUp(true, false, "; the half-made profile " + name + " was deleted");
        } catch (RuntimeException e) {
            LOG.error("{}: could not delete the half-made server profile {}: {}", label, name, e.getMessage());
            return new CleanUp(false, false, "; deleting the half-made profile " + name + " failed too ("
                    + e.getMessage() + "): the next describe settles it (the provision stays journalled until then)");
        }
    }

    private boolean isMadeBy(ServerProfile profile, String instanceId) {
        return ProfileMarker.parse(profile.description())
                .filter(m -> m.owner().equals(owner) && m.instanceId().equals(instanceId)).isPresent();
    }
}
