package io.infrakit.oneview.client;

import java.util.Set;

/**
 * Turns a request path into its template for {@link RequestEvent#pathTemplate()}: the query is dropped, a trailing
 * {@code /} too, and the third segment ({@code /rest/<collection>/<id>}) becomes {@code {id}} unless it is an
 * action of the collection itself. Later segments are the sub-resources and actions the client calls
 * ({@code new-profile}, {@code powerState}) and are kept.
 */
final class PathTemplates {
    private static final Set<String> COLLECTION_ACTIONS = Set.of("available-targets");

    private PathTemplates() {
    }

    static String of(String path) {
        int query = path.indexOf('?');
        String p = query < 0 ? path : path.substring(0, query);
        if (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        String[] segments = p.split("/", -1);
        if (segments.length > 3 && !COLLECTION_ACTIONS.contains(segments[3])) {
            segments[3] = "{id}";
        }
        return String.join("/", segments);
    }
}
