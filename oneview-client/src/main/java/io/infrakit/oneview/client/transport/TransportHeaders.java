package io.infrakit.oneview.client.transport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Immutable HTTP header fields in the order they were added. Names compare case-insensitively (as in HTTP); a name
 * may carry several values. Names must be HTTP tokens and values must not contain a line break or another control
 * character except tab, so that no header can smuggle another one onto the wire.
 *
 * <p>{@link #toString()} shows the names only: values such as {@code Auth} carry session tokens.
 */
public final class TransportHeaders {
    private static final TransportHeaders EMPTY = new TransportHeaders(List.of());

    private final List<Map.Entry<String, String>> entries;

    private TransportHeaders(List<Map.Entry<String, String>> entries) {
        this.entries = entries;
    }

    /**
     * @return no headers
     */
    public static TransportHeaders empty() {
        return EMPTY;
    }

    /**
     * @return a builder of headers
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param name a header name, any case
     * @return the first value of the header, or {@code null} when absent
     */
    public String first(String name) {
        for (Map.Entry<String, String> e : entries) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * @param name a header name, any case
     * @return every value of the header in order, empty when absent
     */
    public List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> e : entries) {
            if (e.getKey().equalsIgnoreCase(name)) {
                values.add(e.getValue());
            }
        }
        return List.copyOf(values);
    }

    /**
     * @param name a header name, any case
     * @return whether the header is present
     */
    public boolean contains(String name) {
        return first(name) != null;
    }

    /**
     * @return the names, each once (with the spelling of its first occurrence), in order
     */
    public Set<String> names() {
        Set<String> lower = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (Map.Entry<String, String> e : entries) {
            if (lower.add(e.getKey().toLowerCase(Locale.ROOT))) {
                names.add(e.getKey());
            }
        }
        return Collections.unmodifiableSet(names);
    }

    /**
     * @return every name and value, in order (a name with several values appears several times)
     */
    public List<Map.Entry<String, String>> entries() {
        return entries;
    }

    /**
     * @return how many name-value pairs there are
     */
    public int size() {
        return entries.size();
    }

    /**
     * @return a builder holding these headers
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.entries.addAll(entries);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransportHeaders other && normalised().equals(other.normalised());
    }

    @Override
    public int hashCode() {
        return normalised().hashCode();
    }

    private List<Map.Entry<String, String>> normalised() {
        return entries.stream().map(e -> Map.entry(e.getKey().toLowerCase(Locale.ROOT), e.getValue())).toList();
    }

    /**
     * @return the header names, never their values
     */
    @Override
    public String toString() {
        return "TransportHeaders" + names();
    }

    /**
     * Builds {@link TransportHeaders}. Not thread-safe.
     */
    public static final class Builder {
        private final List<Map.Entry<String, String>> entries = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a value, keeping values already given for the name.
         *
         * @param name  an HTTP token
         * @param value the value (no line break, no control character but tab)
         * @return this builder
         * @throws IllegalArgumentException when the name is not a token or the value holds a forbidden character
         */
        public Builder add(String name, String value) {
            entries.add(Map.entry(checkName(name), checkValue(name, value)));
            return this;
        }

        /**
         * Sets the only value of a header, replacing any values given for the name (any case).
         *
         * @param name  an HTTP token
         * @param value the value
         * @return this builder
         * @throws IllegalArgumentException as for {@link #add}
         */
        public Builder set(String name, String value) {
            remove(name);
            return add(name, value);
        }

        /**
         * Removes every value of a header.
         *
         * @param name a header name, any case
         * @return this builder
         */
        public Builder remove(String name) {
            entries.removeIf(e -> e.getKey().equalsIgnoreCase(name));
            return this;
        }

        /**
         * @return the headers
         */
        public TransportHeaders build() {
            return entries.isEmpty() ? EMPTY : new TransportHeaders(List.copyOf(entries));
        }

        private static String checkName(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("A header name must not be empty");
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                boolean token = c > 0x20 && c < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
                if (!token) {
                    throw new IllegalArgumentException("'" + name + "' is not a valid header name (character "
                            + (int) c + " at " + i + ")");
                }
            }
            return name;
        }

        private static String checkValue(String name, String value) {
            Objects.requireNonNull(value, "value of header " + name);
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if ((c < 0x20 && c != '\t') || c == 0x7f) {
                    // never echo the value: it may be a token or a password
                    throw new IllegalArgumentException("The value of header " + name + " holds control character "
                            + (int) c + " at " + i + " (line breaks would start a new header)");
                }
            }
            return value;
        }
    }
}
