package io.infrakit.oneview.simulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a server last received from an OS deployment: the plan and the custom attribute values the plan scripts ran
 * with, in the plan's order ({@link ServerState#osDeployment()}, {@code GET /admin/servers}). Only attributes that
 * were set (by the template or the profile, the profile winning) are listed: the appliance fills in no plan
 * defaults (reference §3.3).
 *
 * @param planName    the plan's name, e.g. {@code "InfraKit Linux"}
 * @param planUri     {@code /rest/os-deployment-plans/{id}}
 * @param attributes  attribute name to value, as deployed (passwords and scripts included: this is a test view)
 * @param osVolumeUri the OS volume, {@code /rest/deployed-targets/{id}} (the profile's {@code osVolumeUri})
 */
public record OsDeployment(String planName, String planUri, Map<String, String> attributes, String osVolumeUri) {

    /**
     * Validates and copies the components, keeping the attributes' order.
     *
     * @param planName    not null
     * @param planUri     not null
     * @param attributes  not null, no null names or values
     * @param osVolumeUri not null
     */
    public OsDeployment {
        Objects.requireNonNull(planName, "planName");
        Objects.requireNonNull(planUri, "planUri");
        Objects.requireNonNull(osVolumeUri, "osVolumeUri");
        Map<String, String> copy = new LinkedHashMap<>();
        Objects.requireNonNull(attributes, "attributes").forEach((k, v) -> copy.put(Objects.requireNonNull(k),
                Objects.requireNonNull(v)));
        attributes = Collections.unmodifiableMap(copy);
    }
}
