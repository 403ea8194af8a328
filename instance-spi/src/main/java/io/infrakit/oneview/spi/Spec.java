package io.infrakit.oneview.spi;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What InfraKit asks an instance plugin to provision: the {@code Spec} of {@code Instance.Provision}.
 *
 * @param properties  the group's {@code Instance.Properties}, opaque; {@link RawJson#NULL} when absent
 * @param tags        tags to put on the instance (the group's {@code infrakit.*} tags and the flavor's);
 *                    immutable and sorted
 * @param init        the boot script; empty when none
 * @param logicalId   the logical ID (quorum groups); null when the spec has none
 * @param attachments attachments; null when the request carried {@code null}, as Go's client sends it
 */
public record Spec(RawJson properties, SortedMap<String, String> tags, String init, String logicalId,
                   List<Attachment> attachments) {

    /** Normalises nulls: properties become {@link RawJson#NULL}, tags an empty map, init an empty string. */
    public Spec {
        properties = properties == null ? RawJson.NULL : properties;
        tags = Tags.copyOf(tags);
        init = init == null ? "" : init;
        attachments = attachments == null ? null : List.copyOf(attachments);
    }

    /**
     * A spec with only properties and tags, as tests and simple callers need.
     *
     * @param properties the properties
     * @param tags       the tags
     * @return the spec, with no init, logical ID or attachments
     */
    public static Spec of(RawJson properties, Map<String, String> tags) {
        return new Spec(properties, Tags.copyOf(tags), "", null, null);
    }

    /**
     * @param newTags the tags to use
     * @return this spec with its tags replaced
     */
    public Spec withTags(Map<String, String> newTags) {
        return new Spec(properties, Tags.copyOf(newTags), init, logicalId, attachments);
    }

    /**
     * @param id the logical ID, or null
     * @return this spec with its logical ID replaced
     */
    public Spec withLogicalId(String id) {
        return new Spec(properties, tags, init, id, attachments);
    }
}
