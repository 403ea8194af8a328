package io.infrakit.oneview.store;

import java.util.Objects;

/**
 * One change of a {@link Commit}: put a value under a key, or delete the key, if its {@link Expect expectation}
 * holds.
 *
 * @param key    the record's key: 1 to {@value #MAX_KEY_LENGTH} characters, none of them a control character
 * @param value  the new value, or null to delete the record
 * @param expect what the record must be for the commit to apply
 */
public record Write(String key, String value, Expect expect) {

    /** The longest key a store must accept. */
    public static final int MAX_KEY_LENGTH = 512;

    /** @throws IllegalArgumentException for an empty, over-long or control-character key */
    public Write {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(expect, "expect");
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("a record key has 1 to " + MAX_KEY_LENGTH + " characters, got "
                    + key.length());
        }
        for (int i = 0; i < key.length(); i++) {
            if (Character.isISOControl(key.charAt(i))) {
                throw new IllegalArgumentException("a record key may not contain control characters (at index " + i
                        + ")");
            }
        }
    }

    /**
     * @param key    the key
     * @param value  the new value
     * @param expect what the record must be
     * @return a write that puts the value
     */
    public static Write put(String key, String value, Expect expect) {
        return new Write(key, Objects.requireNonNull(value, "value"), expect);
    }

    /**
     * @param key    the key
     * @param expect what the record must be
     * @return a write that deletes the record
     */
    public static Write delete(String key, Expect expect) {
        return new Write(key, null, expect);
    }

    /** @return whether this write deletes its record */
    public boolean isDelete() {
        return value == null;
    }
}
