package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/** A generated enclosure group. Immutable. Internal. */
final class EnclosureGroup {

    final String id;
    final String uri;
    final String name;
    final int enclosureCount;
    /** Whether it manages OS deployment (the appliance has an OS deployment server). */
    final boolean osDeployment;
    final Instant created;

    EnclosureGroup(String id, String name, int enclosureCount, boolean osDeployment, Instant created) {
        this.id = id;
        this.uri = "/rest/enclosure-groups/" + id;
        this.name = name;
        this.enclosureCount = enclosureCount;
        this.osDeployment = osDeployment;
        this.created = created;
    }

    /** @return the network the group's Image Streamer deploys on: the network of the templates' boot connection */
    String deploymentNetworkUri() {
        return "/rest/ethernet-networks/" + id + "-deploy";
    }

    ObjectNode render(int api) {
        ObjectNode json = Json.object();
        json.put("type", ApiTypes.enclosureGroup(api));
        json.put("uri", uri);
        json.put("name", name);
        json.putNull("description");
        json.put("enclosureCount", enclosureCount);
        json.put("enclosureTypeUri", "/rest/enclosure-types/SY12000");
        json.put("stackingMode", "Enclosure");
        json.put("powerMode", "RedundantPowerFeed");
        json.put("ipAddressingMode", "DHCP");
        json.put("interconnectBayMappingCount", 2);
        ArrayNode mappings = json.putArray("interconnectBayMappings");
        mappings.addObject().put("interconnectBay", 3).put("logicalInterconnectGroupUri",
                "/rest/logical-interconnect-groups/" + id + "-lig");
        mappings.addObject().put("interconnectBay", 6).put("logicalInterconnectGroupUri",
                "/rest/logical-interconnect-groups/" + id + "-lig");
        json.put("portMappingCount", 0);
        json.putArray("portMappings");
        json.putArray("associatedLogicalInterconnectGroups").add("/rest/logical-interconnect-groups/" + id + "-lig");
        if (api >= 300) {
            ObjectNode os = json.putObject("osDeploymentSettings");
            os.put("manageOSDeployment", osDeployment);
            ObjectNode mode = os.putObject("deploymentModeSettings");
            mode.put("deploymentMode", osDeployment ? "Internal" : "None");
            Json.putText(mode, "deploymentNetworkUri", osDeployment ? deploymentNetworkUri() : null);
        }
        json.put("category", "enclosure-groups");
        json.put("state", "Normal");
        json.put("status", "OK");
        Json.putUnchangedResourceFields(json, uri, created);
        return json;
    }
}
