package io.infrakit.oneview.simulator;

import java.util.Objects;

/**
 * One bay of the generated inventory that starts in a {@link ServerCondition}.
 *
 * @param server    the blade's name, {@code "<enclosure>, bay <n>"} (e.g. {@code "Encl1, bay 1"})
 * @param condition what is special about it
 */
public record ConditionSpec(String server, ServerCondition condition) {

    /**
     * Validates the components.
     *
     * @param server    the blade's name, not blank
     * @param condition the condition
     * @throws IllegalArgumentException when the name is blank
     */
    public ConditionSpec {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(condition, "condition");
        if (server.isBlank()) {
            throw new IllegalArgumentException("condition " + condition + ": the server name must not be blank");
        }
    }
}
