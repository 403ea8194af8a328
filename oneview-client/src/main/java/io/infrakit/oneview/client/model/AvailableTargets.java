package io.infrakit.oneview.client.model;

import java.util.List;
import java.util.Objects;

/**
 * The answer of {@code GET /rest/server-profiles/available-targets}.
 *
 * @param json the whole answer
 */
public record AvailableTargets(ResourceJson json) implements OneViewResource {

    /**
     * Wraps the JSON.
     *
     * @param json see the record component
     */
    public AvailableTargets {
        Objects.requireNonNull(json, "json");
    }

    /**
     * Parses JSON text.
     *
     * @param json JSON object text
     * @return the view
     * @throws IllegalArgumentException if the text is not a JSON object
     */
    public static AvailableTargets fromJson(String json) {
        return new AvailableTargets(ResourceJson.parse(json));
    }

    /**
     * @return every target, empty bays included
     */
    public List<AvailableTarget> targets() {
        return json.objects("targets").stream().map(AvailableTarget::new).toList();
    }

    /**
     * @return the targets that are servers (empty bays left out)
     */
    public List<AvailableTarget> servers() {
        return targets().stream().filter(t -> !t.isEmptyBay()).toList();
    }
}
