package io.infrakit.oneview.client.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.infrakit.oneview.client.error.ErrorMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A OneView task ({@code /rest/tasks}).
 *
 * @param json the whole task JSON
 */
public record Task(ResourceJson json) implements OneViewResource {

    /**
     * Wraps a task JSON.
     *
     * @param json see the record component
     */
    public Task {
        Objects.requireNonNull(json, "json");
    }

    /**
     * Parses task JSON text.
     *
     * @param json JSON object text
     * @return the view
     * @throws IllegalArgumentException if the text is not a JSON object
     */
    public static Task fromJson(String json) {
        return new Task(ResourceJson.parse(json));
    }

    /**
     * @return the task state; {@link TaskState#UNKNOWN} when absent or not recognised
     */
    public TaskState taskState() {
        return TaskState.fromValue(json.text("taskState"));
    }

    /**
     * @return the {@code taskState} exactly as sent, or {@code null}
     */
    public String taskStateText() {
        return json.text("taskState");
    }

    /**
     * @return the percentage (informational only), or {@code null}
     */
    public Integer percentComplete() {
        return json.integer("percentComplete");
    }

    /**
     * @return the status message, e.g. {@code Unable to create server profile: web01}
     */
    public String taskStatus() {
        return json.text("taskStatus");
    }

    /**
     * @return the reason for the state, e.g. {@code ValidationError}
     */
    public String stateReason() {
        return json.text("stateReason");
    }

    /**
     * @return the URI of the resource the task works on (null until known, e.g. just after a create)
     */
    public String associatedResourceUri() {
        return json.text("associatedResource", "resourceUri");
    }

    /**
     * @return the errors reported by the task (empty when none)
     */
    public List<ErrorMessage> taskErrors() {
        JsonNode errors = json.get("taskErrors");
        if (errors == null || !errors.isArray()) {
            return List.of();
        }
        List<ErrorMessage> result = new ArrayList<>();
        errors.forEach(e -> result.add(ErrorMessages.fromNode(e)));
        return List.copyOf(result);
    }
}
