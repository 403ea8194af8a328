package io.infrakit.oneview.rpc.internal.gojson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;

/**
 * Extracts the exact bytes of one JSON value from the request, so that ids and opaque {@code Properties} are
 * echoed verbatim (number literals, key order and escapes kept) and never go through a double.
 */
public final class RawSpan {

    private RawSpan() {
    }

    /**
     * Captures the value the parser is positioned on (its current token starts it) and leaves the parser on the
     * value's last token.
     *
     * @param parser a parser over {@code source}, created from offset 0
     * @param source the bytes the parser reads
     * @return the value's bytes with the whitespace between tokens removed
     */
    public static byte[] capture(JsonParser parser, byte[] source) throws IOException {
        int start = (int) parser.currentTokenLocation().getByteOffset();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            parser.skipChildren();
        } else {
            parser.finishToken();
        }
        int end = (int) parser.currentLocation().getByteOffset();
        return compact(source, start, end);
    }

    /** Removes whitespace outside strings from {@code source[from, to)}. */
    public static byte[] compact(byte[] source, int from, int to) {
        byte[] out = null;
        int w = 0;
        boolean inString = false;
        boolean escaped = false;
        for (int i = from; i < to; i++) {
            byte b = source[i];
            boolean keep = true;
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
                keep = false;
            }
            if (!keep && out == null) {
                out = Arrays.copyOfRange(source, from, to);
                w = i - from;
            } else if (keep && out != null) {
                out[w++] = b;
            }
        }
        return out == null ? Arrays.copyOfRange(source, from, to) : Arrays.copyOf(out, w);
    }
}
