package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** A generated server profile template. Immutable. Internal. */
final class Template {

    /** The {@code id}s of every template's connections. */
    static final Set<String> CONNECTION_IDS = Set.of("1", "2");

    final String id;
    final String uri;
    final String name;
    final HardwareType type;
    final EnclosureGroup group;
    final Instant created;
    /** The OS deployment plan of its {@code osDeploymentSettings}, or null. */
    final OsDeploymentPlan plan;
    /** Its custom attribute values, in order; empty without a plan. */
    final Map<String, String> osCustomAttributes;

    Template(String id, String name, HardwareType type, EnclosureGroup group, Instant created, OsDeploymentPlan plan,
             Map<String, String> osCustomAttributes) {
        this.id = id;
        this.uri = "/rest/server-profile-templates/" + id;
        this.name = name;
        this.type = type;
        this.group = group;
        this.created = created;
        this.plan = plan;
        this.osCustomAttributes = osCustomAttributes;
    }

    /**
     * The template's {@code osDeploymentSettings} (reference §3.2), from API 300; null without a plan.
     */
    private ObjectNode osDeploymentSettings() {
        ObjectNode os = Json.object();
        os.put("osDeploymentPlanUri", plan.uri);
        ArrayNode attributes = os.putArray("osCustomAttributes");
        osCustomAttributes.forEach((k, v) -> attributes.addObject().put("name", k).put("value", v));
        os.put("complianceControl", "Checked");
        os.putNull("deployMethod");
        os.putNull("deploymentPortId");
        return os;
    }

    ObjectNode render(int api) {
        ObjectNode json = Json.object();
        json.put("type", ApiTypes.serverProfileTemplate(api));
        json.put("uri", uri);
        json.put("name", name);
        json.put("description", "");
        json.put("serverProfileDescription", name.replaceFirst("(?i)\\s*template$", "") + " profile");
        json.put("serverHardwareTypeUri", type.uri);
        json.put("enclosureGroupUri", group.uri);
        addSettings(json, api);
        if (plan != null && api >= 300) {
            json.set("osDeploymentSettings", osDeploymentSettings());
        }
        json.put("category", "server-profile-templates");
        json.put("status", "OK");
        json.putNull("state");
        Json.putUnchangedResourceFields(json, uri, created);
        return json;
    }

    /**
     * The body of {@code GET .../new-profile}: a server profile to complete and POST.
     */
    ObjectNode newProfile(int api) {
        ObjectNode json = Json.object();
        json.put("type", ApiTypes.serverProfile(api));
        json.putNull("uri");
        json.putNull("name");
        json.put("description", name.replaceFirst("(?i)\\s*template$", "") + " profile");
        json.putNull("serialNumber");
        json.putNull("uuid");
        json.put("serverProfileTemplateUri", uri);
        json.put("templateCompliance", "Unknown");
        json.putNull("serverHardwareUri");
        json.put("serverHardwareTypeUri", type.uri);
        json.put("enclosureGroupUri", group.uri);
        json.putNull("enclosureUri");
        json.putNull("enclosureBay");
        json.putNull("associatedServer");
        json.putNull("iscsiInitiatorName");
        if (plan != null && api >= 300) {
            ObjectNode os = osDeploymentSettings();
            os.remove(java.util.List.of("complianceControl", "deployMethod", "deploymentPortId"));
            os.putNull("osVolumeUri");
            os.put("forceOsDeployment", false);
            json.set("osDeploymentSettings", os);
        } else {
            json.putNull("osDeploymentSettings");
        }
        addSettings(json, api);
        JsonNode connections = ApiTypes.usesConnectionSettings(api)
                ? json.path("connectionSettings").path("connections") : json.path("connections");
        connections.forEach(c -> unassigned((ObjectNode) c));
        json.put("category", "server-profiles");
        json.put("status", "OK");
        json.put("state", "Creating");
        json.put("inProgress", false);
        json.putNull("taskUri");
        json.putNull("created");
        json.putNull("modified");
        json.putNull("eTag");
        return json;
    }

    /** The fields the appliance fills once the profile exists, empty as in a new-profile (as recorded). */
    private static void unassigned(ObjectNode connection) {
        for (String field : new String[]{"deploymentStatus", "allocatedVFs", "interconnectUri", "macType", "wwpnType",
                "mac", "wwnn", "wwpn"}) {
            connection.putNull(field);
        }
        connection.put("allocatedMbps", 0);
        connection.put("maximumMbps", 0);
    }

    /** A connection of the template, with the boot fields of an iSCSI-capable one left null (as recorded). */
    private static ObjectNode connection(int id, String name, String function, String networkUri, String portId,
                                         String mbps, String bootPriority) {
        ObjectNode connection = Json.object();
        connection.put("id", id);
        connection.put("name", name);
        connection.put("functionType", function);
        connection.put("networkUri", networkUri);
        connection.put("portId", portId);
        connection.put("requestedMbps", mbps);
        connection.put("requestedVFs", "0");
        ObjectNode boot = connection.putObject("boot");
        boot.put("priority", bootPriority);
        for (String field : new String[]{"initiatorNameSource", "initiatorVlanId", "initiatorGateway",
                "initiatorSubnetMask", "chapLevel", "firstBootTargetIp", "firstBootTargetPort", "secondBootTargetIp",
                "secondBootTargetPort"}) {
            boot.putNull(field);
        }
        return connection;
    }

    /** A RAID 1 boot volume on the embedded controller and a two-SSD JBOD in the D3940 of Mezz 1. */
    private static ObjectNode localStorage() {
        ObjectNode storage = Json.object();
        ObjectNode controller = storage.putArray("controllers").addObject();
        controller.put("deviceSlot", "Embedded");
        controller.put("slotNumber", "0");
        controller.put("mode", "RAID");
        controller.put("managed", true);
        controller.put("initialize", true);
        controller.put("importConfiguration", false);
        controller.put("driveWriteCache", "Unmanaged");
        ObjectNode drive = controller.putArray("logicalDrives").addObject();
        drive.put("driveName", "boot");
        drive.put("raidLevel", "RAID1");
        drive.put("bootable", true);
        drive.put("numPhysicalDrives", 2);
        drive.putNull("driveTechnology");
        drive.putNull("driveNumber");
        ObjectNode jbod = storage.putArray("sasLogicalJBODs").addObject();
        jbod.put("id", 1);
        jbod.put("deviceSlot", "Mezz 1");
        jbod.put("name", "data");
        jbod.put("numPhysicalDrives", 2);
        jbod.put("driveMinSizeGB", 1200);
        jbod.put("driveMaxSizeGB", 1200);
        jbod.put("driveTechnology", "SasSsd");
        return storage;
    }

    private void addSettings(ObjectNode json, int api) {
        json.put("affinity", "Bay");
        json.put("hideUnusedFlexNics", true);
        json.put("iscsiInitiatorNameType", "AutoGenerated");
        json.put("macType", "Virtual");
        json.put("wwnType", "Virtual");
        json.put("serialNumberType", "Virtual");
        ArrayNode connections;
        if (ApiTypes.usesConnectionSettings(api)) {
            ObjectNode settings = json.putObject("connectionSettings");
            settings.put("manageConnections", true);
            connections = settings.putArray("connections");
        } else {
            connections = json.putArray("connections");
        }
        connections.add(connection(1, "Deployment", "Ethernet", "/rest/ethernet-networks/" + group.id + "-deploy",
                "Mezz 3:1-a", "2500", "Primary"));
        connections.add(connection(2, "SAN A", "FibreChannel", "/rest/fc-networks/" + group.id + "-san-a",
                "Mezz 3:1-b", "8000", "NotBootable"));
        ObjectNode boot = json.putObject("boot");
        boot.put("manageBoot", true);
        boot.putArray("order").add("HardDisk").add("PXE");
        ObjectNode bootMode = json.putObject("bootMode");
        bootMode.put("manageMode", true);
        bootMode.put("mode", "UEFIOptimized");
        bootMode.put("pxeBootPolicy", "Auto");
        bootMode.put("secureBoot", "Disabled");
        ObjectNode bios = json.putObject("bios");
        bios.put("manageBios", true);
        bios.putArray("overriddenSettings").addObject().put("id", "WorkloadProfile")
                .put("value", "Virtualization-MaxPerformance");
        ObjectNode firmware = json.putObject("firmware");
        firmware.put("manageFirmware", false);
        firmware.put("forceInstallFirmware", false);
        firmware.putNull("firmwareBaselineUri");
        firmware.putNull("firmwareInstallType");
        firmware.putNull("firmwareScheduleDateTime");
        firmware.putNull("firmwareActivationType");
        json.set("localStorage", localStorage());
        ObjectNode san = json.putObject("sanStorage");
        san.putArray("volumeAttachments");
        san.put("manageSanStorage", false);
    }
}
