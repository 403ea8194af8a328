package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;

/**
 * A generated OS deployment plan: OneView's view ({@code type} {@code Osdp}) of an Image Streamer deployment plan,
 * shaped after reference §2.2 and the Image Streamer fixtures ({@code type→caType}, {@code constraints→caConstraints},
 * {@code editable→caEditable}, {@code id→caId}). Immutable. Internal.
 */
final class OsDeploymentPlan {

    /** The Image Streamer that owns every plan (an invented address). */
    static final String APPLIANCE_IPV4 = "10.0.10.21";
    static final String APPLIANCE_IPV6 = "fe80::a00:a15";

    final String id;
    final String uri;
    final String nativePlanUri;
    final OsDeploymentPlanSpec spec;
    final List<String> attributeIds;
    final Instant created;

    OsDeploymentPlan(String id, String nativeId, OsDeploymentPlanSpec spec, List<String> attributeIds,
                     Instant created) {
        this.id = id;
        this.uri = "/rest/os-deployment-plans/" + id;
        this.nativePlanUri = "/rest/deployment-plans/" + nativeId;
        this.spec = spec;
        this.attributeIds = List.copyOf(attributeIds);
        this.created = created;
    }

    String name() {
        return spec.name();
    }

    ObjectNode render() {
        ObjectNode json = Json.object();
        json.put("type", "Osdp");
        json.put("uri", uri);
        json.put("category", "os-deployment-plans");
        json.put("id", id);
        json.put("name", spec.name());
        json.put("description", spec.description());
        json.put("nativePlanUri", nativePlanUri);
        json.put("deploymentType", "I3S");
        json.put("deploymentAppliance", APPLIANCE_IPV6);
        json.put("deploymentApplianceIpv4", APPLIANCE_IPV4);
        json.put("osType", "");
        json.put("architecture", "");
        json.put("osdpSize", "20GB");
        ArrayNode parameters = json.putArray("additionalParameters");
        for (int i = 0; i < spec.attributes().size(); i++) {
            CustomAttributeSpec a = spec.attributes().get(i);
            ObjectNode p = parameters.addObject();
            p.put("caId", attributeIds.get(i));
            p.put("name", a.name());
            Json.putText(p, "value", a.value());
            p.put("caType", a.type().wire());
            p.put("caEditable", a.editable());
            p.put("caConstraints", a.constraints());
            p.put("description", a.description());
        }
        json.put("state", "Normal");
        json.put("status", "OK");
        Json.putUnchangedResourceFields(json, uri, created);
        return json;
    }
}
