package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/** A generated server hardware type. Immutable. Internal. */
final class HardwareType {

    final String id;
    final String uri;
    final String name;
    final String model;
    final String shortModel;
    final String formFactor;
    final String partNumber;
    final int memoryMb;
    final int processorCount;
    final int processorCoreCount;
    final Instant created;

    final boolean rack;

    /**
     * @param index the type's position among the blade types (seeds its figures)
     * @param rack  whether it is a rack server type ({@link InventorySpec#RACK_HARDWARE_TYPE})
     */
    HardwareType(String id, String name, int index, boolean rack, Instant created) {
        this.id = id;
        this.uri = "/rest/server-hardware-types/" + id;
        this.name = name;
        this.rack = rack;
        String base = name.replaceFirst("\\s+\\d+$", "");
        this.model = rack ? "ProLiant " + base : base + " Compute Module";
        this.shortModel = base;
        this.formFactor = rack ? "1U" : index % 2 == 0 ? "HalfHeight" : "FullHeight";
        this.partNumber = String.format("8%05d-B21", 71940 + index);
        this.memoryMb = 131072 << Math.min(index, 3);
        this.processorCount = index % 2 == 0 ? 2 : 4;
        this.processorCoreCount = 18;
        this.created = created;
    }

    ObjectNode render(int api) {
        ObjectNode json = Json.object();
        json.put("type", ApiTypes.serverHardwareType(api));
        json.put("uri", uri);
        json.put("name", name);
        json.putNull("description");
        json.put("model", model);
        json.put("family", rack ? "DL" : "SY");
        json.put("formFactor", formFactor);
        ArrayNode bootModes = json.putArray("bootModes");
        bootModes.add("BIOS").add("UEFIOptimized").add("UEFI");
        ArrayNode boot = json.putArray("bootCapabilities");
        boot.add("CD").add("USB").add("HardDisk").add("FibreChannelHba").add("PXE");
        ArrayNode capabilities = json.putArray("capabilities");
        capabilities.add("ManageBIOS").add("VirtualUUID").add("ManageLocalStorage").add("VirtualWWN")
                .add("ManageBootOrder").add("VCConnections").add("VirtualMAC").add("FirmwareUpdate");
        ArrayNode pxe = json.putArray("pxeBootPolicies");
        pxe.add("IPv4ThenIPv6").add("IPv4").add("IPv6ThenIPv4").add("IPv6").add("Auto");
        ObjectNode adapter = json.putArray("adapters").addObject();
        adapter.put("model", "Synergy 3820C 10/20Gb CNA");
        adapter.put("location", "Mezz");
        adapter.put("slot", 3);
        adapter.put("deviceNumber", 3);
        adapter.putArray("ports");
        adapter.putArray("capabilities").add("Ethernet").add("FCoE");
        json.putArray("biosSettings");
        json.put("category", "server-hardware-types");
        json.put("created", Json.timestamp(created));
        json.put("modified", Json.timestamp(created));
        json.put("eTag", String.valueOf(created.toEpochMilli()));
        return json;
    }
}
