package io.infrakit.oneview.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The repository this module checks: its root and its Markdown documents. */
record Repository(Path root) {

    /** @return the repository holding this module (the parent of the module's directory, where tests run) */
    static Repository current() {
        Path root = Path.of(System.getProperty("docs.root", "..")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("docs"))) {
            throw new IllegalStateException("not the repository root (no pom.xml and docs/): " + root);
        }
        return new Repository(root);
    }

    /** @return README.md, every docs/*.md and every module's README.md, in a stable order */
    List<Path> markdown() {
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        files.addAll(list(root.resolve("docs"), 1));
        for (Path module : list(root, 1)) {
            Path readme = module.resolve("README.md");
            if (Files.isDirectory(module) && Files.isRegularFile(readme)) {
                files.add(readme);
            }
        }
        return files.stream().filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).toList();
    }

    /** @return the path relative to the root, with forward slashes */
    String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static List<Path> list(Path dir, int depth) {
        try (Stream<Path> s = Files.walk(dir, depth)) {
            return s.filter(p -> !p.equals(dir)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
