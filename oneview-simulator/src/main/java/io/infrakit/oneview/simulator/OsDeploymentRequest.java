package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code osDeploymentSettings} of a server-profile body, resolved and checked (reference §3, §4.1, §8): the
 * plan, and the custom attribute values the deployment runs with (the template's, then the profile's over them).
 * Every refusal is a synchronous 400, as the reference proposes, with an error code of the simulator's own.
 * Internal.
 *
 * @param plan       the plan the profile deploys
 * @param attributes attribute name to value, as set (empty or null values are "not set" and left out), in the
 *                   plan's order
 * @param force      {@code forceOsDeployment}: redeploy on an update even when nothing changed
 */
record OsDeploymentRequest(OsDeploymentPlan plan, Map<String, String> attributes, boolean force) {

    private static final String PLANS = "/rest/os-deployment-plans/";

    /**
     * @param request the body's resolved fields (template, group, server)
     * @param api     the request's X-API-Version
     * @return the deployment, or null when the profile deploys no OS
     * @throws ApiException 400 {@code OS_DEPLOYMENT_PLAN_NOT_FOUND}, {@code OS_DEPLOYMENT_NOT_CONFIGURED},
     *                      {@code INVALID_OS_CUSTOM_ATTRIBUTE}, {@code OS_DEPLOYMENT_BOOT_CONNECTION_REQUIRED} or
     *                      {@code INVALID_REQUEST}
     */
    static OsDeploymentRequest parse(Appliance appliance, JsonNode body, ProfileRequest request, int api)
            throws ApiException {
        JsonNode os = body.get("osDeploymentSettings");
        if (os != null && !os.isNull() && !os.isObject()) {
            throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, "osDeploymentSettings must be an object or null.");
        }
        boolean given = os != null && os.isObject();
        Map<String, String> profileValues = given ? entries(os.get("osCustomAttributes")) : Map.of();
        String planUri = given ? Json.text(os, "osDeploymentPlanUri") : null;
        Template template = request.template();
        boolean inherited = planUri == null && template != null && template.plan != null;
        if (inherited) {
            planUri = template.plan.uri;
        }
        if (planUri == null) {
            if (!profileValues.isEmpty()) {
                throw invalid("The server profile sets the custom attributes " + profileValues.keySet()
                        + " but names no OS deployment plan (osDeploymentSettings.osDeploymentPlanUri is null).");
            }
            return null;
        }
        requireDeploymentServer(appliance, request);
        OsDeploymentPlan plan = plan(appliance, planUri, api);
        Set<String> connectionIds = connectionIds(body);
        Map<String, String> values = new LinkedHashMap<>();
        if (template != null && template.plan == plan) {
            values.putAll(template.osCustomAttributes);
        }
        for (Map.Entry<String, String> e : profileValues.entrySet()) {
            String refusal = CustomAttributeRules.check(plan.spec, e.getKey(), e.getValue(), connectionIds);
            if (refusal != null) {
                throw invalid("The server profile's osCustomAttributes are not valid: " + refusal + ".");
            }
            values.put(e.getKey(), e.getValue());
        }
        requireBootConnection(body, request.effectiveGroup());
        boolean force = given && os.path("forceOsDeployment").asBoolean(false);
        return new OsDeploymentRequest(plan, ordered(plan, values), force);
    }

    /** @return the entries in the order of the plan's attributes (NIC sub-attributes after their NIC), blanks out */
    private static Map<String, String> ordered(OsDeploymentPlan plan, Map<String, String> values) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (CustomAttributeSpec a : plan.spec.attributes()) {
            values.forEach((name, value) -> {
                if ((name.equals(a.name()) || name.startsWith(a.name() + ".")) && !value.isEmpty()) {
                    ordered.putIfAbsent(name, value);
                }
            });
        }
        return ordered;
    }

    /**
     * @return name to value (null values as {@code ""}), in order
     * @throws ApiException 400 for an entry that is not {@code {"name": text, "value": text or null}}, and for a
     *                      name given twice (oneview-ansible issue 393: a duplicate failed a template create)
     */
    private static Map<String, String> entries(JsonNode list) throws ApiException {
        Map<String, String> values = new LinkedHashMap<>();
        if (list == null || list.isNull()) {
            return values;
        }
        if (!list.isArray()) {
            throw invalid("osDeploymentSettings.osCustomAttributes must be an array of {\"name\", \"value\"}.");
        }
        for (JsonNode entry : list) {
            String name = entry.isObject() ? Json.text(entry, "name") : null;
            if (name == null || name.isBlank()) {
                throw invalid("Every entry of osDeploymentSettings.osCustomAttributes needs a name: " + entry + ".");
            }
            JsonNode value = entry.get("value");
            if (value != null && !value.isNull() && !value.isTextual()) {
                throw invalid("The value of custom attribute '" + name + "' must be a string (numbers and booleans "
                        + "are sent as text, e.g. \"10\", \"true\"), got " + value + ".");
            }
            if (values.put(name, value == null || value.isNull() ? "" : value.asText()) != null) {
                throw invalid("The custom attribute '" + name + "' is given more than once.");
            }
        }
        return values;
    }

    private static void requireDeploymentServer(Appliance appliance, ProfileRequest request) throws ApiException {
        EnclosureGroup group = request.effectiveGroup();
        String why = !appliance.config.inventory().deploymentServer()
                ? "the appliance has no OS deployment server (Image Streamer)"
                : group == null ? "a rack server has no enclosure group and no Image Streamer"
                : !group.osDeployment ? "enclosure group " + group.name + " does not manage OS deployment" : null;
        if (why != null) {
            throw ApiException.badRequest(ErrorCodes.OS_DEPLOYMENT_NOT_CONFIGURED, "An OS deployment plan can be set "
                    + "only on a server profile whose enclosure group has OS deployment configured: " + why + ".");
        }
    }

    private static OsDeploymentPlan plan(Appliance appliance, String uri, int api) throws ApiException {
        if (api < OsDeploymentPlanEndpoints.FIRST_API_VERSION || api >= OsDeploymentPlanEndpoints.REMOVED_AT_API_VERSION) {
            throw ApiException.badRequest(ErrorCodes.OS_DEPLOYMENT_PLAN_NOT_FOUND, "The OS deployment plan " + uri
                    + " cannot be used at X-API-Version " + api + ": OS deployment plans exist from "
                    + OsDeploymentPlanEndpoints.FIRST_API_VERSION + " to before "
                    + OsDeploymentPlanEndpoints.REMOVED_AT_API_VERSION + ".");
        }
        OsDeploymentPlan plan = uri.startsWith(PLANS) ? appliance.osDeploymentPlanByUri(uri) : null;
        if (plan != null) {
            return plan;
        }
        for (OsDeploymentPlan p : appliance.osDeploymentPlans) {
            if (p.nativePlanUri.equals(uri)) {
                throw ApiException.badRequest(ErrorCodes.OS_DEPLOYMENT_PLAN_NOT_FOUND, "The OS deployment plan " + uri
                        + " does not exist: it is the nativePlanUri of '" + p.name() + "' (the Image Streamer's own "
                        + "URI); a server profile names a plan by its uri, " + p.uri + ".");
            }
        }
        throw ApiException.badRequest(ErrorCodes.OS_DEPLOYMENT_PLAN_NOT_FOUND, "The OS deployment plan " + uri
                + " does not exist.");
    }

    private static JsonNode connections(JsonNode body) {
        JsonNode settings = body.path("connectionSettings").path("connections");
        return settings.isArray() ? settings : body.path("connections");
    }

    private static Set<String> connectionIds(JsonNode body) {
        Set<String> ids = new HashSet<>();
        connections(body).forEach(c -> {
            if (c.hasNonNull("id")) {
                ids.add(c.get("id").asText());
            }
        });
        return ids;
    }

    /**
     * @throws ApiException 400 when no connection boots from the group's deployment network (terraform-provider-
     *                      oneview issue 107's message)
     */
    private static void requireBootConnection(JsonNode body, EnclosureGroup group) throws ApiException {
        for (JsonNode c : connections(body)) {
            String priority = c.path("boot").path("priority").asText("");
            if (group.deploymentNetworkUri().equals(Json.text(c, "networkUri"))
                    && (priority.equals("Primary") || priority.equals("Secondary"))) {
                return;
            }
        }
        throw ApiException.badRequest(ErrorCodes.OS_DEPLOYMENT_BOOT_CONNECTION_REQUIRED, "There must be at least 1 "
                + "connection(s) configured to boot from the OS deployment network {\"name\":\"" + group.name
                + " deployment\", \"uri\":\"" + group.deploymentNetworkUri() + "\"}");
    }

    private static ApiException invalid(String message) {
        return ApiException.badRequest(ErrorCodes.INVALID_OS_CUSTOM_ATTRIBUTE, message);
    }

    /** @return whether a server that received {@code current} would receive the same again */
    boolean sameAs(OsDeployment current) {
        return current != null && current.planUri().equals(plan.uri) && current.attributes().equals(attributes);
    }

    /** @return what the server receives, on the OS volume {@code osVolumeUri} */
    OsDeployment deployed(String osVolumeUri) {
        return new OsDeployment(plan.name(), plan.uri, attributes, osVolumeUri);
    }
}
