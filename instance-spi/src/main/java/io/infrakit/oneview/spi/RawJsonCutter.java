package io.infrakit.oneview.spi;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Cuts the exact text of one JSON value out of the document a Jackson {@link JsonParser} reads, so that opaque values
 * (instance {@code Properties}, request ids) are kept as raw JSON: number literals ({@code 1.50},
 * {@code 12345678901234567890}), key order and escapes survive, and nothing goes through a double or a tree.
 *
 * <p>The parser must read the source from its first byte or character (offsets are the parser's), and be positioned
 * on the first token of the value ({@code START_OBJECT}, {@code START_ARRAY} or a scalar); it is left on the value's
 * last token, so that {@code nextToken()} continues after the value.
 *
 * <pre>{@code
 * try (JsonParser p = factory.createParser(bytes)) {
 *     p.nextToken();                                   // START_OBJECT
 *     while (p.nextToken() == JsonToken.FIELD_NAME) {
 *         String name = p.currentName();
 *         p.nextToken();                               // the value's first token
 *         byte[] raw = RawJsonCutter.cut(p, bytes);    // compact, byte for byte otherwise
 *     }
 * }
 * }</pre>
 */
public final class RawJsonCutter {

    private RawJsonCutter() {
    }

    /**
     * Where one value lies in the parser's source.
     *
     * @param start the offset of its first byte or character
     * @param end   the offset just after its last one
     */
    public record Span(int start, int end) {
    }

    /**
     * Skips the value the parser is positioned on and tells where it was: byte offsets for a byte source, character
     * offsets for a character source.
     *
     * @param parser a parser positioned on the value's first token
     * @return the value's offsets
     * @throws IOException when the value is not well-formed JSON
     */
    public static Span span(JsonParser parser) throws IOException {
        int start = offset(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            parser.skipChildren();
        } else {
            parser.finishToken();
        }
        return new Span(start, offset(parser.currentLocation()));
    }

    /**
     * Cuts the value the parser is positioned on, compacted ({@link JsonCompactor}).
     *
     * @param parser a parser over {@code source}, positioned on the value's first token
     * @param source the UTF-8 bytes the parser reads
     * @return the value's bytes without the whitespace between its tokens
     * @throws IOException when the value is not well-formed JSON
     */
    public static byte[] cut(JsonParser parser, byte[] source) throws IOException {
        Span span = span(parser);
        return JsonCompactor.compact(source, span.start(), span.end());
    }

    /**
     * Cuts the value the parser is positioned on, compacted ({@link JsonCompactor}).
     *
     * @param parser a parser over {@code source}, positioned on the value's first token
     * @param source the text the parser reads
     * @return the value
     * @throws IOException when the value is not well-formed JSON
     */
    public static RawJson cut(JsonParser parser, String source) throws IOException {
        Span span = span(parser);
        return new RawJson(JsonCompactor.compact(source.substring(span.start(), span.end())));
    }

    private static int offset(JsonLocation location) {
        long bytes = location.getByteOffset();
        return (int) (bytes >= 0 ? bytes : location.getCharOffset());
    }
}
