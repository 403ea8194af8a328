package io.infrakit.oneview.client;

import io.infrakit.oneview.client.model.AvailableTargets;
import io.infrakit.oneview.client.model.ResourceJson;
import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.client.query.ListOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * {@link ServerProfileApi} over the engine.
 */
final class ServerProfileApiImpl extends CollectionSupport<ServerProfile> implements ServerProfileApi {

    ServerProfileApiImpl(RestEngine engine) {
        super(engine, "/rest/server-profiles", "server profile", ServerProfile::new);
    }

    @Override
    public TaskHandle create(ServerProfile profile, CreateForce... force) {
        Objects.requireNonNull(profile, "profile");
        String path = collection;
        if (force != null && force.length > 0) {
            path += "?force=" + ListOptions.encode(Arrays.stream(force).map(CreateForce::value).distinct()
                    .collect(Collectors.joining(",")));
        }
        return async(new RestRequest("POST", path, profile.json().toObjectNode(), Map.of(), true));
    }

    @Override
    public TaskHandle update(ServerProfile profile, UpdateOptions options) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(options, "options");
        if (profile.uri() == null) {
            throw new IllegalArgumentException("The profile to update has no 'uri'; read it from the appliance first");
        }
        String path = path(profile.uri()) + (options.force() ? "?force=true" : "");
        Map<String, String> headers = new LinkedHashMap<>();
        if (options.ifMatch() == UpdateOptions.IfMatch.ANY) {
            headers.put("If-Match", "*");
        } else if (options.ifMatch() == UpdateOptions.IfMatch.ETAG && profile.eTag() != null) {
            headers.put("If-Match", profile.eTag());
        }
        return async(new RestRequest("PUT", path, profile.json().toObjectNode(), headers, true));
    }

    @Override
    public TaskHandle delete(String uriOrId, boolean force) {
        return async(new RestRequest("DELETE", path(uriOrId) + (force ? "?force=true" : ""), null, Map.of(), true));
    }

    @Override
    public AvailableTargets availableTargets(String enclosureGroupUri, String serverHardwareTypeUri) {
        List<String> params = new ArrayList<>();
        if (enclosureGroupUri != null) {
            params.add("enclosureGroupUri=" + ListOptions.encode(enclosureGroupUri));
        }
        if (serverHardwareTypeUri != null) {
            params.add("serverHardwareTypeUri=" + ListOptions.encode(serverHardwareTypeUri));
        }
        String path = collection + "/available-targets" + (params.isEmpty() ? "" : "?" + String.join("&", params));
        return new AvailableTargets(ResourceJson.of(engine.getObject(path)));
    }

    private TaskHandle async(RestRequest request) {
        return TaskHandle.fromResponse(engine, request, engine.execute(request));
    }
}
