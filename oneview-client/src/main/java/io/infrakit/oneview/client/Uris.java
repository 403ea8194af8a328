package io.infrakit.oneview.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Turns URIs sent by the appliance (or given by users) into request paths.
 */
final class Uris {
    private static final String ALLOWED = "-._~!$&'()*+,;=:@/?%";

    private Uris() {
    }

    /**
     * Reduces an absolute URL to its path and query, and percent-encodes characters that may not appear in a URI
     * (spaces, double quotes, non-ASCII ...), keeping existing {@code %XX} escapes.
     */
    static String toPath(String uri) {
        String path = uri.strip();
        int scheme = path.indexOf("://");
        if (scheme > 0 && scheme < 8) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "/" : path.substring(slash);
        }
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        StringBuilder sb = new StringBuilder();
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            char c = (char) b;
            boolean plain = b < 0x80 && (Character.isLetterOrDigit(c) || ALLOWED.indexOf(c) >= 0);
            if (c == '%' && !(i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]))) {
                plain = false;
            }
            if (plain) {
                sb.append(c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    private static boolean isHex(byte b) {
        return Character.digit((char) b, 16) >= 0;
    }

    /**
     * The path of a resource of a collection, from a URI, an absolute URL or an id.
     *
     * @throws IllegalArgumentException for a blank value or a URI of another collection
     */
    static String resource(String collection, String kind, String uriOrId) {
        if (uriOrId == null || uriOrId.isBlank()) {
            throw new IllegalArgumentException(capitalised(article(kind)) + " " + kind + " URI or id is required");
        }
        if (uriOrId.startsWith("/") || uriOrId.contains("://")) {
            String path = toPath(uriOrId);
            if (!path.startsWith(collection + "/") || path.length() == collection.length() + 1) {
                throw new IllegalArgumentException("'" + uriOrId + "' is not " + article(kind) + " " + kind + " URI (expected "
                        + collection + "/{id})");
            }
            return path;
        }
        return collection + "/" + URLEncoder.encode(uriOrId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String article(String kind) {
        return "AEIOUaeiou".indexOf(kind.charAt(0)) >= 0 ? "an" : "a";
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
