package io.infrakit.oneview.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Compares every java block of the documents with the region of the source file it names. */
final class SnippetCheck {

    /** Where the compiled sources of the documents' blocks live, relative to the repository root. */
    static final String SNIPPETS = "docs-check/src/test/java/io/infrakit/oneview/docs/snippets/";

    private final Repository repository;

    SnippetCheck(Repository repository) {
        this.repository = repository;
    }

    /**
     * @param document a Markdown document of the repository
     * @return one line per problem, naming the document and line; empty when every block matches its source
     */
    List<String> problems(Path document) {
        String where = repository.relative(document);
        List<String> problems = new ArrayList<>();
        List<JavaBlock> blocks;
        try {
            blocks = JavaBlock.parse(read(document));
        } catch (IllegalArgumentException e) {
            return List.of(where + ": " + e.getMessage());
        }
        for (JavaBlock block : blocks) {
            String at = where + ":" + block.line() + ": ";
            if (block.source() == null) {
                problems.add(at + "a java block must be a region of a compiled source: put the line "
                        + String.format(JavaBlock.MARKER_FORMAT, SNIPPETS + "<doc>/<Name>.java")
                        + " before it and the same code between " + SnippetRegions.START + " and " + SnippetRegions.END
                        + " in that file");
                continue;
            }
            if (!block.source().startsWith(SNIPPETS)) {
                problems.add(at + block.source() + " is not under " + SNIPPETS + " (sources elsewhere are not"
                        + " compiled with the documented class path)");
                continue;
            }
            Path source = repository.root().resolve(block.source());
            if (!Files.isRegularFile(source)) {
                problems.add(at + "the source " + block.source() + " does not exist");
                continue;
            }
            String region;
            try {
                region = SnippetRegions.extract(read(source));
            } catch (IllegalArgumentException e) {
                problems.add(at + block.source() + ": " + e.getMessage());
                continue;
            }
            if (!normalized(region).equals(normalized(block.code()))) {
                problems.add(at + "the block differs from the region of " + block.source() + " at its line "
                        + firstDifference(normalized(region), normalized(block.code())) + ": edit both together");
            }
        }
        return problems;
    }

    private static String normalized(String code) {
        return code.lines().map(String::stripTrailing).reduce("", (a, b) -> a + b + "\n");
    }

    private static int firstDifference(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        int i = 0;
        while (i < x.length && i < y.length && x[i].equals(y[i])) {
            i++;
        }
        return i + 1;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
