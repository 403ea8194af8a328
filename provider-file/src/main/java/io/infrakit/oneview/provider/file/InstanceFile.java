package io.infrakit.oneview.provider.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.SpecJson;
import io.infrakit.oneview.spi.Tags;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The content of an instance file, as InfraKit's own file plugin writes it: pretty JSON with an empty indent, the
 * instance's {@code ID}, {@code LogicalID} and {@code Tags}, then the whole {@code Spec} ({@code Properties} kept
 * as their raw text).
 */
final class InstanceFile {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final DefaultIndenter NO_INDENT = new DefaultIndenter("", "\n");
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(NO_INDENT)
            .withArrayIndenter(NO_INDENT);

    private InstanceFile() {
    }

    /**
     * Replaces the top-level {@code Tags} of an instance file, keeping everything else (the {@code Spec} text is
     * copied as it is).
     *
     * @param content the file's content
     * @param tags    the new tags
     * @return the new content
     * @throws IOException when the content is not an instance file
     */
    static String withTags(String content, Map<String, String> tags) throws IOException {
        Contents c = read(content);
        if (c.spec() == null) {
            throw new IOException("no \"Spec\"");
        }
        String id = c.id();
        String logicalId = c.logicalId();
        String spec = c.spec();
        StringWriter out = new StringWriter(content.length() + 64);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(PRETTY.createInstance());
            g.writeStartObject();
            g.writeStringField("ID", id);
            g.writeFieldName("LogicalID");
            SpecJson.writeNullableString(g, logicalId);
            g.writeFieldName("Tags");
            SpecJson.writeTags(g, new TreeMap<>(tags));
            g.writeFieldName("Spec");
            g.writeRawValue(spec);
            g.writeEndObject();
        }
        return out.append('\n').toString();
    }

    /**
     * What an instance file records about its instance.
     *
     * @param id         its ID
     * @param logicalId  its logical ID, or null
     * @param tags       its top-level tags
     * @param spec       the {@code Spec} object's text as it is in the file, or null
     */
    record Contents(String id, String logicalId, SortedMap<String, String> tags, String spec) {

        /** @return the spec's {@code Properties}, raw, or {@link RawJson#NULL} */
        RawJson properties() throws IOException {
            if (spec == null) {
                return RawJson.NULL;
            }
            try (JsonParser p = FACTORY.createParser(spec)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    return RawJson.NULL;
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    if ("Properties".equals(field)) {
                        return RawJson.of(valueText(p, spec));
                    }
                    p.skipChildren();
                }
            }
            return RawJson.NULL;
        }
    }

    /**
     * @param content an instance file's content
     * @return its ID, logical ID, top-level tags and the spec's text
     * @throws IOException when the content is not an instance file (not an object, no {@code ID})
     */
    static Contents read(String content) throws IOException {
        String id = null;
        String logicalId = null;
        Map<String, String> tags = new TreeMap<>();
        String spec = null;
        try (JsonParser p = FACTORY.createParser(content)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "ID" -> id = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "LogicalID" -> logicalId = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "Tags" -> readTags(p, value, tags);
                    case "Spec" -> spec = valueText(p, content);
                    default -> p.skipChildren();
                }
            }
        }
        if (id == null) {
            throw new IOException("no \"ID\"");
        }
        return new Contents(id, logicalId, Tags.copyOf(tags), spec);
    }

    /** Cuts the current value out of the source text. */
    private static String valueText(JsonParser p, String source) throws IOException {
        int start = (int) p.currentTokenLocation().getCharOffset();
        p.skipChildren();
        p.finishToken();
        return source.substring(start, (int) p.currentLocation().getCharOffset());
    }

    private static void readTags(JsonParser p, JsonToken value, Map<String, String> tags) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            tags.put(key, p.nextToken() == JsonToken.VALUE_STRING ? p.getText() : p.getValueAsString(""));
        }
    }

    static String render(String id, Spec spec) {
        StringWriter out = new StringWriter(256 + spec.properties().json().length());
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(PRETTY.createInstance());
            g.writeStartObject();
            g.writeStringField("ID", id);
            g.writeFieldName("LogicalID");
            SpecJson.writeNullableString(g, spec.logicalId());
            g.writeFieldName("Tags");
            SpecJson.writeTags(g, spec.tags());
            g.writeFieldName("Spec");
            SpecJson.write(g, spec);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }
}
