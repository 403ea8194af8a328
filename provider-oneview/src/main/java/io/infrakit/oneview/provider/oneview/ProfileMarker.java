package io.infrakit.oneview.provider.oneview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The mark this plugin leaves in the {@code description} of every server profile it makes, so that it can
 * recognise its own profiles later (health, crash recovery, rebuilding a lost state): {@value #PREFIX} followed by
 * compact JSON, e.g.
 * {@code infrakit:{"owner":"instance-oneview","instance":"instance-42","logical":"10.0.0.2","tags":{"infrakit.group":"workers"}}}
 * ({@code logical} only when the instance has a logical ID).
 *
 * <p>The description is kept within {@value #MAX_LENGTH} characters: when the tags do not fit, only the
 * {@code infrakit.*} tags are kept, and then none (the owner, the instance ID and the logical ID always are).
 *
 * @param owner      the plugin that made the profile ({@link ProviderSettings#owner()})
 * @param instanceId the InfraKit instance ID
 * @param logicalId  the instance's logical ID, or null
 * @param tags       the instance's tags (possibly trimmed)
 */
public record ProfileMarker(String owner, String instanceId, String logicalId, Map<String, String> tags) {

    /** What every marked description starts with. */
    public static final String PREFIX = "infrakit:";
    /** The longest description written. */
    public static final int MAX_LENGTH = 255;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * A marker without a logical ID.
     *
     * @param owner      the owner
     * @param instanceId the instance ID
     * @param tags       the tags
     */
    public ProfileMarker(String owner, String instanceId, Map<String, String> tags) {
        this(owner, instanceId, null, tags);
    }

    /** Copies the tags. */
    public ProfileMarker {
        tags = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(tags));
    }

    /**
     * @param owner         the owner
     * @param instanceId    the instance ID
     * @return whether this marker names that owner and instance
     */
    boolean names(String owner, String instanceId) {
        return this.owner.equals(owner) && this.instanceId.equals(instanceId);
    }

    /** @return the description text */
    public String toDescription() {
        String full = render(new TreeMap<>(tags));
        if (full.length() <= MAX_LENGTH) {
            return full;
        }
        SortedMap<String, String> infrakit = new TreeMap<>();
        tags.forEach((k, v) -> {
            if (k.startsWith("infrakit.")) {
                infrakit.put(k, v);
            }
        });
        String reduced = render(infrakit);
        return reduced.length() <= MAX_LENGTH ? reduced : render(new TreeMap<>());
    }

    private String render(SortedMap<String, String> t) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("owner", owner);
        json.put("instance", instanceId);
        if (logicalId != null) {
            json.put("logical", logicalId);
        }
        ObjectNode tagsJson = json.putObject("tags");
        t.forEach(tagsJson::put);
        try {
            return PREFIX + MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param description a profile's description (may be null)
     * @return the marker, when the description is one
     */
    public static Optional<ProfileMarker> parse(String description) {
        if (description == null || !description.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            JsonNode json = MAPPER.readTree(description.substring(PREFIX.length()));
            if (json == null || !json.isObject() || !json.path("owner").isTextual()
                    || !json.path("instance").isTextual()) {
                return Optional.empty();
            }
            SortedMap<String, String> tags = new TreeMap<>();
            JsonNode t = json.get("tags");
            if (t != null && t.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = t.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    tags.put(e.getKey(), e.getValue().asText());
                }
            }
            JsonNode logical = json.get("logical");
            return Optional.of(new ProfileMarker(json.get("owner").asText(), json.get("instance").asText(),
                    logical != null && logical.isTextual() ? logical.asText() : null, tags));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
