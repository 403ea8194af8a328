package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.function.Function;

/**
 * The fields of a server-profile body that the simulator checks, resolved against the inventory: the name, the
 * server, the template, the hardware type and the enclosure group. A field naming nothing gives 400
 * {@code INVALID_RESOURCE_URI}. A later addition (e.g. an OS deployment plan) resolves here too. Internal.
 *
 * @param name     the profile name
 * @param hardware the server, or null for an unassigned profile
 * @param template the template it is made from, or null
 * @param type     the body's {@code serverHardwareTypeUri}, or null
 * @param group    the body's {@code enclosureGroupUri}, or null
 */
record ProfileRequest(String name, Hardware hardware, Template template, HardwareType type, EnclosureGroup group) {

    /**
     * @param current the server the profile has now (an update may keep it even when it was removed), or null
     * @throws ApiException 400 for a missing name, a URI field naming nothing, or an unassigned profile without
     *                      type and group
     */
    static ProfileRequest parse(Appliance appliance, JsonNode body, Hardware current) throws ApiException {
        String name = Json.text(body, "name");
        if (name == null || name.isBlank()) {
            throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, "The server profile name is required.");
        }
        String hardwareUri = Json.text(body, "serverHardwareUri");
        Hardware hardware = current != null && current.uri.equals(hardwareUri) ? current
                : resolve(hardwareUri, "server hardware", appliance::hardwareByUri);
        if (hardware != null && (hardware.removed || !hardware.uri.equals(hardwareUri)) && hardware != current) {
            throw missing("server hardware", hardwareUri);
        }
        Template template = resolve(Json.text(body, "serverProfileTemplateUri"), "server profile template",
                appliance::templateByUri);
        HardwareType type = resolve(Json.text(body, "serverHardwareTypeUri"), "server hardware type",
                appliance::typeByUri);
        EnclosureGroup group = resolve(Json.text(body, "enclosureGroupUri"), "enclosure group", appliance::groupByUri);
        if (hardware == null && (type == null || (group == null && !type.rack))) {
            throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, "A profile without serverHardwareUri must have "
                    + "serverHardwareTypeUri and enclosureGroupUri.");
        }
        return new ProfileRequest(name, hardware, template, type, group);
    }

    /**
     * @return what {@code find} finds for the URI, or null for a null URI
     * @throws ApiException 400 {@code INVALID_RESOURCE_URI} when it finds nothing
     */
    static <T> T resolve(String uri, String what, Function<String, T> find) throws ApiException {
        if (uri == null) {
            return null;
        }
        T found = find.apply(uri);
        if (found == null) {
            throw missing(what, uri);
        }
        return found;
    }

    private static ApiException missing(String what, String uri) {
        return ApiException.badRequest(ErrorCodes.INVALID_RESOURCE_URI, "The " + what + " " + uri + " does not exist.");
    }

    /** @return the hardware type the profile ends up with */
    HardwareType effectiveType() {
        return type != null ? type : hardware.type;
    }

    /** @return the enclosure group the profile ends up with, null for a rack server */
    EnclosureGroup effectiveGroup() {
        return group != null ? group : hardware != null ? hardware.group() : null;
    }

    /** @return whether the body's type or group contradicts the server's */
    boolean mismatches(Hardware h) {
        return (type != null && type != h.type) || (group != null && group != h.group());
    }

    /**
     * Whether the {@code force} query parameter contains {@code flag}, {@code all} or {@code true}.
     */
    static boolean force(RequestContext context, String flag) {
        String force = context.request().param("force");
        if (force == null) {
            return false;
        }
        for (String f : force.split(",")) {
            String v = f.trim();
            if (v.equalsIgnoreCase(flag) || v.equalsIgnoreCase("all") || v.equalsIgnoreCase("true")) {
                return true;
            }
        }
        return false;
    }
}
