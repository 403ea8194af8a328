package io.infrakit.oneview.client.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Reads the shared OneView fixtures in place ({@code ../../shared/oneview-fixtures} from the module directory, or
 * {@code ../shared/oneview-fixtures} from the repository root). Tests using them are skipped when the folder is
 * absent.
 */
public final class Fixtures {
    private static final ThreadLocal<Boolean> SKIPPED = ThreadLocal.withInitial(() -> false);

    private Fixtures() {
    }

    /**
     * Tells whether the current thread's test was skipped for want of fixtures since the last call, and forgets it:
     * such a test stopped half-way, so the expectations it had set up must not be verified.
     *
     * @return true when a fixture read skipped the test
     */
    public static boolean skippedTest() {
        boolean skipped = SKIPPED.get();
        SKIPPED.remove();
        return skipped;
    }

    /**
     * @return the fixtures folder; skips the calling test when absent
     */
    public static Path dir() {
        Path cwd = Path.of("").toAbsolutePath();
        for (Path candidate : List.of(cwd.resolve("../../shared/oneview-fixtures"),
                cwd.resolve("../shared/oneview-fixtures"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.normalize();
            }
        }
        SKIPPED.set(true);
        Assumptions.abort("Shared OneView fixtures not found next to " + cwd + "; skipping");
        throw new IllegalStateException("unreachable");
    }

    /**
     * @param relative path inside the fixtures folder
     * @return the file's text
     */
    public static String read(String relative) {
        try {
            return Files.readString(dir().resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return every JSON file of the fixtures folder
     */
    public static List<Path> allJsonFiles() {
        try (Stream<Path> files = Files.walk(dir())) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
