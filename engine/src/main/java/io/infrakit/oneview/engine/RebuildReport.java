package io.infrakit.oneview.engine;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What {@link ProviderInstancePlugin#rebuildState(boolean)} did.
 *
 * @param outcome         rebuilt, refused because the state was not empty, or refused because the backend is
 *                        ambiguous
 * @param adopted         the instance IDs recorded as active instances, in the order found
 * @param alreadyKnown    the IDs found that the state already held (left as they were)
 * @param conflicts       for each ID that several machines claim, where they were found (nothing was adopted)
 * @param instancesBefore how many instances the state held before
 */
public record RebuildReport(Outcome outcome, List<String> adopted, List<String> alreadyKnown,
                           Map<String, List<String>> conflicts, int instancesBefore) {

    /** How a rebuild ended. */
    public enum Outcome {
        /** Every machine found that the state did not hold is now an active instance. */
        REBUILT,
        /** The state holds instances and adopting into it was not asked for: nothing was adopted. */
        STATE_NOT_EMPTY,
        /** Several machines claim one instance ID: nothing was adopted. */
        AMBIGUOUS
    }

    /** Copies the collections. */
    public RebuildReport {
        adopted = List.copyOf(adopted);
        alreadyKnown = List.copyOf(alreadyKnown);
        conflicts = java.util.Collections.unmodifiableMap(new TreeMap<>(conflicts));
    }

    /** @return whether the state is as the backend says (nothing was refused) */
    public boolean succeeded() {
        return outcome == Outcome.REBUILT;
    }

    /** @return a report for people, several lines */
    public String summary() {
        return switch (outcome) {
            case REBUILT -> "rebuilt the state: " + adopted.size() + " instance" + (adopted.size() == 1 ? "" : "s")
                    + " adopted" + (adopted.isEmpty() ? "" : " (" + String.join(", ", adopted) + ")")
                    + (alreadyKnown.isEmpty() ? "" : "; " + alreadyKnown.size() + " already in the state");
            case STATE_NOT_EMPTY -> "the state already holds " + instancesBefore + " instance"
                    + (instancesBefore == 1 ? "" : "s") + "; nothing was adopted (pass --rebuild-merge to add the "
                    + "machines it does not hold)";
            case AMBIGUOUS -> "nothing was adopted: several machines claim the same instance ID; remove or rename "
                    + "the extra ones, then run rebuild-state again:\n" + conflicts.entrySet().stream()
                    .map(e -> "  " + e.getKey() + ": " + String.join("; ", e.getValue()))
                    .collect(Collectors.joining("\n"));
        };
    }
}
