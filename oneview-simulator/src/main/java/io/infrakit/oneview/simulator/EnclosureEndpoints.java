package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /rest/enclosures}: list and get, derived from the bays (empty ones {@code Absent}), so that
 * {@code locationUri} and {@code enclosureUri} resolve. Read-only. Internal.
 */
final class EnclosureEndpoints implements Endpoints {

    private final Appliance appliance;

    EnclosureEndpoints(Appliance appliance) {
        this.appliance = appliance;
    }

    @Override
    public void register(Router router) {
        router.add("GET", "/rest/enclosures", true, this::list)
                .add("GET", "/rest/enclosures/{id}", true, this::get);
    }

    private Map<String, List<Bay>> byEnclosure() {
        Map<String, List<Bay>> enclosures = new LinkedHashMap<>();
        for (Bay bay : appliance.bays) {
            enclosures.computeIfAbsent(bay.enclosureUri(), k -> new ArrayList<>()).add(bay);
        }
        return enclosures;
    }

    private ApiResponse list(RequestContext context) throws ApiException {
        List<List<Bay>> all = new ArrayList<>(byEnclosure().values());
        return Responses.collection(appliance, context, all, this::render, "EnclosureListV7", "enclosures");
    }

    private ApiResponse get(RequestContext context) throws ApiException {
        List<Bay> bays = byEnclosure().get("/rest/enclosures/" + context.id());
        if (bays == null) {
            throw ApiException.notFound("/rest/enclosures/" + context.id());
        }
        return Responses.single(context, render(bays));
    }

    private ObjectNode render(List<Bay> bays) {
        Bay first = bays.get(0);
        ObjectNode json = Json.object();
        json.put("type", "EnclosureV7");
        json.put("uri", first.enclosureUri());
        json.put("name", first.enclosureName());
        json.put("serialNumber", Appliance.idOf(first.enclosureUri()));
        json.put("enclosureType", "SY12000");
        json.put("enclosureTypeUri", "/rest/enclosure-types/SY12000");
        json.put("enclosureGroupUri", first.group().uri);
        json.put("deviceBayCount", bays.size());
        ArrayNode deviceBays = json.putArray("deviceBays");
        for (Bay bay : bays) {
            Hardware h = appliance.bladeIn(bay);
            boolean present = h != null && !h.removed;
            ObjectNode device = deviceBays.addObject();
            device.put("bayNumber", bay.number());
            device.put("devicePresence", present ? "Present" : "Absent");
            Json.putText(device, "deviceUri", present ? h.uri : null);
            Json.putText(device, "profileUri", h == null ? null : h.serverProfileUri);
        }
        json.put("state", "Configured");
        json.put("status", "OK");
        json.put("category", "enclosures");
        json.put("created", Json.timestamp(first.group().created));
        json.put("modified", Json.timestamp(first.group().created));
        json.put("eTag", first.group().created.toEpochMilli() + "/1");
        return json;
    }
}
