package io.infrakit.oneview.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module graph in docs/architecture.md is the one the poms declare. {@code -Ddocs.update=true} rewrites the
 * document's generated section instead of failing.
 */
class ModuleGraphTest {

    @TempDir
    Path tmp;

    @Test
    void theArchitectureDocumentShowsTheGraphOfThePoms() throws IOException {
        Repository repository = Repository.current();
        Path doc = repository.root().resolve("docs/architecture.md");
        String markdown = Files.readString(doc);
        String table = ModuleGraph.read(repository.root()).table();
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(doc, ModuleGraph.replaceSection(markdown, table));
            markdown = Files.readString(doc);
        }
        assertThat(ModuleGraph.section(markdown)).as("the generated section of docs/architecture.md (rewrite it with"
                + " ./mvnw -B verify -pl docs-check -am -Ddocs.update=true)").contains(table);
    }

    @Test
    void layersFollowTheCompileDependenciesOnlyAndCyclesAreNamed() throws IOException {
        Path root = tmp.resolve("repo");
        module(root, "a", "");
        module(root, "b", dep("a", null));
        module(root, "c", dep("b", null) + dep("a", "test"));
        module(root, "d", dep("c", "test"));
        Files.writeString(root.resolve("pom.xml"), "<project><groupId>g</groupId><modules><module>a</module>"
                + "<module>b</module><module>c</module><module>d</module></modules></project>");
        ModuleGraph graph = ModuleGraph.read(root);
        assertThat(graph.table()).isEqualTo("| layer | module | depends on | its tests also use |\n|---|---|---|---|\n"
                + "| 0 | `a` | — | — |\n| 0 | `d` | — | `c` |\n| 1 | `b` | `a` | — |\n| 2 | `c` | `b` | `a` |\n");

        module(root, "a", dep("c", null));
        assertThatThrownBy(() -> ModuleGraph.read(root).layers()).hasMessageContaining("a dependency cycle");
    }

    private static String dep(String artifact, String scope) {
        return "<dependency><groupId>g</groupId><artifactId>" + artifact + "</artifactId>"
                + (scope == null ? "" : "<scope>" + scope + "</scope>") + "</dependency>";
    }

    private static void module(Path root, String name, String deps) throws IOException {
        Files.createDirectories(root.resolve(name));
        Files.writeString(root.resolve(name).resolve("pom.xml"), "<project><artifactId>" + name
                + "</artifactId><dependencies>" + deps + "</dependencies></project>");
    }
}
