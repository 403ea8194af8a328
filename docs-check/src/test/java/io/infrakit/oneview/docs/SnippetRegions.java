package io.infrakit.oneview.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of a source file that a document shows: the lines between {@code // doc:start} and {@code // doc:end}
 * (several such regions are joined by one blank line, each without the indentation its lines share). A source
 * file's import lines must all lie inside a region, so that the document's block compiles with its own imports
 * and nothing else.
 */
final class SnippetRegions {

    static final String START = "// doc:start";
    static final String END = "// doc:end";

    private SnippetRegions() {
    }

    /**
     * @param source a Java source file's text
     * @return the text a document must show
     * @throws IllegalArgumentException when the file has no region, an unbalanced one, or an import outside them
     */
    static String extract(String source) {
        List<String> regions = new ArrayList<>();
        List<String> current = null;
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.equals(START)) {
                if (current != null) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": " + START + " inside a region");
                }
                current = new ArrayList<>();
            } else if (trimmed.equals(END)) {
                if (current == null) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": " + END + " without " + START);
                }
                regions.add(dedent(current));
                current = null;
            } else if (current != null) {
                current.add(line);
            } else if (trimmed.startsWith("import ")) {
                throw new IllegalArgumentException("line " + (i + 1) + ": an import outside the regions the document"
                        + " shows (the document's block would not compile as pasted): " + trimmed);
            }
        }
        if (current != null) {
            throw new IllegalArgumentException(START + " without " + END);
        }
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("no " + START + " ... " + END + " region");
        }
        return String.join("\n", regions);
    }

    private static String dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String l : lines) {
            out.append(l.isBlank() ? "" : l.substring(indent).stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
