package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.client.error.NotFoundException;
import io.infrakit.oneview.client.error.OneViewException;
import io.infrakit.oneview.client.model.ServerHardware;
import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Tags;
import io.infrakit.oneview.spi.provider.FoundMachine;
import io.infrakit.oneview.spi.provider.Machine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists the machines this plugin made ({@link OneViewInstanceProvider#findMachines}): on every appliance with known
 * credentials, one paged listing of the marked profiles and one of the servers, and one read per distinct template
 * (for the rebuilt properties' {@code TemplateName}). Every profile whose marker names this owner is a machine, with
 * the marker's instance ID, tags and logical ID.
 */
final class MachineFinder {

    private final String owner;
    private final ClientPool clients;

    MachineFinder(String owner, ClientPool clients) {
        this.owner = owner;
        this.clients = clients;
    }

    List<FoundMachine> find() {
        List<FoundMachine> found = new ArrayList<>();
        for (ConnectionConfig.ApplianceKey appliance : clients.knownAppliances()) {
            OneViewClient client = clients.client(appliance);
            ApplianceSnapshot snapshot;
            try {
                snapshot = clients.snapshot(appliance);
            } catch (OneViewException e) {
                throw new InstancePluginException("cannot list the server profiles on " + appliance.address() + ": "
                        + e.getMessage() + "; nothing was adopted", e);
            }
            Map<String, String> templates = new HashMap<>();
            for (ServerProfile p : snapshot.profiles()) {
                ProfileMarker marker = ProfileMarker.parse(p.description()).orElse(null);
                if (marker == null || !marker.owner().equals(owner)) {
                    continue;
                }
                String template = templateName(client, p.serverProfileTemplateUri(), templates);
                ServerHardware hw = p.serverHardwareUri() == null ? null : snapshot.hardware().get(p.serverHardwareUri());
                MachineData data = new MachineData(appliance.address(), appliance.username(), p.uri(), p.name(),
                        p.serverHardwareUri(), hw == null ? null : hw.name(), hw == null ? null : hw.serialNumber(),
                        template, false, null);
                found.add(new FoundMachine(new Machine(marker.instanceId(), data.toJson()), Tags.copyOf(marker.tags()),
                        marker.logicalId(), template == null ? RawJson.NULL : templateProperties(template),
                        "server profile " + p.name() + " (" + p.uri() + ") on " + appliance.address()));
            }
        }
        return found;
    }

    private static String templateName(OneViewClient client, String uri, Map<String, String> known) {
        if (uri == null) {
            return null;
        }
        return known.computeIfAbsent(uri, u -> {
            try {
                return client.serverProfileTemplates().get(u).name();
            } catch (NotFoundException e) {
                return null;
            }
        });
    }

    private static RawJson templateProperties(String template) {
        var node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        node.put("TemplateName", template);
        return RawJson.of(node.toString());
    }
}
