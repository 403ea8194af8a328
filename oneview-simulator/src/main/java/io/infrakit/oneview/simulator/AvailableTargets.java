package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.function.Function;

/**
 * {@code GET /rest/server-profiles/available-targets?enclosureGroupUri=&serverHardwareTypeUri=&profileUri=}: in
 * inventory order, the bays of the group (an empty bay, or a removed server's, with {@code serverHardwareUri} null,
 * whatever the type, as recorded in fixture {@code oneview-redfish-toolkit/AvailableTargetsForSPT.json}), the free
 * servers ({@code NoProfileApplied}, not busy) of the group and type, plus the server of {@code profileUri}; then
 * the rack servers when no group is given (fixture {@code oneview-puppet/server_profile.json}). Internal.
 */
final class AvailableTargets {

    private final Appliance appliance;

    AvailableTargets(Appliance appliance) {
        this.appliance = appliance;
    }

    ApiResponse list(RequestContext context) throws ApiException {
        ApiRequest request = context.request();
        EnclosureGroup group = lookup(request.param("enclosureGroupUri"), "enclosure group", appliance::groupByUri);
        HardwareType type = lookup(request.param("serverHardwareTypeUri"), "server hardware type", appliance::typeByUri);
        String profileUri = request.param("profileUri");
        ObjectNode json = Json.object();
        json.put("type", ApiTypes.availableTargets(context.apiVersion()));
        ArrayNode targets = json.putArray("targets");
        for (Bay bay : appliance.bays) {
            if (group != null && bay.group() != group) {
                continue;
            }
            Hardware h = appliance.bladeIn(bay);
            if (h == null || h.removed) {
                emptyBay(targets, bay);
            } else if (offered(h, type, profileUri)) {
                server(targets, h);
            }
        }
        if (group == null) {
            appliance.hardware.values().stream().filter(Hardware::isRack).filter(h -> offered(h, type, profileUri))
                    .forEach(h -> server(targets, h));
        }
        json.put("uri", request.pathAndQuery());
        json.put("category", "available-targets");
        String now = Json.timestamp(context.now());
        json.put("eTag", now);
        json.put("created", now);
        json.put("modified", now);
        return ApiResponse.ok(json);
    }

    private static <T> T lookup(String uri, String what, Function<String, T> find) throws ApiException {
        return uri == null || uri.isEmpty() ? null : ProfileRequest.resolve(uri, what, find);
    }

    private static boolean offered(Hardware h, HardwareType type, String profileUri) {
        if (type != null && h.type != type) {
            return false;
        }
        boolean own = profileUri != null && profileUri.equals(h.serverProfileUri);
        return own || (h.isFree() && h.background == null);
    }

    private static void emptyBay(ArrayNode targets, Bay bay) {
        ObjectNode target = location(targets, bay);
        target.putNull("serverHardwareName");
        target.putNull("serverHardwareUri");
        target.putNull("serverHardwareTypeName");
        target.putNull("serverHardwareTypeUri");
        target.putNull("powerState");
        target.putArray("formFactor").add("HalfHeight").add("HalfHeightDoubleWide");
        target.put("serverHardwareStatus", HealthStatus.UNKNOWN.wire());
    }

    private static void server(ArrayNode targets, Hardware h) {
        ObjectNode target = h.isRack() ? rackLocation(targets) : location(targets, h.bay);
        target.put("serverHardwareName", h.name);
        target.put("serverHardwareUri", h.uri);
        target.put("serverHardwareTypeName", h.type.name);
        target.put("serverHardwareTypeUri", h.type.uri);
        target.put("powerState", h.power.wire());
        target.putArray("formFactor").add(h.type.formFactor);
        target.put("serverHardwareStatus", h.status.wire());
    }

    private static ObjectNode location(ArrayNode targets, Bay bay) {
        ObjectNode target = targets.addObject();
        target.put("enclosureGroupName", bay.group().name);
        target.put("enclosureName", bay.enclosureName());
        target.put("enclosureUri", bay.enclosureUri());
        target.put("enclosureBay", bay.number());
        target.put("enclosureGroupUri", bay.group().uri);
        return target;
    }

    private static ObjectNode rackLocation(ArrayNode targets) {
        ObjectNode target = targets.addObject();
        target.putNull("enclosureGroupName");
        target.putNull("enclosureName");
        target.putNull("enclosureUri");
        target.put("enclosureBay", 0);
        target.putNull("enclosureGroupUri");
        return target;
    }
}
