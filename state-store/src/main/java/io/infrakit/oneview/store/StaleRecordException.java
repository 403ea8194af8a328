package io.infrakit.oneview.store;

import java.util.List;

/** A commit was refused because a record was not what a write expected; nothing of the commit was applied. */
public class StaleRecordException extends StateStoreException {

    private final List<String> keys;

    /**
     * @param location the store, for the message
     * @param keys     the keys whose expectation did not hold (all the commit's keys when the store cannot tell)
     */
    public StaleRecordException(String location, List<String> keys) {
        super("the state in " + location + " changed since it was read (record" + (keys.size() == 1 ? " " : "s ")
                + String.join(", ", keys) + ")");
        this.keys = List.copyOf(keys);
    }

    /** @return the keys whose expectation did not hold */
    public List<String> keys() {
        return keys;
    }
}
