package io.infrakit.oneview.metrics;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a label's cardinality bounded: the first {@code max} distinct values pass as they are, any later one becomes
 * {@link #OTHER}. For values that come from outside the code (paths an appliance sends back, groups callers name).
 */
final class BoundedLabel {

    /** The value every value past the bound is reported as. */
    static final String OTHER = "_other";

    private final int max;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    BoundedLabel(int max) {
        this.max = max;
    }

    String of(String value) {
        if (seen.contains(value)) {
            return value;
        }
        synchronized (this) {
            if (seen.size() < max) {
                seen.add(value);
                return value;
            }
        }
        return OTHER;
    }
}
