package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders a {@link Hardware} as the appliance does at an API version: {@code server-hardware-3} (API 120, iLO
 * address fields) or {@code server-hardware-5} (API 300 and later: {@code mpHostInfo}, server settings, support
 * fields), shaped after the recorded payloads (fixtures {@code chef-provisioning-oneview/v120/server-hardware.json},
 * {@code oneview-redfish-toolkit/ServerHardware.json}). Internal.
 */
final class HardwareJson {

    private HardwareJson() {
    }

    static ObjectNode render(Hardware h, int api) {
        ObjectNode json = Json.object();
        json.put("type", ApiTypes.serverHardware(api));
        json.put("uri", h.uri);
        json.put("uuid", h.id);
        json.put("name", h.name);
        json.putNull("description");
        json.put("serialNumber", h.serialNumber);
        json.putNull("virtualSerialNumber");
        json.putNull("virtualUuid");
        json.put("model", h.type.model);
        json.put("shortModel", h.type.shortModel);
        json.put("formFactor", h.type.formFactor);
        json.put("partNumber", h.type.partNumber);
        json.put("assetTag", "[Unknown]");
        json.put("position", h.isRack() ? 0 : h.bay.number());
        Json.putText(json, "locationUri", h.isRack() ? null : h.bay.enclosureUri());
        json.put("serverHardwareTypeUri", h.type.uri);
        Json.putText(json, "serverGroupUri", h.isRack() ? null : h.group().uri);
        Json.putText(json, "serverProfileUri", h.serverProfileUri);
        json.put("state", h.state.wire());
        json.put("stateReason", "NotApplicable");
        json.put("status", h.status.wire());
        json.put("powerState", h.power.wire());
        json.put("powerLock", false);
        json.put("refreshState", h.background != null && h.background.name.equals("Refresh") ? "Refreshing"
                : "NotRefreshing");
        json.put("uidState", "Off");
        json.put("maintenanceMode", h.maintenanceMode);
        json.put("licensingIntent", h.licensingIntent());
        json.put("mpModel", "iLO5");
        json.put("mpFirmwareVersion", "2.78 Apr 28 2023");
        if (api >= 200) {
            ObjectNode host = json.putObject("mpHostInfo");
            host.put("mpHostName", h.mpIpAddress);
            ArrayNode addresses = host.putArray("mpIpAddresses");
            addresses.addObject().put("address", "fe80:0:0:0:0:0:0:" + Integer.toHexString(h.index + 1))
                    .put("type", "LinkLocal");
            addresses.addObject().put("address", h.mpIpAddress).put("type", "DHCP");
            json.put("mpState", "OK");
        } else {
            json.put("mpIpAddress", h.mpIpAddress);
            json.put("mpDnsName", h.isRack() ? h.mpIpAddress : "ILO" + h.serialNumber);
        }
        json.put("memoryMb", h.type.memoryMb);
        json.put("processorCount", h.type.processorCount);
        json.put("processorCoreCount", h.type.processorCoreCount);
        json.put("processorSpeedMhz", 2300);
        json.put("processorType", "Intel(R) Xeon(R) Gold 6140 CPU @ 2.30GHz");
        json.put("romVersion", h.isRack() ? "U32 04/08/2023" : "I42 04/08/2023");
        json.put("generation", "Gen10");
        if (api >= 300) {
            addSupportFields(json, h);
        }
        if (h.isRack()) {
            json.putNull("portMap");
        } else {
            json.set("portMap", portMap(h));
        }
        ObjectNode signature = json.putObject("signature");
        signature.put("personalityChecksum", h.serverProfileUri == null ? 0 : h.serverProfileUri.hashCode());
        signature.put("serverHwChecksum", h.id.hashCode());
        json.put("category", "server-hardware");
        json.put("scopesUri", "/rest/scopes/resources" + h.uri);
        json.put("created", Json.timestamp(h.created));
        json.put("modified", Json.timestamp(h.modified));
        json.put("eTag", h.eTag);
        return json;
    }

    private static void addSupportFields(ObjectNode json, Hardware h) {
        json.put("intelligentProvisioningVersion", "3.30.213");
        json.put("migrationState", "NotApplicable");
        ObjectNode settings = json.putObject("serverSettings");
        ObjectNode sut = settings.putObject("hpSmartUpdateToolStatus");
        sut.putNull("mode");
        sut.putNull("serviceState");
        sut.putNull("version");
        sut.putNull("lastOperationTime");
        sut.putNull("installState");
        ObjectNode install = settings.putObject("firmwareAndDriversInstallState");
        install.putNull("installedStateTimestamp");
        install.put("installState", h.state == HardwareState.UPDATING_FIRMWARE ? "Installing" : "Unknown");
        json.put("serverFirmwareInventoryUri", h.uri + "/firmware");
        json.put("remoteSupportUri", "/rest/support/server-hardware/" + h.id);
        ObjectNode support = json.putObject("remoteSupportSettings");
        support.put("remoteSupportCurrentState", "Unregistered");
        support.putNull("destination");
        json.put("supportState", "NotSupported");
        json.put("supportDataCollectionState", "NotApplicable");
        json.putNull("supportDataCollectionType");
        json.put("supportDataCollectionsUri", "/rest/support/data-collections?deviceID=" + h.id
                + "&category=server-hardware");
        json.putArray("scopeUris");
    }

    /**
     * The blade's adapter: one two-port converged adapter in Mezz 3, each port with four virtual functions
     * (a to d); the second function of each port is FCoE and carries WWNs.
     */
    private static ObjectNode portMap(Hardware h) {
        ObjectNode map = Json.object();
        ObjectNode slot = map.putArray("deviceSlots").addObject();
        slot.put("deviceName", "Synergy 3820C 10/20Gb CNA");
        slot.put("location", "Mezz");
        slot.put("deviceNumber", 3);
        slot.put("slotNumber", 3);
        slot.put("oaSlotNumber", 3);
        ArrayNode ports = slot.putArray("physicalPorts");
        for (int port = 1; port <= 2; port++) {
            ObjectNode p = ports.addObject();
            String interconnect = "/rest/interconnects/" + h.group().id + "-ic" + (port == 1 ? 3 : 6);
            p.put("portNumber", port);
            p.put("type", "Ethernet");
            p.put("mac", Addresses.physicalMac(h.index, port, 0));
            p.putNull("wwn");
            p.put("interconnectPort", h.bay.number());
            p.put("interconnectUri", interconnect);
            p.put("physicalInterconnectPort", h.bay.number());
            p.put("physicalInterconnectUri", interconnect);
            ArrayNode virtual = p.putArray("virtualPorts");
            for (int function = 0; function < 4; function++) {
                ObjectNode v = virtual.addObject();
                v.put("portNumber", function + 1);
                v.put("portFunction", String.valueOf((char) ('a' + function)));
                v.put("mac", Addresses.physicalMac(h.index, port, function));
                if (function == 1) {
                    v.put("wwnn", Addresses.physicalWwn(h.index, port, true));
                    v.put("wwpn", Addresses.physicalWwn(h.index, port, false));
                } else {
                    v.putNull("wwnn");
                    v.putNull("wwpn");
                }
            }
        }
        return map;
    }
}
