package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Applies {@code filter}, {@code sort}, {@code start} and {@code count} to a list of resources and builds the
 * appliance's collection envelope. Internal.
 */
final class CollectionQuery {

    private final List<Filter> filters;
    private final Comparator<JsonNode> sort;
    private final int start;
    private final int requestedCount;
    private final int pageSize;

    private CollectionQuery(List<Filter> filters, Comparator<JsonNode> sort, int start, int requestedCount, int pageSize) {
        this.filters = filters;
        this.sort = sort;
        this.start = start;
        this.requestedCount = requestedCount;
        this.pageSize = pageSize;
    }

    /**
     * Parses the query parameters of a collection GET.
     *
     * @param maxPageSize the largest page the simulator returns, whatever {@code count} asks for
     * @throws ApiException 400 on a malformed filter, sort, start or count, and on any {@code query}
     */
    static CollectionQuery parse(ApiRequest request, int maxPageSize) throws ApiException {
        for (String query : request.params("query")) {
            throw ApiException.badRequest(ErrorCodes.INVALID_QUERY, "The query parameter is not supported by the"
                    + " simulator ([" + query + "]): an appliance evaluates it, the simulator refuses it rather than"
                    + " ignore it. Use filter instead.");
        }
        List<Filter> filters = new ArrayList<>();
        for (String raw : request.params("filter")) {
            filters.add(Filter.parse(raw));
        }
        int start = intParam(request, "start", 0);
        if (start < 0) {
            throw ApiException.badRequest(ErrorCodes.INVALID_PARAMETER, "The start parameter must be 0 or more: " + start);
        }
        int count = intParam(request, "count", -1);
        if (count < -1) {
            throw ApiException.badRequest(ErrorCodes.INVALID_PARAMETER,
                    "The count parameter must be -1 (all) or 0 or more: " + count);
        }
        int pageSize = count == -1 ? maxPageSize : Math.min(count, maxPageSize);
        return new CollectionQuery(filters, parseSort(request.param("sort")), start, count, pageSize);
    }

    private static int intParam(ApiRequest request, String name, int defaultValue) throws ApiException {
        String value = request.param(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(ErrorCodes.INVALID_PARAMETER,
                    "The " + name + " parameter is not an integer: '" + value + "'.");
        }
    }

    private static Comparator<JsonNode> parseSort(String sort) throws ApiException {
        if (sort == null || sort.isBlank()) {
            return null;
        }
        Comparator<JsonNode> result = null;
        for (String key : sort.split(",")) {
            String[] parts = key.trim().split(":");
            if (parts.length > 2 || parts[0].isBlank() || !parts[0].matches("[A-Za-z_][A-Za-z0-9_.]*")) {
                throw ApiException.badRequest(ErrorCodes.INVALID_SORT, "The specified sort is not valid ([" + sort + "]).");
            }
            String direction = parts.length == 2 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
            boolean descending;
            switch (direction) {
                case "asc", "ascending", "natural" -> descending = false;
                case "desc", "descending" -> descending = true;
                default -> throw ApiException.badRequest(ErrorCodes.INVALID_SORT,
                        "The specified sort is not valid ([" + sort + "]): direction must be asc or desc.");
            }
            String[] path = parts[0].trim().split("\\.");
            Comparator<JsonNode> one = (a, b) -> compareValues(at(a, path), at(b, path));
            if (descending) {
                one = one.reversed();
            }
            result = result == null ? one : result.thenComparing(one);
        }
        return result;
    }

    private static JsonNode at(JsonNode node, String[] path) {
        for (String segment : path) {
            node = node == null ? null : node.get(segment);
        }
        return node;
    }

    /** Nulls first; numbers numerically; text in natural order ("bay 2" before "bay 10"), case-insensitive. */
    static int compareValues(JsonNode a, JsonNode b) {
        boolean aNull = a == null || a.isNull();
        boolean bNull = b == null || b.isNull();
        if (aNull || bNull) {
            return Boolean.compare(!aNull, !bNull);
        }
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.asDouble(), b.asDouble());
        }
        return NaturalOrder.compare(a.asText(), b.asText());
    }

    /**
     * Filters, sorts and pages the resources and wraps the page in a collection envelope.
     *
     * @param resources all resources of the collection, rendered
     * @param type      the collection's {@code type}
     * @param category  the collection's {@code category}
     */
    ObjectNode apply(List<? extends JsonNode> resources, ApiRequest request, String type, String category, Instant now) {
        return apply(resources, r -> r, request, type, category, now);
    }

    /**
     * Like {@link #apply(List, ApiRequest, String, String, Instant)}, rendering items lazily: without filter and sort
     * only the members of the page are rendered.
     */
    <T> ObjectNode apply(List<T> items, java.util.function.Function<T, ? extends JsonNode> render, ApiRequest request,
                         String type, String category, Instant now) {
        List<JsonNode> matching;
        int total;
        int from;
        int to;
        if (filters.isEmpty() && sort == null) {
            total = items.size();
            from = Math.min(start, total);
            to = Math.min(total, from + pageSize);
            matching = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                matching.add(render.apply(items.get(i)));
            }
            return envelope(matching, 0, matching.size(), total, request, type, category, now);
        }
        matching = new ArrayList<>();
        outer:
        for (T item : items) {
            JsonNode resource = render.apply(item);
            for (Filter filter : filters) {
                if (!filter.test(resource)) {
                    continue outer;
                }
            }
            matching.add(resource);
        }
        if (sort != null) {
            matching.sort(sort);
        }
        total = matching.size();
        from = Math.min(start, total);
        to = Math.min(total, from + pageSize);
        return envelope(matching, from, to, total, request, type, category, now);
    }

    private ObjectNode envelope(List<JsonNode> matching, int from, int to, int total, ApiRequest request, String type,
                                String category, Instant now) {
        int count = to - from;
        int end = Math.min(start, total) + count;
        ObjectNode envelope = Json.object();
        envelope.put("type", type);
        envelope.put("category", category);
        envelope.put("count", count);
        envelope.put("total", total);
        envelope.put("start", start);
        int pageStep = Math.max(pageSize, 1);
        if (start > 0 && pageSize > 0) {
            envelope.put("prevPageUri", pageUri(request, Math.max(0, start - pageStep)));
        } else {
            envelope.putNull("prevPageUri");
        }
        if (end < total && pageSize > 0) {
            envelope.put("nextPageUri", pageUri(request, end));
        } else {
            envelope.putNull("nextPageUri");
        }
        envelope.put("uri", request.pathAndQuery());
        String timestamp = Json.timestamp(now);
        envelope.put("created", timestamp);
        envelope.put("modified", timestamp);
        envelope.put("eTag", timestamp);
        ArrayNode members = envelope.putArray("members");
        for (int i = from; i < to; i++) {
            members.add(matching.get(i));
        }
        return envelope;
    }

    private String pageUri(ApiRequest request, int newStart) {
        StringJoiner query = new StringJoiner("&");
        boolean countSeen = false;
        for (Map.Entry<String, List<String>> e : request.query().entrySet()) {
            if (e.getKey().equals("start")) {
                continue;
            }
            for (String value : e.getValue()) {
                if (e.getKey().equals("count")) {
                    if (countSeen) {
                        continue;
                    }
                    countSeen = true;
                    value = String.valueOf(requestedCount == -1 ? pageSize : requestedCount);
                }
                query.add(encode(e.getKey()) + "=" + encode(value));
            }
        }
        if (!countSeen) {
            query.add("count=" + (requestedCount == -1 ? pageSize : requestedCount));
        }
        query.add("start=" + newStart);
        return request.path() + "?" + query;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
