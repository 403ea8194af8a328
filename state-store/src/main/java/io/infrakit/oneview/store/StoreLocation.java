package io.infrakit.oneview.store;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a store keeps the state, as given to {@code --state}: a path (the file store), or {@code scheme:rest}
 * ({@code file:/var/lib/state.json}, {@code etcd://10.0.0.1:2379/infrakit/instance-oneview?tls=true},
 * {@code memory:}).
 *
 * @param scheme      the scheme, lower case
 * @param rest        what follows {@code scheme:}, as given
 * @param environment the process environment, for stores that read a secret from a variable the location names
 */
public record StoreLocation(String scheme, String rest, Map<String, String> environment) {

    /** Schemes have two characters at least, so that a Windows path such as {@code C:\state.json} stays a path. */
    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]+):(.*)", Pattern.DOTALL);

    /** Copies the environment. */
    public StoreLocation {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(rest, "rest");
        environment = Map.copyOf(environment);
    }

    /**
     * @param text        a path or a {@code scheme:...} location
     * @param environment the process environment
     * @return the location: {@code file} with the text as the path when it has no scheme
     * @throws IllegalArgumentException when the text is empty
     */
    public static StoreLocation parse(String text, Map<String, String> environment) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("the state location is empty; give a path, file:PATH or etcd://...");
        }
        var m = SCHEME.matcher(text);
        if (m.matches()) {
            return new StoreLocation(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2), environment);
        }
        return new StoreLocation("file", text, environment);
    }

    @Override
    public String toString() {
        return scheme + ":" + rest;
    }
}
