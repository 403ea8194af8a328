package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/** One simulated server blade: identity fixed at generation, state mutable under the appliance lock. Internal. */
final class Hardware {

    final String id;
    final String uri;
    final String name;
    final String serialNumber;
    final int bay;
    final int enclosureIndex;
    final String enclosureName;
    final String enclosureUri;
    final HardwareType type;
    final EnclosureGroup group;
    final String mpIpAddress;
    final Instant created;

    /** The power state the inventory generated, restored by a reset. */
    String initialPowerState = "Off";
    String state = "NoProfileApplied";
    String powerState = "Off";
    String status = "OK";
    String serverProfileUri;
    boolean removed;
    Instant modified;
    String eTag;

    Hardware(String id, String name, String serialNumber, int bay, int enclosureIndex, String enclosureName,
             String enclosureUri, HardwareType type, EnclosureGroup group, String mpIpAddress, Instant created) {
        this.id = id;
        this.uri = "/rest/server-hardware/" + id;
        this.name = name;
        this.serialNumber = serialNumber;
        this.bay = bay;
        this.enclosureIndex = enclosureIndex;
        this.enclosureName = enclosureName;
        this.enclosureUri = enclosureUri;
        this.type = type;
        this.group = group;
        this.mpIpAddress = mpIpAddress;
        this.created = created;
        this.modified = created;
    }

    boolean isTransitional() {
        return state.equals("ApplyingProfile") || state.equals("RemovingProfile")
                || powerState.equals("PoweringOn") || powerState.equals("PoweringOff") || powerState.equals("Resetting");
    }

    ObjectNode render(int api) {
        ObjectNode json = Json.object();
        json.put("type", ApiTypes.serverHardware(api));
        json.put("uri", uri);
        json.put("uuid", id);
        json.put("name", name);
        json.putNull("description");
        json.put("serialNumber", serialNumber);
        json.putNull("virtualSerialNumber");
        json.putNull("virtualUuid");
        json.put("model", type.model);
        json.put("shortModel", type.shortModel);
        json.put("formFactor", type.formFactor);
        json.put("partNumber", type.partNumber);
        json.put("assetTag", "[Unknown]");
        json.put("position", bay);
        json.put("locationUri", enclosureUri);
        json.put("serverHardwareTypeUri", type.uri);
        json.put("serverGroupUri", group.uri);
        if (serverProfileUri == null) {
            json.putNull("serverProfileUri");
        } else {
            json.put("serverProfileUri", serverProfileUri);
        }
        json.put("state", state);
        json.put("stateReason", "NotApplicable");
        json.put("status", status);
        json.put("powerState", powerState);
        json.put("powerLock", false);
        json.put("refreshState", "NotRefreshing");
        json.put("uidState", "Off");
        json.put("maintenanceMode", false);
        json.put("licensingIntent", "OneView");
        json.put("mpModel", "iLO5");
        json.put("mpFirmwareVersion", "2.78 Apr 28 2023");
        if (api >= 200) {
            ObjectNode host = json.putObject("mpHostInfo");
            host.put("mpHostName", mpIpAddress);
            host.putArray("mpIpAddresses").addObject().put("address", mpIpAddress).put("type", "DHCP");
            json.put("mpState", "OK");
        } else {
            json.put("mpIpAddress", mpIpAddress);
            json.put("mpDnsName", "ILO" + serialNumber);
        }
        json.put("memoryMb", type.memoryMb);
        json.put("processorCount", type.processorCount);
        json.put("processorCoreCount", type.processorCoreCount);
        json.put("processorSpeedMhz", 2300);
        json.put("processorType", "Intel(R) Xeon(R) Gold 6140 CPU @ 2.30GHz");
        json.put("romVersion", "I42 04/08/2023");
        json.put("generation", "Gen10");
        if (api >= 300) {
            json.put("intelligentProvisioningVersion", "3.30.213");
            json.put("migrationState", "NotApplicable");
            json.putObject("serverSettings").putObject("firmwareAndDriversInstallState")
                    .put("installState", "Unknown").put("installedStateTimestamp", "");
            json.put("serverFirmwareInventoryUri", uri + "/firmware");
            json.put("remoteSupportUri", "/rest/support/server-hardware/" + id);
            json.putNull("remoteSupportSettings");
            json.put("supportState", "NotSupported");
            json.put("supportDataCollectionState", "NotApplicable");
            json.putNull("supportDataCollectionType");
            json.put("supportDataCollectionsUri", "/rest/support/data-collections?deviceID=" + id + "&category=server-hardware");
            json.putArray("scopeUris");
        }
        json.putNull("portMap");
        json.putNull("signature");
        json.put("category", "server-hardware");
        json.put("scopesUri", "/rest/scopes/resources" + uri);
        json.put("created", Json.timestamp(created));
        json.put("modified", Json.timestamp(modified));
        json.put("eTag", eTag);
        return json;
    }
}
