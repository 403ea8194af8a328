package io.infrakit.oneview.client.model;

/**
 * A typed read view over a OneView resource's JSON. The JSON is kept whole and unchanged; typed accessors read from
 * it. Accessors return {@code null} when a field is absent or JSON {@code null}.
 */
public interface OneViewResource {

    /**
     * @return the whole resource as the appliance sent it
     */
    ResourceJson json();

    /**
     * @return the resource URI, e.g. {@code /rest/server-profiles/123}
     */
    default String uri() {
        return json().text("uri");
    }

    /**
     * @return the resource name
     */
    default String name() {
        return json().text("name");
    }

    /**
     * @return the schema type, e.g. {@code ServerProfileV9}; depends on the API version
     */
    default String type() {
        return json().text("type");
    }

    /**
     * @return the category, e.g. {@code server-profiles}
     */
    default String category() {
        return json().text("category");
    }

    /**
     * @return the eTag (opaque)
     */
    default String eTag() {
        return json().text("eTag");
    }

    /**
     * @return the {@code modified} timestamp exactly as sent (never re-formatted)
     */
    default String modified() {
        return json().text("modified");
    }

    /**
     * @return the resource as compact JSON text
     */
    default String toJson() {
        return json().toJson();
    }
}
