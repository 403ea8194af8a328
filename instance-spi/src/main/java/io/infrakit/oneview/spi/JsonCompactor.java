package io.infrakit.oneview.spi;

/**
 * Removes the whitespace between the tokens of JSON text and nothing else: string contents, number literals and
 * key order stay byte for byte. It does not check the text; give it JSON that a parser accepted (for example a
 * value cut with {@link RawJsonCutter}). Works on UTF-8 bytes and on text alike: every byte it looks at
 * (whitespace, quote, backslash) is ASCII, and no byte of a multi-byte UTF-8 sequence is.
 */
public final class JsonCompactor {

    private JsonCompactor() {
    }

    /**
     * @param json UTF-8 JSON
     * @param from the first byte
     * @param to   the end (exclusive)
     * @return a new array with {@code json[from, to)} compacted
     */
    public static byte[] compact(byte[] json, int from, int to) {
        Scanner scanner = new Scanner();
        byte[] out = null;
        int written = 0;
        for (int i = from; i < to; i++) {
            boolean keep = scanner.keep(json[i]);
            if (!keep && out == null) {
                out = new byte[to - from];
                System.arraycopy(json, from, out, 0, i - from);
                written = i - from;
            } else if (keep && out != null) {
                out[written++] = json[i];
            }
        }
        if (out == null) {
            out = new byte[to - from];
            System.arraycopy(json, from, out, 0, to - from);
            return out;
        }
        return java.util.Arrays.copyOf(out, written);
    }

    /**
     * @param json JSON text
     * @return the text compacted; {@code json} itself when it holds no whitespace between tokens
     */
    public static String compact(String json) {
        Scanner scanner = new Scanner();
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean keep = scanner.keep(c);
            if (!keep && out == null) {
                out = new StringBuilder(json.length()).append(json, 0, i);
            } else if (keep && out != null) {
                out.append(c);
            }
        }
        return out == null ? json : out.toString();
    }

    /** Tells, character by character, whether a character is kept: everything but whitespace outside strings. */
    private static final class Scanner {
        private boolean inString;
        private boolean escaped;

        boolean keep(int c) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
                return true;
            }
            if (c == '"') {
                inString = true;
                return true;
            }
            return c != ' ' && c != '\t' && c != '\n' && c != '\r';
        }
    }
}
