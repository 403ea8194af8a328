package io.infrakit.oneview.client.error;

import java.util.List;
import java.util.Objects;

/**
 * A OneView {@code ErrorMessage}: the body of every 4xx/5xx answer and the element type of a task's
 * {@code taskErrors}.
 *
 * @param errorCode          stable machine-readable code (e.g. {@code GENERIC_HTTP_404}); may be {@code null}
 * @param message            human-readable message; may be {@code null}
 * @param details            further details; may be {@code null}
 * @param recommendedActions what the appliance recommends doing; never {@code null}
 * @param errorSource        the resource or attribute at fault, as text; may be {@code null}
 * @param nestedErrors       nested error messages; never {@code null}
 * @param rawJson            the whole error object as compact JSON text, or the raw body when it was not JSON;
 *                           may be empty
 */
public record ErrorMessage(String errorCode, String message, String details, List<String> recommendedActions,
                           String errorSource, List<ErrorMessage> nestedErrors, String rawJson) {

    /**
     * Creates an error message, copying the lists.
     *
     * @param errorCode see the record component
     * @param message see the record component
     * @param details see the record component
     * @param recommendedActions see the record component
     * @param errorSource see the record component
     * @param nestedErrors see the record component
     * @param rawJson see the record component
     */
    public ErrorMessage {
        recommendedActions = List.copyOf(Objects.requireNonNullElse(recommendedActions, List.of()));
        nestedErrors = List.copyOf(Objects.requireNonNullElse(nestedErrors, List.of()));
        rawJson = Objects.requireNonNullElse(rawJson, "");
    }

    /**
     * An error message carrying only a text, used when the appliance sent no parsable ErrorMessage.
     *
     * @param message the text
     * @param raw     the raw body (possibly empty)
     * @return the error message
     */
    public static ErrorMessage ofText(String message, String raw) {
        return new ErrorMessage(null, message, null, List.of(), null, List.of(), raw);
    }

    /**
     * A one-line summary: {@code errorCode: message (details) Recommended: ...}, leaving out absent parts.
     *
     * @return the summary
     */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        if (errorCode != null && !errorCode.isBlank()) {
            sb.append(errorCode);
        }
        if (message != null && !message.isBlank()) {
            if (sb.length() > 0) {
                sb.append(": ");
            }
            sb.append(message.strip());
        }
        if (details != null && !details.isBlank() && !details.equals(message)) {
            sb.append(" (").append(details.strip()).append(')');
        }
        if (!recommendedActions.isEmpty()) {
            sb.append(" Recommended: ").append(String.join(" ", recommendedActions));
        }
        for (ErrorMessage nested : nestedErrors) {
            sb.append(" [nested: ").append(nested.summary()).append(']');
        }
        return sb.length() == 0 ? "(no error details)" : sb.toString();
    }
}
