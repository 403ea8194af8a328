package io.infrakit.oneview.metrics;

import java.util.Map;

/** Names an appliance task by the request that started it: a fixed set of kinds, {@code other} for the rest. */
final class TaskKinds {

    private static final Map<String, String> KINDS = Map.of(
            "POST /rest/server-profiles", "profile_create",
            "PUT /rest/server-profiles/{id}", "profile_update",
            "PATCH /rest/server-profiles/{id}", "profile_update",
            "DELETE /rest/server-profiles/{id}", "profile_delete",
            "PUT /rest/server-hardware/{id}/powerState", "power");

    private TaskKinds() {
    }

    /**
     * @param method       the request's method, empty when unknown
     * @param pathTemplate its path template
     * @return the kind
     */
    static String of(String method, String pathTemplate) {
        return KINDS.getOrDefault(method + " " + pathTemplate, "other");
    }
}
