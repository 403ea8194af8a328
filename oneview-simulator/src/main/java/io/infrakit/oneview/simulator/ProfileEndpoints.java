package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /rest/server-profiles}: list, get, create, update (PUT, PATCH), delete, available targets, with the
 * hardware state machine: a profile is only applied to a server with no profile that is powered off. Internal.
 */
final class ProfileEndpoints {

    /** Fields the appliance owns: a PUT cannot change them and a PATCH cannot touch them. */
    private static final Set<String> READ_ONLY = Set.of("uri", "uuid", "category", "created", "modified", "eTag",
            "state", "status", "inProgress", "taskUri", "serialNumber", "enclosureUri", "enclosureBay", "scopesUri");

    private final Appliance appliance;

    ProfileEndpoints(Appliance appliance) {
        this.appliance = appliance;
    }

    void register(Router router) {
        router.add("GET", "/rest/server-profiles/available-targets", true, this::availableTargets)
                .add("GET", "/rest/server-profiles", true, this::list)
                .add("POST", "/rest/server-profiles", true, this::create)
                .add("GET", "/rest/server-profiles/{id}", true, this::get)
                .add("PUT", "/rest/server-profiles/{id}", true, this::update)
                .add("PATCH", "/rest/server-profiles/{id}", true, this::patch)
                .add("DELETE", "/rest/server-profiles/{id}", true, this::delete);
    }

    // ---------------------------------------------------------------- reads

    private ApiResponse list(RequestContext context) throws ApiException {
        return Responses.collection(appliance, context, new ArrayList<>(appliance.profiles.values()),
                p -> p.body.deepCopy(), ApiTypes.serverProfileList(context.apiVersion()), "server-profiles");
    }

    private Profile profile(RequestContext context) throws ApiException {
        Profile p = appliance.profiles.get(context.id());
        if (p == null) {
            throw ApiException.notFound("/rest/server-profiles/" + context.id());
        }
        return p;
    }

    private ApiResponse get(RequestContext context) throws ApiException {
        return Responses.single(context, profile(context).body.deepCopy());
    }

    private ApiResponse availableTargets(RequestContext context) throws ApiException {
        ApiRequest request = context.request();
        String groupUri = request.param("enclosureGroupUri");
        String typeUri = request.param("serverHardwareTypeUri");
        String profileUri = request.param("profileUri");
        if (groupUri != null && !groupUri.isEmpty() && appliance.groupByUri(groupUri) == null) {
            throw ApiException.badRequest(ErrorCodes.INVALID_RESOURCE_URI, "The enclosure group " + groupUri + " does not exist.");
        }
        if (typeUri != null && !typeUri.isEmpty() && appliance.typeByUri(typeUri) == null) {
            throw ApiException.badRequest(ErrorCodes.INVALID_RESOURCE_URI, "The server hardware type " + typeUri + " does not exist.");
        }
        ObjectNode json = Json.object();
        json.put("type", ApiTypes.availableTargets(context.apiVersion()));
        ArrayNode targets = json.putArray("targets");
        for (Hardware h : appliance.hardware.values()) {
            if (groupUri != null && !groupUri.isEmpty() && !h.group.uri.equals(groupUri)) {
                continue;
            }
            if (h.removed) {
                ObjectNode bay = target(targets, h);
                bay.putNull("serverHardwareName");
                bay.putNull("serverHardwareUri");
                bay.putNull("serverHardwareTypeName");
                bay.putNull("serverHardwareTypeUri");
                bay.putNull("powerState");
                bay.put("serverHardwareStatus", "Unknown");
                continue;
            }
            if (typeUri != null && !typeUri.isEmpty() && !h.type.uri.equals(typeUri)) {
                continue;
            }
            boolean own = profileUri != null && profileUri.equals(h.serverProfileUri);
            if (!h.state.equals("NoProfileApplied") && !own) {
                continue;
            }
            ObjectNode target = target(targets, h);
            target.put("serverHardwareName", h.name);
            target.put("serverHardwareUri", h.uri);
            target.put("serverHardwareTypeName", h.type.name);
            target.put("serverHardwareTypeUri", h.type.uri);
            target.put("powerState", h.powerState);
            target.put("serverHardwareStatus", h.status);
        }
        json.put("uri", request.pathAndQuery());
        json.put("category", "available-targets");
        String now = Json.timestamp(context.now());
        json.put("eTag", now);
        json.put("created", now);
        json.put("modified", now);
        return ApiResponse.ok(json);
    }

    private static ObjectNode target(ArrayNode targets, Hardware h) {
        ObjectNode target = targets.addObject();
        target.put("enclosureGroupName", h.group.name);
        target.put("enclosureGroupUri", h.group.uri);
        target.put("enclosureName", h.enclosureName);
        target.put("enclosureUri", h.enclosureUri);
        target.put("enclosureBay", h.bay);
        target.putArray("formFactor").add(h.type.formFactor);
        return target;
    }

    // ---------------------------------------------------------------- create

    private ApiResponse create(RequestContext context) throws ApiException {
        ObjectNode body = Json.parseObject(context.request().body());
        int api = context.apiVersion();
        Appliance.checkType(body, ApiTypes.serverProfile(api));
        String name = requireName(body);
        Hardware h = hardwareField(body);
        Template template = null;
        String templateUri = Json.text(body, "serverProfileTemplateUri");
        if (templateUri != null) {
            template = appliance.templateByUri(templateUri);
            if (template == null) {
                throw ApiException.badRequest(ErrorCodes.INVALID_RESOURCE_URI,
                        "The server profile template " + templateUri + " does not exist.");
            }
        }
        HardwareType type = typeField(body);
        EnclosureGroup group = groupField(body);
        if (h == null && (type == null || group == null)) {
            throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, "A profile without serverHardwareUri must have "
                    + "serverHardwareTypeUri and enclosureGroupUri.");
        }
        SimTask task = appliance.newTask(TaskKind.CREATE_PROFILE, "Create", context.userName(), "server-profiles",
                appliance.config.taskDuration());
        task.resourceName = name;
        task.runningStatus = "Creating server profile: " + name;
        task.completedStatus = "Created server profile: " + name;
        task.failedStatus = "Unable to create server profile: " + name;
        if (appliance.profileByName(name) != null) {
            task.fail(ErrorCodes.DUPLICATE_PROFILE_NAME, "A server profile named '" + name + "' already exists.");
        } else if (h != null) {
            checkAssignable(task, h, type, group, force(context, "ignoreServerHealth"));
        }
        if (task.errorCode != null) {
            appliance.submit(task);
            return Responses.accepted(context, task);
        }
        appliance.injectFault(task);

        String id = appliance.uuid();
        Profile p = new Profile(id, body.deepCopy());
        ObjectNode b = p.body;
        if (!b.hasNonNull("type")) {
            b.put("type", ApiTypes.serverProfile(api));
        }
        b.put("uri", p.uri);
        b.put("uuid", id);
        b.put("category", "server-profiles");
        b.put("serialNumber", appliance.nextSerialNumber());
        b.put("created", Json.timestamp(context.now()));
        b.put("status", "OK");
        if (!b.hasNonNull("description")) {
            b.put("description", "");
        }
        if (!b.hasNonNull("affinity")) {
            b.put("affinity", "Bay");
        }
        String compliance = Json.text(b, "templateCompliance");
        if (template != null && (compliance == null || compliance.equals("Unknown"))) {
            b.put("templateCompliance", "Compliant");
        } else if (compliance == null) {
            b.put("templateCompliance", "Unknown");
        }
        b.put("serverHardwareTypeUri", type != null ? type.uri : h.type.uri);
        b.put("enclosureGroupUri", group != null ? group.uri : h.group.uri);
        placeOn(b, h);
        b.put("serverHardwareReapplyState", "NotApplying");
        b.put("refreshState", "NotRefreshing");
        b.put("scopesUri", "/rest/scopes/resources" + p.uri);
        p.setState("Creating", true, task.uri);
        appliance.touch(p);
        appliance.profiles.put(id, p);
        task.resourceUri = p.uri;
        if (h != null) {
            h.state = "ApplyingProfile";
            h.serverProfileUri = p.uri;
            appliance.touch(h);
        }
        task.onSuccess = () -> {
            p.setState("Normal", false, null);
            appliance.touch(p);
            if (h != null) {
                h.state = "ProfileApplied";
                appliance.touch(h);
            }
        };
        task.onFailure = () -> {
            appliance.profiles.remove(id);
            if (h != null) {
                release(h);
            }
        };
        appliance.submit(task);
        return Responses.accepted(context, task);
    }

    private void checkAssignable(SimTask task, Hardware h, HardwareType type, EnclosureGroup group, boolean ignoreHealth) {
        if (!h.state.equals("NoProfileApplied")) {
            task.fail(ErrorCodes.PROFILE_ALREADY_EXISTS_IN_SERVER, "The server hardware " + h.name
                    + " already has a server profile or is being assigned one (state " + h.state + ").");
        } else if (!h.powerState.equals("Off")) {
            task.fail(ErrorCodes.SERVER_NOT_POWERED_OFF, "The server hardware " + h.name
                    + " must be powered off to apply a server profile; its powerState is " + h.powerState + ".");
        } else if (h.status.equals("Critical") && !ignoreHealth) {
            task.fail(ErrorCodes.SERVER_HARDWARE_CRITICAL, "The server hardware " + h.name
                    + " has status Critical; use force=ignoreServerHealth to apply a profile anyway.");
        } else if ((type != null && type != h.type) || (group != null && group != h.group)) {
            task.fail(ErrorCodes.SERVER_HARDWARE_MISMATCH, "The server hardware " + h.name + " has type "
                    + h.type.uri + " in enclosure group " + h.group.uri
                    + ", which does not match the profile's serverHardwareTypeUri or enclosureGroupUri.");
        }
    }

    private void release(Hardware h) {
        h.state = "NoProfileApplied";
        h.serverProfileUri = null;
        appliance.touch(h);
    }

    private static void placeOn(ObjectNode b, Hardware h) {
        if (h == null) {
            b.putNull("serverHardwareUri");
            b.putNull("enclosureUri");
            b.putNull("enclosureBay");
        } else {
            b.put("serverHardwareUri", h.uri);
            b.put("enclosureUri", h.enclosureUri);
            b.put("enclosureBay", h.bay);
        }
    }

    private static String requireName(JsonNode body) throws ApiException {
        String name = Json.text(body, "name");
        if (name == null || name.isBlank()) {
            throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, "The server profile name is required.");
        }
        return name;
    }

    private Hardware hardwareField(JsonNode body) throws ApiException {
        String uri = Json.text(body, "serverHardwareUri");
        if (uri == null) {
            return null;
        }
        Hardware h = appliance.hardwareByUri(uri);
        if (h == null || h.removed || !h.uri.equals(uri)) {
            throw ApiException.badRequest(ErrorCodes.INVALID_RESOURCE_URI, "The server hardware " + uri + " does not exist.");
        }
        return h;
    }

    private HardwareType typeField(JsonNode body) throws ApiException {
        String uri = Json.text(body, "serverHardwareTypeUri");
        if (uri == null) {
            return null;
        }
        HardwareType type = appliance.typeByUri(uri);
        if (type == null) {
            throw ApiException.badRequest(ErrorCodes.INVALID_RESOURCE_URI, "The server hardware type " + uri + " does not exist.");
        }
        return type;
    }

    private EnclosureGroup groupField(JsonNode body) throws ApiException {
        String uri = Json.text(body, "enclosureGroupUri");
        if (uri == null) {
            return null;
        }
        EnclosureGroup group = appliance.groupByUri(uri);
        if (group == null) {
            throw ApiException.badRequest(ErrorCodes.INVALID_RESOURCE_URI, "The enclosure group " + uri + " does not exist.");
        }
        return group;
    }

    /**
     * Whether the {@code force} query parameter contains {@code flag}, {@code all} or {@code true}.
     */
    private static boolean force(RequestContext context, String flag) {
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

    // ---------------------------------------------------------------- update

    private ApiResponse update(RequestContext context) throws ApiException {
        Profile p = profile(context);
        ObjectNode body = Json.parseObject(context.request().body());
        checkETag(context, p, Json.text(body, "eTag"), true);
        String uri = Json.text(body, "uri");
        if (uri != null && !uri.equals(p.uri)) {
            throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, "The body uri " + uri
                    + " does not match the request URI " + p.uri + ".");
        }
        return startUpdate(context, p, body);
    }

    private ApiResponse patch(RequestContext context) throws ApiException {
        Profile p = profile(context);
        JsonNode ops = Json.parse(context.request().body());
        if (ops.isObject()) {
            ArrayNode single = Json.array();
            single.add(ops);
            ops = single;
        }
        if (!ops.isArray() || ops.isEmpty()) {
            throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, "A PATCH body is a JSON array of operations.");
        }
        checkETag(context, p, null, false);
        ObjectNode updated = p.body.deepCopy();
        for (JsonNode op : ops) {
            String verb = Json.text(op, "op");
            String path = Json.text(op, "path");
            if (verb == null || path == null || !path.matches("/[A-Za-z][A-Za-z0-9]*")) {
                throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, "Unsupported PATCH operation " + op
                        + ": the simulator supports replace, add and remove of top-level fields (path \"/field\").");
            }
            String field = path.substring(1);
            if (READ_ONLY.contains(field)) {
                throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, "The field " + field + " is read-only.");
            }
            switch (verb.toLowerCase(Locale.ROOT)) {
                case "replace", "add" -> updated.set(field, op.has("value") ? op.get("value") : Json.NODES.nullNode());
                case "remove" -> updated.remove(field);
                default -> throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, "Unsupported PATCH op '" + verb + "'.");
            }
        }
        return startUpdate(context, p, updated);
    }

    private static void checkETag(RequestContext context, Profile p, String bodyETag, boolean required)
            throws ApiException {
        String ifMatch = context.request().header("if-match");
        String current = p.eTag();
        String given;
        if (ifMatch != null) {
            given = Responses.unquote(ifMatch);
            if (given.equals("*")) {
                return;
            }
        } else {
            given = bodyETag;
        }
        if (given == null) {
            if (!required) {
                return;
            }
            throw new ApiException(412, ErrorCodes.ETAG_MISMATCH, "The update carries no eTag.",
                    "Send the current eTag in the body or in an If-Match header (If-Match: * skips the check).",
                    "GET the resource, apply your changes to it and PUT it back.");
        }
        if (!given.equals(current)) {
            throw new ApiException(412, ErrorCodes.ETAG_MISMATCH,
                    "The resource was modified since it was read: eTag '" + given + "' does not match the current eTag '"
                            + current + "'.", "",
                    "GET the resource again, reapply your changes and retry.");
        }
    }

    private ApiResponse startUpdate(RequestContext context, Profile p, ObjectNode body) throws ApiException {
        if (p.inProgress()) {
            throw ApiException.conflict("The server profile " + p.name() + " is " + Json.text(p.body, "state")
                    + "; wait for its running task to finish.");
        }
        Appliance.checkType(body, Json.text(p.body, "type"));
        String name = requireName(body);
        Hardware oldH = appliance.hardwareByUri(p.hardwareUri());
        String newUri = Json.text(body, "serverHardwareUri");
        Hardware newH = oldH != null && oldH.uri.equals(newUri) ? oldH : hardwareField(body);
        HardwareType type = typeField(body);
        EnclosureGroup group = groupField(body);
        if (newH == null && (type == null || group == null)) {
            throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, "A profile without serverHardwareUri must have "
                    + "serverHardwareTypeUri and enclosureGroupUri.");
        }
        SimTask task = appliance.newTask(TaskKind.UPDATE_PROFILE, "Update", context.userName(), "server-profiles",
                appliance.config.taskDuration());
        task.resourceUri = p.uri;
        task.resourceName = p.name();
        task.resourceExists = true;
        task.runningStatus = "Updating server profile: " + name;
        task.completedStatus = "Updated server profile: " + name;
        task.failedStatus = "Unable to update server profile: " + p.name();
        boolean force = force(context, "ignoreServerHealth");
        Profile sameName = appliance.profileByName(name);
        if (sameName != null && sameName != p) {
            task.fail(ErrorCodes.DUPLICATE_PROFILE_NAME, "A server profile named '" + name + "' already exists.");
        } else if (newH != oldH) {
            if (newH != null) {
                checkAssignable(task, newH, type, group, force);
            }
            if (task.errorCode == null && oldH != null && !oldH.removed && !oldH.powerState.equals("Off") && !force) {
                task.fail(ErrorCodes.SERVER_NOT_POWERED_OFF, "The server hardware " + oldH.name
                        + " must be powered off to move its server profile; its powerState is " + oldH.powerState + ".");
            }
        } else if (newH != null && ((type != null && type != newH.type) || (group != null && group != newH.group))) {
            task.fail(ErrorCodes.SERVER_HARDWARE_MISMATCH, "The profile's serverHardwareTypeUri or enclosureGroupUri "
                    + "does not match the server hardware " + newH.name + ".");
        }
        if (task.errorCode != null) {
            appliance.submit(task);
            return Responses.accepted(context, task);
        }
        appliance.injectFault(task);

        ObjectNode updated = body.deepCopy();
        for (String field : READ_ONLY) {
            JsonNode current = p.body.get(field);
            if (current == null) {
                updated.remove(field);
            } else {
                updated.set(field, current.deepCopy());
            }
        }
        if (!updated.hasNonNull("type")) {
            updated.set("type", p.body.get("type"));
        }
        placeOn(updated, newH);
        updated.put("serverHardwareTypeUri", type != null ? type.uri : newH.type.uri);
        updated.put("enclosureGroupUri", group != null ? group.uri : newH.group.uri);
        p.setState("Updating", true, task.uri);
        appliance.touch(p);
        if (newH != oldH) {
            if (oldH != null) {
                oldH.state = "RemovingProfile";
                appliance.touch(oldH);
            }
            if (newH != null) {
                newH.state = "ApplyingProfile";
                newH.serverProfileUri = p.uri;
                appliance.touch(newH);
            }
        } else if (oldH != null) {
            oldH.state = "ApplyingProfile";
            appliance.touch(oldH);
        }
        task.onSuccess = () -> {
            p.body.removeAll();
            p.body.setAll(updated);
            p.setState("Normal", false, task.uri);
            appliance.touch(p);
            if (oldH != null && oldH != newH) {
                release(oldH);
            }
            if (newH != null) {
                newH.state = "ProfileApplied";
                newH.serverProfileUri = p.uri;
                appliance.touch(newH);
            }
        };
        task.onFailure = () -> {
            p.setState("Normal", false, task.uri);
            appliance.touch(p);
            if (newH != null && newH != oldH) {
                release(newH);
            }
            if (oldH != null) {
                oldH.state = "ProfileApplied";
                oldH.serverProfileUri = p.uri;
                appliance.touch(oldH);
            }
        };
        appliance.submit(task);
        return Responses.accepted(context, task);
    }

    // ---------------------------------------------------------------- delete

    private ApiResponse delete(RequestContext context) throws ApiException {
        Profile p = profile(context);
        if (p.inProgress()) {
            throw ApiException.conflict("The server profile " + p.name() + " is " + Json.text(p.body, "state")
                    + "; wait for its running task to finish.");
        }
        boolean force = force(context, "true");
        Hardware h = appliance.hardwareByUri(p.hardwareUri());
        SimTask task = appliance.newTask(TaskKind.DELETE_PROFILE, "Delete", context.userName(), "server-profiles",
                appliance.config.taskDuration());
        task.resourceUri = p.uri;
        task.resourceName = p.name();
        task.resourceExists = true;
        task.runningStatus = "Deleting server profile: " + p.name();
        task.completedStatus = "Deleted server profile: " + p.name();
        task.failedStatus = "Unable to delete server profile: " + p.name();
        if (h != null && !h.removed && !force && !h.powerState.equals("Off")) {
            task.fail(ErrorCodes.SERVER_NOT_POWERED_OFF, "The server hardware " + h.name
                    + " must be powered off to remove its server profile; its powerState is " + h.powerState + ".");
            appliance.submit(task);
            return Responses.accepted(context, task);
        }
        appliance.injectFault(task);
        p.setState("Deleting", true, task.uri);
        appliance.touch(p);
        if (h != null) {
            h.state = "RemovingProfile";
            appliance.touch(h);
        }
        task.onSuccess = () -> {
            appliance.profiles.remove(p.id);
            if (h != null) {
                release(h);
            }
        };
        task.onFailure = () -> {
            p.setState("Normal", false, task.uri);
            appliance.touch(p);
            if (h != null) {
                h.state = "ProfileApplied";
                appliance.touch(h);
            }
        };
        appliance.submit(task);
        return Responses.accepted(context, task);
    }
}
