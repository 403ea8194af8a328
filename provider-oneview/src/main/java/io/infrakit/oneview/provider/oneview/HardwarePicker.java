package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.client.model.AvailableTarget;
import io.infrakit.oneview.client.model.ServerHardware;
import io.infrakit.oneview.client.query.Filter;
import io.infrakit.oneview.client.query.ListOptions;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.SingleFlight;
import io.infrakit.oneview.spi.provider.NoCapacityException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Picks a free server for a new profile and reserves it: among the appliance's available targets for the template
 * (servers with no profile, of the template's hardware type and enclosure group, narrowed by the properties; empty
 * bays are not servers), with status neither Critical nor Warning (an appliance applies a profile to those only with
 * {@code force=ignoreServerHealth}: oneview-ansible issue 483), not reserved by another provision of this process. With a LogicalID, the server whose name or
 * serial number equals it comes first. Servers already off come before servers that are on; servers that are on
 * are taken only with {@code PowerOff: true}.
 */
final class HardwarePicker {

    /**
     * A reserved server.
     *
     * @param hardwareUri its URI
     * @param name        its name
     * @param powerState  its power state when picked
     */
    record Pick(String hardwareUri, String name, String powerState) {
        boolean off() {
            return "Off".equals(powerState);
        }
    }

    private record TargetsKey(OneViewClient client, String enclosureGroupUri, String serverHardwareTypeUri) {
    }

    /** Statuses that fail a profile assignment without {@code force=ignoreServerHealth}. */
    private static final Set<String> UNHEALTHY = Set.of("Critical", "Warning");

    private final HardwareReservations reservations;
    private final SingleFlight<TargetsKey, List<AvailableTarget>> targets = new SingleFlight<>();

    HardwarePicker(HardwareReservations reservations) {
        this.reservations = reservations;
    }

    /**
     * @param client    the client
     * @param template  the template and filters
     * @param props     the properties ({@code PowerOff})
     * @param logicalId the spec's LogicalID, or null
     * @param excluded  servers not to pick (taken by someone else in an earlier attempt)
     * @param appliance the appliance, for messages
     * @return the reserved server; the caller releases it
     * @throws NoCapacityException when no server is free; the message names the template and filters
     */
    Pick pick(OneViewClient client, ResolvedTemplate template, InstanceProperties props, String logicalId,
              Set<String> excluded, String appliance) {
        List<AvailableTarget> all = targets.get(new TargetsKey(client, template.enclosureGroupUri(),
                template.serverHardwareTypeUri()), () -> client.serverProfiles()
                .availableTargets(template.enclosureGroupUri(), template.serverHardwareTypeUri()).servers());
        Candidates candidates = candidates(all, template, excluded);
        List<AvailableTarget> usable = candidates.usable();
        int unhealthy = candidates.unhealthy();
        Set<AvailableTarget> ordered = new LinkedHashSet<>();
        if (logicalId != null) {
            ordered.addAll(matching(client, usable, logicalId));
        }
        usable.stream().filter(t -> "Off".equals(t.powerStateText())).forEach(ordered::add);
        if (props.powerOff()) {
            ordered.addAll(usable);
        }
        for (AvailableTarget t : ordered) {
            if (!"Off".equals(t.powerStateText()) && !props.powerOff()) {
                continue;
            }
            if (reservations.tryReserve(t.serverHardwareUri())) {
                return new Pick(t.serverHardwareUri(), t.serverHardwareName(), t.powerStateText());
            }
        }
        long reserved = usable.stream().filter(t -> reservations.isReserved(t.serverHardwareUri())).count();
        long on = usable.stream().filter(t -> !"Off".equals(t.powerStateText())).count();
        StringBuilder why = new StringBuilder("no free server hardware for template '")
                .append(props.templateName()).append("' (").append(template.filters()).append(") on ")
                .append(appliance).append(": the appliance lists ").append(all.size())
                .append(" available server(s)");
        if (reserved > 0) {
            why.append("; ").append(reserved).append(" being provisioned by this plugin right now or just provisioned by"
                    + " it (held " + HardwareReservations.SETTLE.toMinutes() + " min until the appliance lists them as"
                    + " taken)");
        }
        if (unhealthy > 0) {
            why.append("; ").append(unhealthy).append(" with status Critical or Warning");
        }
        if (!excluded.isEmpty()) {
            why.append("; ").append(excluded.size()).append(" taken by someone else during this provision");
        }
        if (on > 0 && !props.powerOff()) {
            why.append("; ").append(on).append(" powered on (set \"PowerOff\": true to let the plugin power them"
                    + " off and use them)");
        }
        throw new NoCapacityException(why.toString());
    }

    /**
     * The servers a profile of the template may go on, before power state and reservations are looked at.
     *
     * @param usable    the targets of the template's hardware type and enclosure group, healthy, not excluded
     * @param unhealthy how many matching targets have status Critical or Warning
     */
    record Candidates(List<AvailableTarget> usable, int unhealthy) {
        /**
         * @param powerOff the properties' {@code PowerOff}
         * @return the usable servers a provision would take: those off, or any with {@code PowerOff}
         */
        List<AvailableTarget> takeable(boolean powerOff) {
            return usable.stream().filter(t -> powerOff || "Off".equals(t.powerStateText())).toList();
        }
    }

    /**
     * @param all      the available targets (servers only)
     * @param template the template and filters
     * @param excluded servers not to count
     * @return the candidates among them
     */
    static Candidates candidates(List<AvailableTarget> all, ResolvedTemplate template, Set<String> excluded) {
        List<AvailableTarget> usable = new ArrayList<>();
        int unhealthy = 0;
        for (AvailableTarget t : all) {
            if (template.serverHardwareTypeUri() != null
                    && !template.serverHardwareTypeUri().equals(t.serverHardwareTypeUri())) {
                continue;
            }
            if (template.enclosureGroupUri() != null && !template.enclosureGroupUri().equals(t.enclosureGroupUri())) {
                continue;
            }
            String status = t.json().text("serverHardwareStatus");
            if (status != null && UNHEALTHY.contains(status)) {
                unhealthy++;
                continue;
            }
            if (!excluded.contains(t.serverHardwareUri())) {
                usable.add(t);
            }
        }
        return new Candidates(usable, unhealthy);
    }

    private static List<AvailableTarget> matching(OneViewClient client, List<AvailableTarget> usable,
                                                  String logicalId) {
        List<AvailableTarget> byName = usable.stream().filter(t -> logicalId.equals(t.serverHardwareName())).toList();
        if (!byName.isEmpty() || !Filter.isExpressible(logicalId)) {
            return byName;
        }
        Set<String> bySerial = client.serverHardware()
                .stream(ListOptions.filter(Filter.eq("serialNumber", logicalId)))
                .filter(h -> logicalId.equalsIgnoreCase(h.serialNumber()))
                .map(ServerHardware::uri).collect(Collectors.toSet());
        return usable.stream().filter(t -> bySerial.contains(t.serverHardwareUri())).toList();
    }
}
