package io.infrakit.oneview.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every java block of the documentation is the region of a source file that this module compiles. */
class DocSnippetsTest {

    @TempDir
    Path tmp;

    @Test
    void everyJavaBlockOfTheDocsIsARegionOfACompiledSource() {
        Repository repository = Repository.current();
        SnippetCheck check = new SnippetCheck(repository);
        List<String> problems = repository.markdown().stream().flatMap(doc -> check.problems(doc).stream()).toList();
        assertThat(problems).isEmpty();
        long blocks = repository.markdown().stream().mapToLong(doc -> count(doc)).sum();
        assertThat(blocks).as("java blocks found in the docs").isGreaterThanOrEqualTo(19);
    }

    @Test
    void aBlockEditedInTheDocumentAloneFails() throws IOException {
        Repository repo = fakeRepository("int answer = 42;\n", "int answer = 41;\n");
        assertThat(new SnippetCheck(repo).problems(repo.root().resolve("docs/guide.md")))
                .singleElement().asString()
                .startsWith("docs/guide.md:2: the block differs from the region of " + SOURCE + " at its line 1");
    }

    @Test
    void aMatchingBlockPasses() throws IOException {
        Repository repo = fakeRepository("int answer = 42;\n", "int answer = 42;\n");
        assertThat(new SnippetCheck(repo).problems(repo.root().resolve("docs/guide.md"))).isEmpty();
    }

    @Test
    void aBlockWithoutItsSourceFails() throws IOException {
        Repository repo = fakeRepository("int answer = 42;\n", "int answer = 42;\n");
        Files.writeString(repo.root().resolve("docs/guide.md"), "text\n```java\nint answer = 42;\n```\n");
        assertThat(new SnippetCheck(repo).problems(repo.root().resolve("docs/guide.md")))
                .singleElement().asString().contains("a java block must be a region of a compiled source");
    }

    @Test
    void anImportOutsideTheRegionsFails() {
        String source = "package p;\n\nimport java.util.List;\n\nclass A {\n  void run() {\n    // doc:start\n"
                + "    List.of();\n    // doc:end\n  }\n}\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SnippetRegions.extract(source))
                .hasMessageContaining("line 3: an import outside the regions");
    }

    @Test
    void regionsAreJoinedByABlankLineWithoutTheirIndentation() {
        String source = "package p;\n\n// doc:start\nimport java.util.List;\n// doc:end\n\nclass A {\n"
                + "  void run() {\n    // doc:start\n    List.of(\n        1);\n    // doc:end\n  }\n}\n";
        assertThat(SnippetRegions.extract(source)).isEqualTo("import java.util.List;\n\nList.of(\n    1);\n");
    }

    private static final String SOURCE = SnippetCheck.SNIPPETS + "guide/Example1.java";

    private Repository fakeRepository(String inSource, String inDoc) throws IOException {
        Path root = tmp.resolve("repo");
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Path source = root.resolve(SOURCE);
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package guide;\n\nclass Example1 {\n    void run() {\n        // doc:start\n        "
                + inSource + "        // doc:end\n    }\n}\n");
        Files.writeString(root.resolve("docs/guide.md"), String.format(JavaBlock.MARKER_FORMAT, SOURCE)
                + "\n```java\n" + inDoc + "```\n");
        return new Repository(root);
    }

    private static long count(Path doc) {
        try {
            return JavaBlock.parse(Files.readString(doc)).size();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
