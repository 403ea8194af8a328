package io.infrakit.oneview.store.etcd;

import io.infrakit.oneview.store.StoreLocation;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@code etcd://HOST:PORT[,HOST:PORT...]/PREFIX[?OPTIONS]} location, parsed. Options, {@code &}-separated:
 *
 * <ul>
 *   <li>{@code tls=true}: talk HTTPS (implied by {@code ca}, {@code cert}); {@code ca=PEM}: the CAs to trust
 *       instead of the JVM's; {@code cert=PEM} and {@code key=PEM}: a client certificate and its PKCS#8 key;</li>
 *   <li>{@code user=NAME} with {@code password-file=FILE} or {@code password-env=VARIABLE}: etcd authentication. The
 *       password itself is never part of the location (command lines are visible to every user);</li>
 *   <li>{@code lease-ttl=10s}: how long a replica's session outlives its last keep-alive;
 *       {@code timeout=5s}: the longest wait for one etcd request; {@code max-txn-ops=128}: etcd's
 *       {@code --max-txn-ops}.</li>
 * </ul>
 *
 * @param endpoints   the members' base URIs ({@code http://host:port} or {@code https://...})
 * @param prefix      the key prefix, starting with {@code /}, without a trailing {@code /}
 * @param caBundle    the CA bundle, or null for the JVM's trust store
 * @param clientCert  the client certificate, or null
 * @param clientKey   the client key, or null
 * @param user        the etcd user, or null
 * @param password    the password read from the file or the variable, or null; never printed ({@link #toString()}
 *                    shows the endpoints and the prefix only)
 * @param leaseTtl    the session lease's time to live
 * @param timeout     the longest wait for one request
 * @param maxTxnOps   the most operations etcd accepts in one transaction
 */
record EtcdLocation(List<URI> endpoints, String prefix, Path caBundle, Path clientCert, Path clientKey, String user,
                    String password, Duration leaseTtl, Duration timeout, int maxTxnOps) {

    private static final Set<String> OPTIONS = Set.of("tls", "ca", "cert", "key", "user", "password-file",
            "password-env", "lease-ttl", "timeout", "max-txn-ops");
    private static final Pattern HOST_PORT = Pattern.compile("(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]+)(?::([0-9]{1,5}))?");
    private static final Pattern PREFIX = Pattern.compile("(/[A-Za-z0-9._-]+)+");
    private static final Pattern DURATION = Pattern.compile("([0-9]{1,9})(ms|s|m)");

    EtcdLocation {
        endpoints = List.copyOf(endpoints);
        Objects.requireNonNull(prefix, "prefix");
    }

    /** @return the location as shown in logs and messages: endpoints and prefix, never a secret */
    String display() {
        StringBuilder out = new StringBuilder("etcd://");
        for (int i = 0; i < endpoints.size(); i++) {
            out.append(i == 0 ? "" : ",").append(endpoints.get(i).getAuthority());
        }
        return out.append(prefix).toString();
    }

    boolean tls() {
        return endpoints.get(0).getScheme().equals("https");
    }

    /**
     * @param location an {@code etcd:} location
     * @return it, parsed, with the password read
     * @throws IllegalArgumentException naming the part that is wrong
     */
    static EtcdLocation parse(StoreLocation location) {
        String rest = location.rest();
        if (!rest.startsWith("//")) {
            throw bad(rest, "it must start with etcd:// and list HOST:PORT endpoints");
        }
        String body = rest.substring(2);
        int query = body.indexOf('?');
        String options = query < 0 ? "" : body.substring(query + 1);
        String hostsAndPath = query < 0 ? body : body.substring(0, query);
        int slash = hostsAndPath.indexOf('/');
        if (slash < 0) {
            throw bad(rest, "it names no key prefix; add one, as etcd://127.0.0.1:2379/infrakit/instance-oneview");
        }
        String hosts = hostsAndPath.substring(0, slash);
        String prefix = hostsAndPath.substring(slash);
        while (prefix.endsWith("/") && prefix.length() > 1) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        if (hosts.contains("@")) {
            throw bad(rest, "credentials do not go in the location, where every user can read them (ps); use "
                    + "user=NAME with password-file=FILE or password-env=VARIABLE");
        }
        if (!PREFIX.matcher(prefix).matches()) {
            throw bad(rest, "the key prefix '" + prefix + "' must be one or more /segments of letters, digits, '.', '_'"
                    + " or '-'");
        }
        Map<String, String> opts = options(rest, options);
        boolean tls = Boolean.parseBoolean(opts.getOrDefault("tls", "false")) || opts.containsKey("ca")
                || opts.containsKey("cert");
        if (opts.containsKey("tls") && !opts.get("tls").matches("true|false")) {
            throw bad(rest, "tls must be true or false, got '" + opts.get("tls") + "'");
        }
        List<URI> endpoints = new ArrayList<>();
        for (String hostPort : hosts.split(",", -1)) {
            Matcher m = HOST_PORT.matcher(hostPort);
            if (!m.matches()) {
                throw bad(rest, "'" + hostPort + "' is not HOST or HOST:PORT");
            }
            int port = m.group(2) == null ? 2379 : Integer.parseInt(m.group(2));
            if (port < 1 || port > 65535) {
                throw bad(rest, "port " + port + " is out of range");
            }
            endpoints.add(URI.create((tls ? "https://" : "http://") + m.group(1) + ":" + port));
        }
        if ((opts.get("cert") == null) != (opts.get("key") == null)) {
            throw bad(rest, "cert and key go together: give both or neither");
        }
        String user = opts.get("user");
        if (opts.containsKey("password-file") && opts.containsKey("password-env")) {
            throw bad(rest, "give password-file or password-env, not both");
        }
        String password = null;
        if (opts.containsKey("password-file")) {
            password = passwordFromFile(Path.of(opts.get("password-file")));
        } else if (opts.containsKey("password-env")) {
            password = passwordFromEnvironment(opts.get("password-env"), location.environment());
        }
        if ((user == null) != (password == null)) {
            throw bad(rest, user == null ? "a password needs user=NAME" : "user=" + user + " needs password-file=FILE or"
                    + " password-env=VARIABLE");
        }
        Duration ttl = duration(rest, opts, "lease-ttl", Duration.ofSeconds(10));
        if (ttl.compareTo(Duration.ofSeconds(2)) < 0) {
            throw bad(rest, "lease-ttl must be at least 2s (etcd's lease granularity), got " + opts.get("lease-ttl"));
        }
        int maxTxnOps;
        try {
            maxTxnOps = Integer.parseInt(opts.getOrDefault("max-txn-ops", "128"));
        } catch (NumberFormatException e) {
            throw bad(rest, "max-txn-ops must be a number, got '" + opts.get("max-txn-ops") + "'");
        }
        if (maxTxnOps < 8) {
            throw bad(rest, "max-txn-ops must be at least 8, got " + maxTxnOps);
        }
        return new EtcdLocation(endpoints, prefix, path(opts, "ca"), path(opts, "cert"), path(opts, "key"), user,
                password, ttl, duration(rest, opts, "timeout", Duration.ofSeconds(5)), maxTxnOps);
    }

    private static Map<String, String> options(String rest, String query) {
        Map<String, String> out = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return out;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (name.equals("password")) {
                throw bad(rest, "the password does not go in the location, where every user can read it (ps); use "
                        + "password-file=FILE or password-env=VARIABLE");
            }
            if (!OPTIONS.contains(name)) {
                throw bad(rest, "unknown option '" + name + "'; known: " + String.join(", ",
                        new java.util.TreeSet<>(OPTIONS)));
            }
            if (eq < 0 || eq == pair.length() - 1) {
                throw bad(rest, "option " + name + " needs a value (" + name + "=...)");
            }
            out.put(name, URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String passwordFromFile(Path file) {
        String text;
        try {
            text = java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot read the etcd password file " + file + ": " + e);
        }
        String password = text.strip();
        if (password.isEmpty()) {
            throw new IllegalArgumentException("the etcd password file " + file + " is empty");
        }
        return password;
    }

    private static String passwordFromEnvironment(String variable, Map<String, String> environment) {
        String password = environment.get(variable);
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("the environment variable " + variable + " that should hold the etcd "
                    + "password is not set");
        }
        return password;
    }

    private static Path path(Map<String, String> opts, String name) {
        String value = opts.get(name);
        return value == null ? null : Path.of(value);
    }

    private static Duration duration(String rest, Map<String, String> opts, String name, Duration fallback) {
        String value = opts.get(name);
        if (value == null) {
            return fallback;
        }
        Matcher m = DURATION.matcher(value);
        if (!m.matches()) {
            throw bad(rest, name + " must be a duration such as 500ms, 10s or 2m, got '" + value + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            default -> Duration.ofMinutes(n);
        };
    }

    private static IllegalArgumentException bad(String rest, String problem) {
        String shown = rest.replaceAll("^//[^/]*@", "//…@").replaceAll("password=[^&]*", "password=…");
        return new IllegalArgumentException("the etcd state location etcd:" + shown + " is not usable: " + problem);
    }

    @Override
    public String toString() {
        return display();
    }
}
