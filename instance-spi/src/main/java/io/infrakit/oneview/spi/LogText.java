package io.infrakit.oneview.spi;

/**
 * Makes a value safe to put in a log line: control characters are escaped, so that a value sent by a client (a
 * template name, an instance ID, a message quoting them) can neither start a forged log line nor move a terminal's
 * cursor. {@code \n}, {@code \r} and {@code \t} become those two-character escapes; every other C0 or C1 control
 * character, DEL, and the Unicode line and paragraph separators become {@code \}{@code uXXXX}. Everything else is
 * kept as it is.
 *
 * <pre>{@code
 * LOG.warn("no template named '{}'", LogText.of(props.templateName()));
 * }</pre>
 */
public final class LogText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private LogText() {
    }

    /**
     * @param value a value to log, or null
     * @return its text ({@code String.valueOf}) with control characters escaped; the same string when it has none
     */
    public static String of(Object value) {
        String text = String.valueOf(value);
        int first = 0;
        while (first < text.length() && !isControl(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                        .append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
    }
}
