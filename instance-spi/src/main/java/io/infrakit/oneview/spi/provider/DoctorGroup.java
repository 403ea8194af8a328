package io.infrakit.oneview.spi.provider;

import io.infrakit.oneview.spi.RawJson;
import java.util.Objects;

/**
 * A group that uses this plugin, as {@code doctor --group FILE} found it in an InfraKit Group JSON: what the
 * provider will be asked to provision.
 *
 * @param groupId    the group's {@code ID}
 * @param properties the group's {@code Instance.Properties}, as written ({@link RawJson#NULL} when absent)
 */
public record DoctorGroup(String groupId, RawJson properties) {

    /** @throws NullPointerException when a component is null */
    public DoctorGroup {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(properties, "properties");
    }
}
