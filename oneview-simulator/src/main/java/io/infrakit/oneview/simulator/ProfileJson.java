package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON of stored server profiles. A profile is stored in the newest schema (connections under
 * {@code connectionSettings}, local storage as {@code controllers}, ISO timestamps) and rendered in the schema of
 * each request's {@code X-API-Version} (reference §1.6, §3.1): its {@code type} is that version's, API 200 and
 * earlier put {@code connections} at the top level, API 120 uses the 1.20 local-storage fields and timestamps such as
 * {@code 20150810T040139.738Z} (fixture {@code chef-provisioning-oneview/v120/server-profiles_name_chef-web01.json}).
 * The appliance owns the fields it fills itself; {@link #READ_ONLY} ones a PUT may not change. Internal.
 */
final class ProfileJson {

    /** Fields a PUT may not change: 403 {@code CRM_INCORRECT_VALUE_IN_READONLY_FIELD} (reference §5.3, §6). */
    static final List<String> READ_ONLY = List.of("uri", "uuid", "category", "created", "modified");
    /** Fields the appliance fills and keeps whatever a PUT sends (besides {@link #READ_ONLY} and {@code type}). */
    static final List<String> APPLIANCE_OWNED = List.of("eTag", "state", "status", "inProgress", "taskUri",
            "serialNumber", "enclosureUri", "enclosureBay", "scopesUri", "serverHardwareReapplyState", "refreshState",
            "iscsiInitiatorName");
    private static final List<String> SECTIONS = List.of("connectionSettings", "firmware", "bios", "localStorage",
            "sanStorage", "osDeploymentSettings");
    private static final List<String> CONNECTION_OWNED = List.of("mac", "wwnn", "wwpn", "interconnectUri",
            "allocatedMbps", "maximumMbps", "allocatedVFs", "state", "status", "deploymentStatus");

    private ProfileJson() {
    }

    /**
     * @throws ApiException 400 when the body's {@code type}, if any, is not the request's API version's
     */
    static void checkType(JsonNode body, int api) throws ApiException {
        String type = Json.text(body, "type");
        String expected = ApiTypes.serverProfile(api);
        if (type != null && !type.equals(expected)) {
            throw ApiException.badRequest(ErrorCodes.INVALID_RESOURCE_TYPE, "The resource type '" + type
                    + "' does not match the requested X-API-Version " + api + ", which expects '" + expected + "'.");
        }
    }

    /** @return the profile as the request's API version shows it */
    static ObjectNode render(Profile p, int api) {
        ObjectNode json = p.body.deepCopy();
        json.put("type", ApiTypes.serverProfile(api));
        if (!ApiTypes.usesConnectionSettings(api)) {
            JsonNode settings = json.remove("connectionSettings");
            json.set("connections", settings == null ? Json.array() : settings.path("connections").deepCopy());
        }
        if (api < 200) {
            json.set("localStorage", legacyLocalStorage(json.path("localStorage")));
            for (String field : List.of("created", "modified")) {
                String value = Json.text(json, field);
                if (value != null) {
                    json.put(field, Json.compactTimestamp(value));
                }
            }
        }
        return json;
    }

    /** The body brought to the stored (newest) schema: connections under {@code connectionSettings}. */
    static ObjectNode canonical(ObjectNode body) {
        ObjectNode json = body.deepCopy();
        JsonNode connections = json.remove("connections");
        if (connections != null && !json.has("connectionSettings")) {
            ObjectNode settings = json.putObject("connectionSettings");
            settings.put("manageConnections", true);
            settings.set("connections", connections.isArray() ? connections : Json.array());
        }
        JsonNode storage = json.get("localStorage");
        if (storage instanceof ObjectNode legacy && legacy.has("logicalDrives") && !legacy.has("controllers")) {
            ObjectNode controller = Json.object();
            controller.put("deviceSlot", "Embedded");
            controller.put("mode", "RAID");
            controller.put("managed", legacy.path("manageLocalStorage").asBoolean(true));
            controller.put("initialize", legacy.path("initialize").asBoolean(false));
            controller.set("logicalDrives", legacy.get("logicalDrives"));
            ObjectNode modern = Json.object();
            modern.putArray("controllers").add(controller);
            modern.putArray("sasLogicalJBODs");
            json.set("localStorage", modern);
        }
        return json;
    }

    private static ObjectNode legacyLocalStorage(JsonNode storage) {
        ObjectNode legacy = Json.object();
        JsonNode controller = storage.path("controllers").path(0);
        legacy.put("manageLocalStorage", !controller.isMissingNode() && controller.path("managed").asBoolean(true));
        legacy.put("initialize", controller.path("initialize").asBoolean(false));
        ArrayNode drives = legacy.putArray("logicalDrives");
        controller.path("logicalDrives").forEach(d -> drives.addObject()
                .put("raidLevel", d.path("raidLevel").asText("RAID1"))
                .put("bootable", d.path("bootable").asBoolean(false)));
        return legacy;
    }

    /**
     * Fills what the appliance adds to a new profile: identity, timestamps, placement, the addresses and states of
     * its connections, the {@code reapplyState} of every section, the empty OS deployment settings.
     */
    static void fillNew(Appliance appliance, Profile p, ProfileRequest request, RequestContext context) {
        ObjectNode b = p.body;
        Hardware h = request.hardware();
        b.put("uri", p.uri);
        b.put("uuid", p.id);
        b.put("category", "server-profiles");
        String serial = appliance.nextSerialNumber();
        b.put("serialNumber", serial);
        b.put("iscsiInitiatorName", "iqn.2015-02.com.hpe:oneview-" + serial.toLowerCase(Locale.ROOT));
        b.put("created", Json.timestamp(context.now()));
        b.put("status", HealthStatus.OK.wire());
        if (!b.hasNonNull("description")) {
            b.put("description", "");
        }
        if (!b.hasNonNull("affinity")) {
            b.put("affinity", "Bay");
        }
        String compliance = Json.text(b, "templateCompliance");
        if (request.template() != null && (compliance == null || compliance.equals("Unknown"))) {
            b.put("templateCompliance", "Compliant");
        } else if (compliance == null) {
            b.put("templateCompliance", "Unknown");
        }
        b.put("serverHardwareReapplyState", "NotApplying");
        b.put("refreshState", "NotRefreshing");
        b.put("scopesUri", "/rest/scopes/resources" + p.uri);
        place(b, request);
        fillSections(appliance, b, h, Map.of());
    }

    /**
     * Writes what the appliance owns of {@code osDeploymentSettings}: the plan in effect (the template's when the body
     * names none) and the OS volume.
     *
     * @param os     the deployment in effect, or null
     * @param volume the OS volume, or null before (or without) a deployment
     */
    static void osDeployment(ObjectNode b, OsDeploymentRequest os, String volume) {
        ObjectNode settings = object(b, "osDeploymentSettings");
        if (os != null) {
            settings.put("osDeploymentPlanUri", os.plan().uri);
        }
        Json.putText(settings, "osVolumeUri", volume);
    }

    /**
     * @return the stored body after a PUT of {@code body}: the request's fields, with everything the appliance owns
     *         taken from the stored profile, and the connections keeping the addresses they had (new connections get
     *         new ones)
     */
    static ObjectNode merge(Appliance appliance, Profile p, ObjectNode body, ProfileRequest request) {
        ObjectNode updated = canonical(body);
        for (String field : READ_ONLY) {
            copy(p.body, updated, field);
        }
        for (String field : APPLIANCE_OWNED) {
            copy(p.body, updated, field);
        }
        updated.set("type", p.body.get("type"));
        place(updated, request);
        Map<String, JsonNode> previous = new HashMap<>();
        p.body.path("connectionSettings").path("connections")
                .forEach(c -> previous.put(c.path("id").asText(), c));
        fillSections(appliance, updated, request.hardware(), previous);
        return updated;
    }

    private static void copy(ObjectNode from, ObjectNode to, String field) {
        JsonNode value = from.get(field);
        if (value == null) {
            to.remove(field);
        } else {
            to.set(field, value.deepCopy());
        }
    }

    private static void place(ObjectNode b, ProfileRequest request) {
        Hardware h = request.hardware();
        Json.putText(b, "serverHardwareUri", h == null ? null : h.uri);
        Json.putText(b, "enclosureUri", h == null || h.isRack() ? null : h.bay.enclosureUri());
        if (h == null || h.isRack()) {
            b.putNull("enclosureBay");
        } else {
            b.put("enclosureBay", h.bay.number());
        }
        b.put("serverHardwareTypeUri", request.effectiveType().uri);
        EnclosureGroup group = request.effectiveGroup();
        Json.putText(b, "enclosureGroupUri", group == null ? null : group.uri);
    }

    private static void fillSections(Appliance appliance, ObjectNode b, Hardware h, Map<String, JsonNode> previous) {
        ObjectNode settings = object(b, "connectionSettings");
        if (!settings.has("manageConnections")) {
            settings.put("manageConnections", true);
        }
        if (!settings.path("connections").isArray()) {
            settings.putArray("connections");
        }
        for (JsonNode c : settings.get("connections")) {
            if (c instanceof ObjectNode connection) {
                fillConnection(appliance, connection, h, previous.get(connection.path("id").asText()));
            }
        }
        ObjectNode firmware = object(b, "firmware");
        for (String field : List.of("firmwareBaselineUri", "firmwareInstallType", "firmwareScheduleDateTime",
                "firmwareActivationType")) {
            if (!firmware.has(field)) {
                firmware.putNull(field);
            }
        }
        if (!firmware.has("manageFirmware")) {
            firmware.put("manageFirmware", false);
        }
        if (!firmware.has("forceInstallFirmware")) {
            firmware.put("forceInstallFirmware", false);
        }
        ObjectNode bios = object(b, "bios");
        if (!bios.has("manageBios")) {
            bios.put("manageBios", false);
        }
        if (!bios.path("overriddenSettings").isArray()) {
            bios.putArray("overriddenSettings");
        }
        fillLocalStorage(appliance, object(b, "localStorage"));
        ObjectNode san = object(b, "sanStorage");
        if (!san.has("manageSanStorage")) {
            san.put("manageSanStorage", false);
        }
        for (String list : List.of("volumeAttachments", "sanSystemCredentials")) {
            if (!san.path(list).isArray()) {
                san.putArray(list);
            }
        }
        ObjectNode os = object(b, "osDeploymentSettings");
        for (String field : List.of("osDeploymentPlanUri", "osVolumeUri")) {
            if (!os.has(field)) {
                os.putNull(field);
            }
        }
        if (!os.has("forceOsDeployment")) {
            os.put("forceOsDeployment", false);
        }
        if (!os.path("osCustomAttributes").isArray()) {
            os.putArray("osCustomAttributes");
        }
        JsonNode bootMode = b.get("bootMode");
        if (bootMode instanceof ObjectNode mode && !mode.has("secureBoot")) {
            mode.put("secureBoot", "Disabled");
        }
        for (String section : SECTIONS) {
            object(b, section).put("reapplyState", "NotApplying");
        }
    }

    private static void fillLocalStorage(Appliance appliance, ObjectNode storage) {
        for (String list : List.of("controllers", "sasLogicalJBODs")) {
            if (!storage.path(list).isArray()) {
                storage.putArray(list);
            }
        }
        for (JsonNode j : storage.get("sasLogicalJBODs")) {
            if (j instanceof ObjectNode jbod) {
                if (!jbod.hasNonNull("sasLogicalJBODUri")) {
                    jbod.put("sasLogicalJBODUri", "/rest/sas-logical-jbods/" + appliance.uuid());
                }
                jbod.put("status", HealthStatus.OK.wire());
                if (!jbod.has("eraseData")) {
                    jbod.put("eraseData", false);
                }
            }
        }
    }

    /** The addresses, bandwidth and state the appliance gives a connection: kept from {@code before} if it had one. */
    private static void fillConnection(Appliance appliance, ObjectNode c, Hardware h, JsonNode before) {
        if (before != null) {
            for (String field : CONNECTION_OWNED) {
                copy((ObjectNode) before, c, field);
            }
            if (h != null && !h.isRack()) {
                c.put("interconnectUri", interconnect(h, Json.text(c, "portId")));
            }
            return;
        }
        boolean fibreChannel = "FibreChannel".equalsIgnoreCase(Json.text(c, "functionType"));
        long n = appliance.nextAddress();
        c.put("macType", "Virtual");
        c.put("wwpnType", "Virtual");
        if (fibreChannel) {
            c.putNull("mac");
            c.put("wwnn", Addresses.virtualWwn(n, true));
            c.put("wwpn", Addresses.virtualWwn(n, false));
        } else {
            c.put("mac", Addresses.virtualMac(n));
            c.putNull("wwnn");
            c.putNull("wwpn");
        }
        String requested = Json.text(c, "requestedMbps");
        int mbps = requested != null && requested.matches("[0-9]{1,6}") ? Integer.parseInt(requested) : 2500;
        c.put("allocatedMbps", mbps);
        c.put("maximumMbps", 20000);
        if (!c.has("requestedVFs")) {
            c.put("requestedVFs", "0");
        }
        c.put("allocatedVFs", 0);
        Json.putText(c, "interconnectUri", h == null || h.isRack() ? null : interconnect(h, Json.text(c, "portId")));
        c.put("state", "Deployed");
        c.put("deploymentStatus", "Deployed");
        c.put("status", HealthStatus.OK.wire());
        for (String field : List.of("managed")) {
            if (!c.has(field)) {
                c.put(field, true);
            }
        }
        for (String field : List.of("networkName", "lagName", "ipv4")) {
            if (!c.has(field)) {
                c.putNull(field);
            }
        }
    }

    /** Port {@code Mezz 3:1-x} goes to the interconnect in bay 3, {@code Mezz 3:2-x} to bay 6. */
    private static String interconnect(Hardware h, String portId) {
        boolean second = portId != null && portId.matches(".*:2-.*");
        return "/rest/interconnects/" + h.group().id + "-ic" + (second ? 6 : 3);
    }

    private static ObjectNode object(ObjectNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node instanceof ObjectNode object) {
            return object;
        }
        return parent.putObject(field);
    }
}
