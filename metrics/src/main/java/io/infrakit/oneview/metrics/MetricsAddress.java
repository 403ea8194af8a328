package io.infrakit.oneview.metrics;

import java.util.Objects;

/**
 * Where the TCP metrics endpoint listens, as {@code --metrics-address} gives it: {@code HOST:PORT},
 * {@code [IPV6]:PORT}, or {@code PORT} / {@code :PORT} alone for the loopback address {@value #LOOPBACK}. Port 0 takes
 * any free port.
 *
 * @param host the host name or address to bind
 * @param port the port, 0 to 65535
 */
public record MetricsAddress(String host, int port) {

    /** The address used when only a port is given. */
    public static final String LOOPBACK = "127.0.0.1";

    /** @throws IllegalArgumentException when the host is empty or the port out of range */
    public MetricsAddress {
        Objects.requireNonNull(host, "host");
        if (host.isEmpty()) {
            throw new IllegalArgumentException("the host is empty");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the port must be 0 to 65535, got " + port);
        }
    }

    /**
     * @param text {@code HOST:PORT}, {@code [IPV6]:PORT}, {@code :PORT} or {@code PORT}
     * @return the address
     * @throws IllegalArgumentException naming what is wrong, when it is none of these
     */
    public static MetricsAddress parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        String host;
        String port;
        if (t.startsWith("[")) {
            int close = t.indexOf(']');
            if (close < 0 || close + 1 >= t.length() || t.charAt(close + 1) != ':') {
                throw malformed(text, "an IPv6 address needs the form [ADDRESS]:PORT");
            }
            host = t.substring(1, close);
            port = t.substring(close + 2);
        } else {
            int colon = t.lastIndexOf(':');
            if (colon >= 0 && t.indexOf(':') != colon) {
                throw malformed(text, "write an IPv6 address in brackets, [ADDRESS]:PORT");
            }
            host = colon <= 0 ? LOOPBACK : t.substring(0, colon);
            port = colon < 0 ? t : t.substring(colon + 1);
        }
        if (host.isEmpty() || host.chars().anyMatch(Character::isWhitespace)) {
            throw malformed(text, "the host is empty or holds blanks");
        }
        if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw malformed(text, "the port must be a number from 0 to 65535");
        }
        int number = Integer.parseInt(port);
        if (number > 65535) {
            throw malformed(text, "the port must be a number from 0 to 65535");
        }
        return new MetricsAddress(host, number);
    }

    private static IllegalArgumentException malformed(String text, String why) {
        return new IllegalArgumentException("--metrics-address must be HOST:PORT, [IPV6]:PORT or PORT (loopback), got '"
                + text + "': " + why);
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
