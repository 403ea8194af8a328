package io.infrakit.oneview.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documentation links only files of the repository that exist, and headings that exist. */
class DocLinksTest {

    @TempDir
    Path tmp;

    @Test
    void everyLinkOfTheDocsHolds() {
        Repository repository = Repository.current();
        MarkdownLinks links = new MarkdownLinks(repository);
        List<String> problems = repository.markdown().stream().flatMap(doc -> links.problems(doc).stream()).toList();
        assertThat(problems).isEmpty();
    }

    @Test
    void brokenLinksAreNamed() throws IOException {
        Path root = tmp.resolve("repo");
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/a.md"), "# Title\n\n## Metrics and alerts\n");
        Files.writeString(root.resolve("docs/b.md"), "[ok](a.md#metrics-and-alerts) [web](https://example.com)\n"
                + "[gone](missing.md)\n[out](../../elsewhere/x.md)\n[anchor](a.md#nope)\n`[code](nowhere.md)`\n"
                + "see ../shared/oneview-fixtures\n");
        Repository repo = new Repository(root);
        assertThat(new MarkdownLinks(repo).problems(root.resolve("docs/b.md"))).containsExactly(
                "docs/b.md:2: the link missing.md names a file that does not exist",
                "docs/b.md:3: the link ../../elsewhere/x.md leaves the repository",
                "docs/b.md:4: the link a.md#nope names no heading of docs/a.md",
                "docs/b.md:6: points outside the repository (the reference folders beside it are not part of a user's"
                        + " clone): see ../shared/oneview-fixtures");
    }
}
