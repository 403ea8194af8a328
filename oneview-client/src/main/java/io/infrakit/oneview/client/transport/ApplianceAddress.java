package io.infrakit.oneview.client.transport;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The address of a OneView appliance: {@code https://host[:port]}, or {@code http://} to this machine only. The one
 * parser of appliance addresses, shared by the client and the plugin.
 *
 * <p>Rules:
 * <ul>
 *   <li>{@code host}, {@code host:port}, {@code https://host[:port]} (a trailing {@code /} is dropped); a bare host
 *       means HTTPS, as in the original C plugin. No user info, path, query or fragment.</li>
 *   <li>{@code http://} only to a loopback host: the name {@code localhost}, an IPv4 literal in
 *       {@code 127.0.0.0/8} written as four decimal numbers, or an IPv6 loopback literal ({@code [::1]}). The
 *       decision is made on the text, never by resolving a name: a name such as {@code 127.0.0.1.nip.io} is a DNS
 *       name that may resolve anywhere, so plain HTTP to it is refused (the password would cross the network in
 *       clear text), and a literal is where the connection goes, so nothing can change between check and use.</li>
 *   <li>Scheme and host are lower-cased; an explicit port is kept as written (so {@code ov:443} and {@code ov} are
 *       different texts, see {@link #sameEndpoint}).</li>
 * </ul>
 * Immutable; equal when their normalised texts are equal.
 */
public final class ApplianceAddress {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)"
            + "(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private final String scheme;
    private final String host;
    private final int port;

    private ApplianceAddress(String scheme, String host, int port) {
        this.scheme = scheme;
        this.host = host;
        this.port = port;
    }

    /**
     * Parses an address.
     *
     * @param address {@code host}, {@code host:port} or {@code https://host[:port]} ({@code http://} to a loopback
     *                host)
     * @return the address
     * @throws IllegalArgumentException when it is not such an address, or is plain HTTP to a host that is not a
     *                                  loopback literal or {@code localhost}; the message quotes the address
     *                                  without any user info
     */
    public static ApplianceAddress parse(String address) {
        Objects.requireNonNull(address, "address");
        String value = address.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("An appliance address must not be empty (host, host:port or"
                    + " https://host:port)");
        }
        if (!value.contains("://")) {
            value = "https://" + value;
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + withoutUserInfo(address) + "' is not an appliance address"
                    + " (host, host:port or https://host:port): " + e.getReason());
        }
        return of(uri, address);
    }

    /**
     * Makes an address from a URI.
     *
     * @param uri {@code https://host[:port]} ({@code http://} to a loopback host)
     * @return the address
     * @throws IllegalArgumentException as for {@link #parse(String)}
     */
    public static ApplianceAddress of(URI uri) {
        return of(Objects.requireNonNull(uri, "uri"), uri.toString());
    }

    private static ApplianceAddress of(URI uri, String given) {
        String shown = withoutUserInfo(given);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("The appliance address must be https:// (or http:// to this machine),"
                    + " not '" + shown + "'");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("The appliance address '" + shown + "' must not hold a user name or"
                    + " password (user@ or user:password@): give credentials separately");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("The appliance address '" + shown + "' has no valid host (host,"
                    + " host:port or https://host:port)");
        }
        String path = uri.getRawPath();
        if (uri.getRawQuery() != null || uri.getRawFragment() != null
                || (path != null && !path.isEmpty() && !path.equals("/"))) {
            throw new IllegalArgumentException("The appliance address must be scheme://host[:port] only, not '"
                    + shown + "'");
        }
        int port = uri.getPort();
        if (port == 0 || port > 65535) {
            throw new IllegalArgumentException("The appliance address '" + shown + "' has port " + port
                    + ", not 1 to 65535");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") && !isLoopbackLiteral(host)) {
            throw new IllegalArgumentException("'" + shown + "' is plain http:// to " + host + ", which is not"
                    + " this machine (only localhost, 127.x.x.x and [::1] count: a host name is never trusted to be"
                    + " loopback); the password would cross the network in clear text: use https://");
        }
        return new ApplianceAddress(scheme, host, port);
    }

    /**
     * Tells whether a host, as written in an address, is this machine without resolving any name: {@code localhost},
     * an IPv4 literal in {@code 127.0.0.0/8} (four decimal numbers), or an IPv6 loopback literal in brackets.
     *
     * @param host a host as written in a URI ({@code [..]} around IPv6)
     * @return true only for those literals
     */
    static boolean isLoopbackLiteral(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        if (IPV4.matcher(h).matches()) {
            return h.startsWith("127.");
        }
        if (h.startsWith("[") && h.endsWith("]") && h.substring(1, h.length() - 1).matches("[0-9a-f:.]+")) {
            try {
                // a bracketed IPv6 literal: parsed, never looked up
                return InetAddress.getByName(h.substring(1, h.length() - 1)).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    private static String withoutUserInfo(String text) {
        return text.replaceAll("(://)?[^/@\\s]*@", "$1");
    }

    /**
     * @return {@code https} or {@code http}
     */
    public String scheme() {
        return scheme;
    }

    /**
     * @return the host in lower case ({@code [..]} around an IPv6 literal)
     */
    public String host() {
        return host;
    }

    /**
     * @return the port as written, or -1 when none was given
     */
    public int port() {
        return port;
    }

    /**
     * @return the port connected to: the one written, else 443 for HTTPS and 80 for HTTP
     */
    public int effectivePort() {
        return port > 0 ? port : scheme.equals("https") ? 443 : 80;
    }

    /**
     * @return whether this is an HTTPS address
     */
    public boolean isHttps() {
        return scheme.equals("https");
    }

    /**
     * @return whether the host is this machine ({@code localhost} or a loopback literal)
     */
    public boolean isLoopback() {
        return isLoopbackLiteral(host);
    }

    /**
     * Tells whether two addresses name the same endpoint: same scheme, host and effective port ({@code ov} and
     * {@code https://ov:443} do).
     *
     * @param other another address
     * @return whether both lead to the same endpoint
     */
    public boolean sameEndpoint(ApplianceAddress other) {
        return scheme.equals(other.scheme) && host.equals(other.host) && effectivePort() == other.effectivePort();
    }

    /**
     * @return the address as a URI, {@code scheme://host[:port]}
     */
    public URI toUri() {
        return URI.create(toString());
    }

    /**
     * @param target an encoded path and query starting with {@code /}
     * @return the absolute URI of that target on this appliance
     */
    public URI resolve(String target) {
        return URI.create(this + target);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApplianceAddress a && scheme.equals(a.scheme) && host.equals(a.host) && port == a.port;
    }

    @Override
    public int hashCode() {
        return Objects.hash(scheme, host, port);
    }

    /**
     * @return the normalised text, {@code scheme://host[:port]}
     */
    @Override
    public String toString() {
        return scheme + "://" + host + (port < 0 ? "" : ":" + port);
    }
}
