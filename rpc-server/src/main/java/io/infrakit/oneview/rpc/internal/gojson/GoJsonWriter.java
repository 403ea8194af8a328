package io.infrakit.oneview.rpc.internal.gojson;

import java.nio.charset.StandardCharsets;

/**
 * Writes JSON the way Go's {@code encoding/json} encoder does: in strings, {@code <}, {@code >}, {@code &},
 * U+2028 and U+2029 become six-character unicode escapes (backslash, u, four lower-case hex digits); control
 * characters become {@code \n}, {@code \r}, {@code \t} or a unicode escape; other non-ASCII characters are raw
 * UTF-8; invalid UTF-16 (lone surrogates) becomes the escape of U+FFFD. Raw JSON values are copied with the same
 * escaping.
 */
public final class GoJsonWriter {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private GoJsonWriter() {
    }

    /** Writes ASCII text as is (structure, keys, literals). */
    public static void ascii(JsonBuffer out, String text) {
        out.putAscii(text);
    }

    /**
     * Writes {@code s} as a JSON string, or {@code null} when it is null.
     *
     * @return true when {@code s} holds a char at or above U+D800 (where UTF-16 order and Go's byte order differ)
     */
    public static boolean string(JsonBuffer out, String s) {
        if (s == null) {
            ascii(out, "null");
            return false;
        }
        boolean high = false;
        out.put('"');
        int n = s.length();
        int plainUntil = 0;
        while (plainUntil < n && isPlain(s.charAt(plainUntil))) {
            plainUntil++;
        }
        out.putAscii(s, 0, plainUntil);
        for (int i = plainUntil; i < n; i++) {
            char c = s.charAt(i);
            high |= c >= 0xD800;
            if (isPlain(c)) {
                out.put(c);
            } else if (c == '"' || c == '\\') {
                out.put('\\');
                out.put(c);
            } else if (c == '\n') {
                ascii(out, "\\n");
            } else if (c == '\r') {
                ascii(out, "\\r");
            } else if (c == '\t') {
                ascii(out, "\\t");
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                unicodeEscape(out, c);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                utf8(out, Character.toCodePoint(c, s.charAt(i + 1)));
                i++;
            } else if (Character.isSurrogate(c)) {
                ascii(out, "\\ufffd");
            } else {
                utf8(out, c);
            }
        }
        out.put('"');
        return high;
    }

    /**
     * Copies compact raw JSON text, escaping as Go's encoder does for {@code json.RawMessage}. The characters that
     * get escaped can only appear inside strings of valid JSON, so no tokenising is needed.
     */
    public static void raw(JsonBuffer out, String json) {
        int n = json.length();
        int i = 0;
        while (i < n && isRawPlain(json.charAt(i))) {
            i++;
        }
        out.putAscii(json, 0, i);
        for (; i < n; i++) {
            char c = json.charAt(i);
            if (isRawPlain(c)) {
                out.put(c);
            } else if (c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                unicodeEscape(out, c);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(json.charAt(i + 1))) {
                utf8(out, Character.toCodePoint(c, json.charAt(i + 1)));
                i++;
            } else if (Character.isSurrogate(c)) {
                ascii(out, "\\ufffd");
            } else {
                utf8(out, c);
            }
        }
    }

    /** Copies compact raw JSON bytes (UTF-8), escaping as {@link #raw(JsonBuffer, String)} does. */
    public static void raw(JsonBuffer out, byte[] json) {
        int start = 0;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            int escape = -1;
            if (b == '<' || b == '>' || b == '&') {
                escape = b;
            } else if (b == (byte) 0xE2 && i + 2 < json.length && json[i + 1] == (byte) 0x80
                    && (json[i + 2] == (byte) 0xA8 || json[i + 2] == (byte) 0xA9)) {
                escape = json[i + 2] == (byte) 0xA8 ? 0x2028 : 0x2029;
            }
            if (escape >= 0) {
                out.put(json, start, i - start);
                unicodeEscape(out, (char) escape);
                i += escape > 0xFF ? 2 : 0;
                start = i + 1;
            }
        }
        out.put(json, start, json.length - start);
    }

    /** ASCII chars written as they are inside a string. */
    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (char c = 0x20; c < 0x80; c++) {
            PLAIN[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&';
        }
    }

    private static boolean isPlain(char c) {
        return c < 0x80 && PLAIN[c];
    }

    private static boolean isRawPlain(char c) {
        return c < 0x80 && c != '<' && c != '>' && c != '&';
    }

    private static void unicodeEscape(JsonBuffer out, char c) {
        out.put('\\');
        out.put('u');
        out.put(HEX[(c >> 12) & 0xF]);
        out.put(HEX[(c >> 8) & 0xF]);
        out.put(HEX[(c >> 4) & 0xF]);
        out.put(HEX[c & 0xF]);
    }

    private static void utf8(JsonBuffer out, int cp) {
        if (cp < 0x80) {
            out.put(cp);
        } else if (cp < 0x800) {
            out.put(0xC0 | (cp >> 6));
            out.put(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out.put(0xE0 | (cp >> 12));
            out.put(0x80 | ((cp >> 6) & 0x3F));
            out.put(0x80 | (cp & 0x3F));
        } else {
            out.put(0xF0 | (cp >> 18));
            out.put(0x80 | ((cp >> 12) & 0x3F));
            out.put(0x80 | ((cp >> 6) & 0x3F));
            out.put(0x80 | (cp & 0x3F));
        }
    }
}
