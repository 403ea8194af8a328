package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.client.error.OneViewException;
import io.infrakit.oneview.client.model.ServerHardware;
import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.provider.Machine;
import io.infrakit.oneview.spi.provider.MachineStatus;
import io.infrakit.oneview.spi.provider.Recovery;
import io.infrakit.oneview.spi.provider.UnfinishedProvision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settles unfinished provisions ({@link OneViewInstanceProvider#recover}) on the appliances: for each instance ID, the
 * server profile whose marker names this owner and that ID, looked for on the appliance the journalled properties
 * name (or, when they name none this provider can resolve, on every appliance with known credentials), with one
 * listing per appliance:
 *
 * <ul>
 *   <li>no such profile: cleaned up (the provision made nothing, or its own clean-up removed it);</li>
 *   <li>a profile still being created or deleted: pending;</li>
 *   <li>a profile whose health is functional (applied to a healthy server): adopted, with the machine data a
 *       provision would have returned;</li>
 *   <li>any other profile (not applied, on a failed or missing server): deleted in the background, pending until it
 *       is gone.</li>
 * </ul>
 *
 * Credentials are never taken from the journalled properties (they are masked there): an appliance is asked with the
 * credentials this provider knows for it (settings, environment, or a successful Validate or Provision); without
 * them the provision stays pending.
 */
final class ProfileRecovery {

    private final String owner;
    private final ConnectionResolver resolver;
    private final ClientPool clients;
    private final BackgroundRemovals removals;

    ProfileRecovery(String owner, ConnectionResolver resolver, ClientPool clients, BackgroundRemovals removals) {
        this.owner = owner;
        this.resolver = resolver;
        this.clients = clients;
        this.removals = removals;
    }

    /** Where an unfinished provision is looked for, and with what it would be recorded. */
    private record Target(UnfinishedProvision provision, List<ConnectionConfig.ApplianceKey> appliances,
                          String template, boolean forceDestroy) {
    }

    List<Recovery> recover(List<UnfinishedProvision> unfinished) {
        List<Target> targets = new ArrayList<>();
        Set<ConnectionConfig.ApplianceKey> appliances = new LinkedHashSet<>();
        for (UnfinishedProvision u : unfinished) {
            Target t = target(u);
            targets.add(t);
            appliances.addAll(t.appliances());
        }
        Map<ConnectionConfig.ApplianceKey, ApplianceSnapshot> snapshots = new HashMap<>();
        Map<ConnectionConfig.ApplianceKey, String> unreadable = new LinkedHashMap<>();
        for (ConnectionConfig.ApplianceKey appliance : appliances) {
            try {
                snapshots.put(appliance, clients.snapshot(appliance));
            } catch (OneViewException | InstancePluginException e) {
                unreadable.put(appliance, e.getMessage());
            }
        }
        List<Recovery> out = new ArrayList<>(targets.size());
        for (Target t : targets) {
            out.add(settle(t, snapshots, unreadable));
        }
        return out;
    }

    private Target target(UnfinishedProvision u) {
        try {
            InstanceProperties props = InstanceProperties.parse(u.spec().properties());
            return new Target(u, List.of(resolver.resolve(props).key()), props.templateName(), props.forceDestroy());
        } catch (RuntimeException e) {
            // properties this provider cannot read (a state older than the journal's specs): look everywhere
            return new Target(u, clients.knownAppliances(), null, false);
        }
    }

    private Recovery settle(Target t, Map<ConnectionConfig.ApplianceKey, ApplianceSnapshot> snapshots,
                            Map<ConnectionConfig.ApplianceKey, String> unreadable) {
        String id = t.provision().instanceId();
        for (ConnectionConfig.ApplianceKey appliance : t.appliances()) {
            ApplianceSnapshot snapshot = snapshots.get(appliance);
            if (snapshot == null) {
                continue;
            }
            for (ServerProfile profile : snapshot.profiles()) {
                if (ProfileMarker.parse(profile.description()).filter(m -> m.names(owner, id)).isPresent()) {
                    return settle(t, appliance, profile, snapshot);
                }
            }
        }
        if (!unreadable.isEmpty() && t.appliances().stream().anyMatch(unreadable::containsKey)) {
            return Recovery.pending(id, "cannot read " + String.join("; ", t.appliances().stream()
                    .filter(unreadable::containsKey).map(a -> a + ": " + unreadable.get(a)).toList()));
        }
        if (t.appliances().isEmpty()) {
            return Recovery.pending(id, "no OneView appliance with known credentials to look on");
        }
        return Recovery.cleanedUp(id, "no server profile of it on " + t.appliances().stream()
                .map(ConnectionConfig.ApplianceKey::address).distinct().toList());
    }

    private Recovery settle(Target t, ConnectionConfig.ApplianceKey appliance, ServerProfile profile,
                            ApplianceSnapshot snapshot) {
        String id = t.provision().instanceId();
        String what = "server profile " + profile.name() + " (" + profile.uri() + ") on " + appliance.address();
        if (removals.isRemoving(profile.uri())) {
            return Recovery.pending(id, what + " is being deleted");
        }
        if (Boolean.TRUE.equals(profile.inProgress()) || "Creating".equals(profile.state())
                || "Deleting".equals(profile.state())) {
            return Recovery.pending(id, what + " is " + profile.state());
        }
        ServerHardware hw = profile.serverHardwareUri() == null ? null
                : snapshot.hardware().get(profile.serverHardwareUri());
        MachineData data = new MachineData(appliance.address(), appliance.username(), profile.uri(), profile.name(),
                profile.serverHardwareUri(), hw == null ? null : hw.name(), hw == null ? null : hw.serialNumber(),
                t.template(), t.forceDestroy(), null);
        MachineStatus status = HealthRules.status(data, profile, hw);
        if (status.functional()) {
            return Recovery.adopted(new Machine(id, data.toJson()), what + " is applied");
        }
        OneViewClient client = clients.client(appliance);
        removals.submit(client, profile, id, "it is not usable (" + status.detail() + ")");
        return Recovery.pending(id, "deleting " + what + ": " + status.detail());
    }
}
