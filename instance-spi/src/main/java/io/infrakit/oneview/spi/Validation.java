package io.infrakit.oneview.spi;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of validating properties that were not refused: complete, or with what could not be checked (for
 * example because the backend was unreachable), each a sentence meant for the user. InfraKit's own clients read
 * only {@code OK} from the reply; the plugin also sends these as {@code Unchecked}, which Go decoders ignore.
 *
 * @param unchecked what was not checked; empty when the validation is complete
 */
public record Validation(List<String> unchecked) {

    /** Everything was checked. */
    public static final Validation COMPLETE = new Validation(List.of());

    /**
     * @param unchecked what was not checked
     */
    public Validation {
        unchecked = List.copyOf(Objects.requireNonNull(unchecked, "unchecked"));
    }

    /**
     * @param what what could not be checked, and why
     * @return a validation that names it
     */
    public static Validation unchecked(String what) {
        return new Validation(List.of(what));
    }

    /** @return true when everything was checked */
    public boolean complete() {
        return unchecked.isEmpty();
    }
}
