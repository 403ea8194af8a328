package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /rest/enclosures}: list and get, derived from the servers, so that {@code locationUri} and
 * {@code enclosureUri} resolve. Read-only. Internal.
 */
final class EnclosureEndpoints {

    private final Appliance appliance;

    EnclosureEndpoints(Appliance appliance) {
        this.appliance = appliance;
    }

    void register(Router router) {
        router.add("GET", "/rest/enclosures", true, this::list)
                .add("GET", "/rest/enclosures/{id}", true, this::get);
    }

    private Map<String, List<Hardware>> byEnclosure() {
        Map<String, List<Hardware>> enclosures = new LinkedHashMap<>();
        for (Hardware h : appliance.hardware.values()) {
            enclosures.computeIfAbsent(h.enclosureUri, k -> new ArrayList<>()).add(h);
        }
        return enclosures;
    }

    private ApiResponse list(RequestContext context) throws ApiException {
        List<List<Hardware>> all = new ArrayList<>(byEnclosure().values());
        return Responses.collection(appliance, context, all, this::render, "EnclosureListV7", "enclosures");
    }

    private ApiResponse get(RequestContext context) throws ApiException {
        List<Hardware> bays = byEnclosure().get("/rest/enclosures/" + context.id());
        if (bays == null) {
            throw ApiException.notFound("/rest/enclosures/" + context.id());
        }
        return Responses.single(context, render(bays));
    }

    private ObjectNode render(List<Hardware> bays) {
        Hardware first = bays.get(0);
        ObjectNode json = Json.object();
        json.put("type", "EnclosureV7");
        json.put("uri", first.enclosureUri);
        json.put("name", first.enclosureName);
        json.put("serialNumber", Appliance.idOf(first.enclosureUri));
        json.put("enclosureType", "SY12000");
        json.put("enclosureTypeUri", "/rest/enclosure-types/SY12000");
        json.put("enclosureGroupUri", first.group.uri);
        json.put("deviceBayCount", bays.size());
        ArrayNode deviceBays = json.putArray("deviceBays");
        for (Hardware h : bays) {
            ObjectNode bay = deviceBays.addObject();
            bay.put("bayNumber", h.bay);
            bay.put("devicePresence", h.removed ? "Absent" : "Present");
            if (h.removed) {
                bay.putNull("deviceUri");
            } else {
                bay.put("deviceUri", h.uri);
            }
            bay.put("profileUri", h.serverProfileUri);
        }
        json.put("state", "Configured");
        json.put("status", "OK");
        json.put("category", "enclosures");
        json.put("created", Json.timestamp(first.created));
        json.put("modified", Json.timestamp(first.created));
        json.put("eTag", first.created.toEpochMilli() + "/1");
        return json;
    }
}
