package io.infrakit.oneview.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infrakit.oneview.client.error.UnexpectedResponseException;
import io.infrakit.oneview.client.error.UnsupportedApiVersionException;
import io.infrakit.oneview.client.model.OneViewResource;
import io.infrakit.oneview.client.model.Page;
import io.infrakit.oneview.client.model.ResourceJson;
import io.infrakit.oneview.client.query.Filter;
import io.infrakit.oneview.client.query.ListOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The read operations of one collection, shared by every resource API.
 */
class CollectionSupport<T extends OneViewResource> implements CollectionApi<T> {
    final RestEngine engine;
    final String collection;
    final String kind;
    private final Function<ResourceJson, T> factory;
    private final String listPath;
    private final int minimumApiVersion;

    CollectionSupport(RestEngine engine, String collection, String kind, Function<ResourceJson, T> factory) {
        this(engine, collection, collection, 0, kind, factory);
    }

    /**
     * @param listPath          the path listed (the collection, or the collection with a trailing {@code /})
     * @param minimumApiVersion the first API version serving the collection (0: every version)
     */
    CollectionSupport(RestEngine engine, String collection, String listPath, int minimumApiVersion, String kind,
                      Function<ResourceJson, T> factory) {
        this.engine = engine;
        this.collection = collection;
        this.listPath = listPath;
        this.minimumApiVersion = minimumApiVersion;
        this.kind = kind;
        this.factory = factory;
    }

    @Override
    public Page<T> list(ListOptions options) {
        return fetchPage(uri(options), options);
    }

    @Override
    public Stream<T> stream(ListOptions options) {
        Objects.requireNonNull(options, "options");
        PagingIterator<T> iterator = new PagingIterator<>(uri(options), u -> fetchPage(u, options),
                start -> uri(options.withStart(start)), engine.settings().maxPages());
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
    }

    @Override
    public T get(String uriOrId) {
        String path = path(uriOrId);
        requireApiVersion();
        return wrap(engine.getObject(path));
    }

    @Override
    public Optional<T> findByName(String name) {
        Objects.requireNonNull(name, "name");
        // A quote inside the value is either inexpressible (') or parsed differently by appliance versions (");
        // such names are looked for client-side over the whole collection.
        boolean filterable = Filter.isExpressible(name) && name.indexOf('"') < 0;
        ListOptions options = filterable ? ListOptions.filter(Filter.eq("name", name)) : ListOptions.none();
        return stream(options).filter(r -> name.equals(r.name())).findFirst();
    }

    String path(String uriOrId) {
        return Uris.resource(collection, kind, uriOrId);
    }

    T wrap(ObjectNode node) {
        return factory.apply(ResourceJson.of(node));
    }

    private String uri(ListOptions options) {
        String query = Objects.requireNonNull(options, "options").toQueryString();
        return query.isEmpty() ? listPath : listPath + "?" + query;
    }

    /** Refuses, before any request, a collection the negotiated API version does not serve. */
    private void requireApiVersion() {
        int version = minimumApiVersion == 0 ? 0 : engine.sessions().apiVersion();
        if (version < minimumApiVersion) {
            throw new UnsupportedApiVersionException("The " + kind + " collection " + collection + " needs API"
                    + " version " + minimumApiVersion + " or later, but the session uses API version " + version);
        }
    }

    private Page<T> fetchPage(String uri, ListOptions options) {
        requireApiVersion();
        RestRequest request = RestRequest.get(uri);
        ObjectNode body = Json.readObject(request, engine.execute(request));
        JsonNode members = body.get("members");
        if (members == null || !members.isArray()) {
            throw new UnexpectedResponseException(request + " answered a body without a 'members' array: "
                    + Json.abbreviate(body.toString(), 200));
        }
        List<T> items = new ArrayList<>();
        for (JsonNode member : members) {
            if (!member.isObject()) {
                throw new UnexpectedResponseException(request + " answered a member that is not a JSON object: "
                        + Json.abbreviate(member.toString(), 100));
            }
            items.add(factory.apply(ResourceJson.of((ObjectNode) member)));
        }
        int start = intOr(body, "start", options.start() == null ? 0 : options.start());
        return new Page<>(items, start, intOr(body, "count", items.size()), intOr(body, "total", -1),
                text(body, "uri"), text(body, "nextPageUri"), text(body, "prevPageUri"));
    }

    private static int intOr(ObjectNode body, String field, int fallback) {
        JsonNode v = body.get(field);
        return v != null && v.isIntegralNumber() && v.canConvertToInt() ? v.intValue() : fallback;
    }

    private static String text(ObjectNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
