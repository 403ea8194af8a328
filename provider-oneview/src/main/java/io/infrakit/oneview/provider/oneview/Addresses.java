package io.infrakit.oneview.provider.oneview;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Normalises appliance addresses, so that {@code ov.example.com} and {@code https://OV.example.com/} are one. */
final class Addresses {

    private Addresses() {
    }

    /**
     * @param address {@code host}, {@code host:port} (HTTPS assumed, as the C plugin did) or
     *                {@code https://host[:port]} ({@code http://} for simulators)
     * @param where   what gave the address, for messages
     * @return {@code scheme://host[:port]}, lower case
     * @throws IllegalArgumentException when it is not such an address
     */
    static String normalise(String address, String where) {
        String value = address.strip();
        if (!value.contains("://")) {
            value = "https://" + value;
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(where + ": '" + address + "' is not an appliance address (host,"
                    + " host:port or https://host:port)");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException(where + ": '" + address + "' must be https:// (or http://)");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                || (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/"))) {
            throw new IllegalArgumentException(where + ": '" + address + "' is not an appliance address (host,"
                    + " host:port or https://host:port, with no path)");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") && !isLoopback(host)) {
            throw new IllegalArgumentException(where + ": '" + address + "' is plain http:// to a host that is not "
                    + "this machine; credentials would cross the network in clear text: use https://");
        }
        return scheme + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }
}
