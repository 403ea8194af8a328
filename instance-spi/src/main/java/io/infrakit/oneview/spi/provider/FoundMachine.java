package io.infrakit.oneview.spi.provider;

import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Tags;
import java.util.Objects;
import java.util.SortedMap;

/**
 * A machine {@link MachineDiscovery#findMachines()} found on the backend.
 *
 * @param machine    the machine, for the instance ID its mark names (stored as {@link Machine#data()}; never a secret)
 * @param tags       the instance's tags as the mark records them
 * @param logicalId  the instance's logical ID as the mark records it, or null
 * @param properties what is known of the instance properties it was made with (for example the template's name),
 *                   stored as the rebuilt spec's properties; {@link RawJson#NULL} when nothing is
 * @param where      where it was found, for reports ("server profile web-42 (/rest/server-profiles/..) on
 *                   https://ov")
 */
public record FoundMachine(Machine machine, SortedMap<String, String> tags, String logicalId, RawJson properties,
                           String where) {

    /** Copies the tags. */
    public FoundMachine {
        Objects.requireNonNull(machine, "machine");
        tags = Tags.copyOf(tags);
        properties = properties == null ? RawJson.NULL : properties;
        Objects.requireNonNull(where, "where");
    }

    /** @return the instance ID */
    public String instanceId() {
        return machine.instanceId();
    }
}
