package io.infrakit.oneview.client.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.infrakit.oneview.client.error.ErrorMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads OneView {@code ErrorMessage} objects from JSON trees.
 */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    /**
     * Converts an ErrorMessage JSON object; missing fields become {@code null} or empty lists.
     *
     * @param node the JSON (an object; anything else gives an error message holding its text)
     * @return the error message
     */
    public static ErrorMessage fromNode(JsonNode node) {
        if (node == null || !node.isObject()) {
            String text = node == null ? "" : node.toString();
            return ErrorMessage.ofText(text, text);
        }
        List<String> actions = new ArrayList<>();
        JsonNode ra = node.get("recommendedActions");
        if (ra != null && ra.isArray()) {
            ra.forEach(a -> actions.add(a.asText()));
        }
        List<ErrorMessage> nested = new ArrayList<>();
        JsonNode ne = node.get("nestedErrors");
        if (ne != null && ne.isArray()) {
            ne.forEach(n -> nested.add(fromNode(n)));
        }
        JsonNode source = node.get("errorSource");
        String errorSource = source == null || source.isNull() ? null
                : source.isValueNode() ? source.asText() : source.toString();
        return new ErrorMessage(ResourceJson.textOf(node.get("errorCode")), ResourceJson.textOf(node.get("message")),
                ResourceJson.textOf(node.get("details")), actions, errorSource, nested, node.toString());
    }
}
