package io.infrakit.oneview.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps a method and path to an endpoint; one path parameter, {@code {id}}, is supported. Internal.
 */
final class Router {

    /** An endpoint implementation. */
    interface Handler {
        ApiResponse handle(RequestContext context) throws ApiException;
    }

    /**
     * @param method    HTTP method
     * @param template  e.g. {@code /rest/server-profiles/{id}}
     * @param needsAuth whether a valid {@code Auth} session is required
     * @param handler   the endpoint
     */
    record Route(String method, String template, boolean needsAuth, Handler handler) {
        String key() {
            return method + " " + template;
        }

        String[] segments() {
            return template.split("/");
        }
    }

    /**
     * A matched route (or, when {@code route} is null and {@code template} is not, a 405).
     */
    record Match(Route route, String id, String template) {
    }

    private final List<Route> routes = new ArrayList<>();

    Router add(String method, String template, boolean needsAuth, Handler handler) {
        routes.add(new Route(method, template, needsAuth, handler));
        return this;
    }

    /** @return every route, in the order added */
    List<Route> routes() {
        return List.copyOf(routes);
    }

    /**
     * @return the match; a Match with a null route and a template for a 405; null for a 404
     */
    Match match(String method, String path) {
        String[] parts = path.split("/");
        String otherMethodTemplate = null;
        for (Route route : routes) {
            String id = matchPath(route.segments(), parts);
            if (id == null) {
                continue;
            }
            if (route.method().equals(method)) {
                return new Match(route, id.isEmpty() ? null : id, route.template());
            }
            if (otherMethodTemplate == null) {
                otherMethodTemplate = route.template();
            }
        }
        return otherMethodTemplate == null ? null : new Match(null, null, otherMethodTemplate);
    }

    /**
     * @return "" for a match without id, the id for a match with one, null for no match
     */
    private static String matchPath(String[] template, String[] parts) {
        if (template.length != parts.length) {
            return null;
        }
        String id = "";
        for (int i = 0; i < template.length; i++) {
            if (template[i].equals("{id}")) {
                if (parts[i].isEmpty()) {
                    return null;
                }
                id = parts[i];
            } else if (!template[i].equals(parts[i])) {
                return null;
            }
        }
        return id;
    }
}
