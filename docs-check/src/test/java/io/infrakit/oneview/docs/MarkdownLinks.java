package io.infrakit.oneview.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the links of a Markdown document: a relative link names a file inside the repository that exists, and
 * its {@code #anchor}, if any, a heading of that file; no text points into folders beside the repository.
 */
final class MarkdownLinks {

    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern OUTSIDE = Pattern.compile("\\.\\./shared|shared/oneview-fixtures");

    private final Repository repository;

    MarkdownLinks(Repository repository) {
        this.repository = repository;
    }

    /**
     * @param document a Markdown document of the repository
     * @return one line per problem; empty when every link holds
     */
    List<String> problems(Path document) {
        List<String> problems = new ArrayList<>();
        String[] lines = read(document).split("\n", -1);
        boolean fenced = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            String at = repository.relative(document) + ":" + (i + 1) + ": ";
            if (OUTSIDE.matcher(line).find()) {
                problems.add(at + "points outside the repository (the reference folders beside it are not part of a"
                        + " user's clone): " + line.strip());
            }
            if (fenced) {
                continue;
            }
            Matcher m = LINK.matcher(line.replaceAll("`[^`]*`", ""));
            while (m.find()) {
                String problem = check(document, m.group(1));
                if (problem != null) {
                    problems.add(at + problem);
                }
            }
        }
        return problems;
    }

    private String check(Path document, String target) {
        if (target.matches("^[a-z]+:.*")) {
            return null; // https:, mailto: and the like are not files of the repository
        }
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = file.isEmpty() ? document : document.getParent().resolve(file).normalize();
        if (!resolved.startsWith(repository.root())) {
            return "the link " + target + " leaves the repository";
        }
        if (!Files.exists(resolved)) {
            return "the link " + target + " names a file that does not exist";
        }
        if (anchor != null && resolved.toString().endsWith(".md") && !anchors(resolved).contains(anchor)) {
            return "the link " + target + " names no heading of " + repository.relative(resolved);
        }
        return null;
    }

    /** The anchors GitHub gives a document's headings: lower case, punctuation dropped, spaces as dashes. */
    static Set<String> anchors(Path document) {
        Set<String> anchors = new HashSet<>();
        boolean fenced = false;
        for (String line : read(document).split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced && line.startsWith("#")) {
                String text = line.replaceFirst("^#+\\s*", "").strip();
                String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
                String unique = slug;
                for (int n = 1; !anchors.add(unique); n++) {
                    unique = slug + "-" + n;
                }
            }
        }
        return anchors;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
