package io.infrakit.oneview.client.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An immutable JSON object as the appliance sent it. Every field, known or not, read-only or not, is kept exactly
 * (numbers keep their textual precision, timestamps stay strings), so a GET → modify → PUT round trip sends back
 * what the appliance sent. Mutating methods return new instances; the internal tree is never exposed.
 */
public final class ResourceJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final ObjectNode node;

    private ResourceJson(ObjectNode node) {
        this.node = node;
    }

    /**
     * Wraps a deep copy of a JSON object.
     *
     * @param node the object; copied, later changes to it are not seen
     * @return the immutable view
     */
    public static ResourceJson of(ObjectNode node) {
        return new ResourceJson(Objects.requireNonNull(node, "node").deepCopy());
    }

    /**
     * Parses JSON text that must be an object.
     *
     * @param json the JSON text
     * @return the immutable view
     * @throws IllegalArgumentException if the text is not a JSON object
     */
    public static ResourceJson parse(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode parsed;
        try {
            parsed = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (parsed == null || !parsed.isObject()) {
            throw new IllegalArgumentException("Expected a JSON object but got "
                    + (parsed == null ? "nothing" : parsed.getNodeType()));
        }
        return new ResourceJson((ObjectNode) parsed);
    }

    /**
     * @return a deep copy of the JSON object (changing it does not change this instance)
     */
    public ObjectNode toObjectNode() {
        return node.deepCopy();
    }

    /**
     * @return the object as compact JSON text, fields in their original order
     */
    public String toJson() {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a JSON tree", e);
        }
    }

    /**
     * @param field a top-level field name
     * @return whether the field is present (possibly with a JSON {@code null})
     */
    public boolean has(String field) {
        return node.has(field);
    }

    /**
     * @param field a top-level field name
     * @return a deep copy of the field's value, or {@code null} when absent
     */
    public JsonNode get(String field) {
        JsonNode v = node.get(field);
        return v == null ? null : v.deepCopy();
    }

    /**
     * Reads a scalar field as text.
     *
     * @param field a top-level field name
     * @return the value as text, or {@code null} when absent, JSON {@code null}, an object or an array
     */
    public String text(String field) {
        return textOf(node.get(field));
    }

    /**
     * Reads a nested scalar field as text.
     *
     * @param field  a top-level object field
     * @param nested a field of that object
     * @return the value as text, or {@code null} when absent
     */
    public String text(String field, String nested) {
        JsonNode outer = node.get(field);
        return outer == null || !outer.isObject() ? null : textOf(outer.get(nested));
    }

    /**
     * Reads the objects of an array field, tolerantly: members that are not objects are skipped.
     *
     * @param field a top-level field name
     * @return a copy of each object member in order; empty when the field is absent, null or not an array
     */
    public List<ResourceJson> objects(String field) {
        JsonNode v = node.get(field);
        List<ResourceJson> result = new ArrayList<>();
        if (v != null && v.isArray()) {
            for (JsonNode member : v) {
                if (member.isObject()) {
                    result.add(of((ObjectNode) member));
                }
            }
        }
        return List.copyOf(result);
    }

    /**
     * Reads an object field.
     *
     * @param field a top-level field name
     * @return a copy of the object, or {@code null} when the field is absent, null or not an object
     */
    public ResourceJson object(String field) {
        JsonNode v = node.get(field);
        return v != null && v.isObject() ? of((ObjectNode) v) : null;
    }

    /**
     * Reads an integral field.
     *
     * @param field a top-level field name
     * @return the value, or {@code null} when absent, null or not an integral number
     */
    public Integer integer(String field) {
        JsonNode v = node.get(field);
        return v != null && v.canConvertToInt() && v.isIntegralNumber() ? v.intValue() : null;
    }

    /**
     * Reads a boolean field.
     *
     * @param field a top-level field name
     * @return the value, or {@code null} when absent, null or not a boolean
     */
    public Boolean bool(String field) {
        JsonNode v = node.get(field);
        return v != null && v.isBoolean() ? v.booleanValue() : null;
    }

    /**
     * Returns a copy with a field set to a string (or JSON {@code null} when {@code value} is {@code null}). The
     * field keeps its position when it already exists.
     *
     * @param field the field
     * @param value the new value
     * @return the new instance
     */
    public ResourceJson with(String field, String value) {
        return with(field, value == null ? null : TextNode.valueOf(value));
    }

    /**
     * Returns a copy with a field set to a JSON value (JSON {@code null} when {@code value} is {@code null}).
     *
     * @param field the field
     * @param value the new value; copied
     * @return the new instance
     */
    public ResourceJson with(String field, JsonNode value) {
        Objects.requireNonNull(field, "field");
        ObjectNode copy = node.deepCopy();
        if (value == null) {
            copy.putNull(field);
        } else {
            copy.set(field, value.deepCopy());
        }
        return new ResourceJson(copy);
    }

    /**
     * Returns a copy without a field.
     *
     * @param field the field
     * @return the new instance
     */
    public ResourceJson without(String field) {
        ObjectNode copy = node.deepCopy();
        copy.remove(field);
        return new ResourceJson(copy);
    }

    static String textOf(JsonNode v) {
        if (v == null || v.isNull() || v.isContainerNode() || v.isMissingNode()) {
            return null;
        }
        return v.asText();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResourceJson other && node.equals(other.node);
    }

    @Override
    public int hashCode() {
        return node.hashCode();
    }

    /**
     * @return the compact JSON text
     */
    @Override
    public String toString() {
        return toJson();
    }
}
