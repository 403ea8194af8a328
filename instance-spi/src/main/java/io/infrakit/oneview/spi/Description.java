package io.infrakit.oneview.spi;

import java.util.Objects;
import java.util.SortedMap;

/**
 * One instance as reported by {@code Instance.DescribeInstances}.
 *
 * @param id         the instance ID; never null
 * @param logicalId  the logical ID, or null
 * @param tags       the instance's tags, immutable and sorted
 * @param properties what the plugin knows about the instance, or null when properties were not asked for
 *                   (the wire then omits the key)
 */
public record Description(String id, String logicalId, SortedMap<String, String> tags, RawJson properties) {
    /** @throws NullPointerException if {@code id} is null */
    public Description {
        Objects.requireNonNull(id, "id");
        tags = Tags.copyOf(tags);
    }
}
