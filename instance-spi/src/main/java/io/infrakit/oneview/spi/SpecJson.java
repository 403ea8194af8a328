package io.infrakit.oneview.spi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes a {@link Spec} as InfraKit's JSON: {@code {"Properties":...,"Tags":{...},"Init":"...","LogicalID":...,
 * "Attachments":...}}, the shape InfraKit's own file plugin reports as a description's {@code Properties}.
 * {@code Properties} are written as their raw text, byte for byte.
 */
public final class SpecJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private SpecJson() {
    }

    /**
     * @param spec a spec
     * @return the spec as compact JSON
     */
    public static RawJson toJson(Spec spec) {
        StringWriter out = new StringWriter(128 + spec.properties().json().length());
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RawJson(out.toString());
    }

    /**
     * Writes a spec as one JSON object.
     *
     * @param g    where to write
     * @param spec the spec
     * @throws IOException when the generator fails
     */
    public static void write(JsonGenerator g, Spec spec) throws IOException {
        g.writeStartObject();
        g.writeFieldName("Properties");
        g.writeRawValue(spec.properties().json());
        g.writeFieldName("Tags");
        writeTags(g, spec.tags());
        g.writeStringField("Init", spec.init());
        g.writeFieldName("LogicalID");
        writeNullableString(g, spec.logicalId());
        g.writeFieldName("Attachments");
        if (spec.attachments() == null) {
            g.writeNull();
        } else {
            g.writeStartArray();
            for (Attachment a : spec.attachments()) {
                g.writeStartObject();
                g.writeStringField("ID", a.id());
                g.writeStringField("Type", a.type());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /**
     * Writes tags as a JSON object, in the map's order.
     *
     * @param g    where to write
     * @param tags the tags
     * @throws IOException when the generator fails
     */
    public static void writeTags(JsonGenerator g, Map<String, String> tags) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            g.writeStringField(tag.getKey(), tag.getValue());
        }
        g.writeEndObject();
    }

    /**
     * @param g     where to write
     * @param value a string, or null for JSON null
     * @throws IOException when the generator fails
     */
    public static void writeNullableString(JsonGenerator g, String value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }
}
