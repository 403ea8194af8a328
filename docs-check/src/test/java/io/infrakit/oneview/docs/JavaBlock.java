package io.infrakit.oneview.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fenced {@code java} block of a Markdown document, with the source file it is compiled from, as named by the
 * comment {@code <!-- compiled from PATH -->} on the line before the fence.
 *
 * @param line   the fence's line number (1-based)
 * @param source the source file named by the marker, relative to the repository root; null when there is none
 * @param code   the block's text, without the fences, lines joined by {@code \n}
 */
record JavaBlock(int line, String source, String code) {

    static final String MARKER_FORMAT = "<!-- compiled from %s -->";
    private static final Pattern MARKER = Pattern.compile("^<!-- compiled from (\\S+) -->$");

    /**
     * @param markdown a Markdown document
     * @return its java blocks, in order
     * @throws IllegalArgumentException when a java block is not closed
     */
    static List<JavaBlock> parse(String markdown) {
        List<JavaBlock> blocks = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].strip().equals("```java")) {
                continue;
            }
            String source = null;
            if (i > 0) {
                Matcher m = MARKER.matcher(lines[i - 1].strip());
                source = m.matches() ? m.group(1) : null;
            }
            int start = i;
            StringBuilder code = new StringBuilder();
            for (i++; i < lines.length && !lines[i].strip().equals("```"); i++) {
                code.append(lines[i]).append('\n');
            }
            if (i == lines.length) {
                throw new IllegalArgumentException("the java block at line " + (start + 1) + " is never closed");
            }
            blocks.add(new JavaBlock(start + 1, source, code.toString()));
        }
        return blocks;
    }
}
