package io.infrakit.oneview.client.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The transport TCK and its helper server ship in the test jar, whose published pom carries no test dependencies:
 * they may use only the JDK, oneview-client itself and JUnit Jupiter's API (which any JUnit 5 test that subclasses
 * the TCK has), so that they are usable as shipped.
 */
class TestJarDependenciesTest {
    private static final Path TESTING = Path.of("src/test/java/io/infrakit/oneview/client/testing");

    @Test
    void theTckNeedsNothingButTheJdkTheClientAndJUnitJupiter() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(TESTING), "run from the module directory");
        for (String file : List.of("OneViewTransportTck.java", "HandlerHttpServer.java")) {
            assertThat(Files.readAllLines(TESTING.resolve(file)).stream().filter(l -> l.startsWith("import ")))
                    .as(file)
                    .allSatisfy(l -> assertThat(l).matches("import (static )?(java\\.|javax\\.|com\\.sun\\.net\\."
                            + "httpserver\\.|org\\.junit\\.jupiter\\.api\\.|io\\.infrakit\\.oneview\\.client\\."
                            + "(transport|error)\\.).*"));
        }
    }
}
