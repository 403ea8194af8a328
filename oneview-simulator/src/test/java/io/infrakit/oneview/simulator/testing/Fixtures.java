package io.infrakit.oneview.simulator.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Reads recorded OneView appliance payloads in place, for the tests that compare the client and the simulator with
 * real appliances. The folder is the one named by the system property {@code oneview.fixtures}, else the one the
 * project's developers keep beside the repository. Where there is none, those tests are skipped, and the first skip
 * of a test run says so on standard output (once, with the way to run them).
 */
public final class Fixtures {

    /** The system property naming the folder of recorded payloads. */
    public static final String PROPERTY = "oneview.fixtures";

    private static final ThreadLocal<Boolean> SKIPPED = ThreadLocal.withInitial(() -> false);
    private static final AtomicBoolean TOLD = new AtomicBoolean();

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

    /** @return the fixtures folder, if there is one */
    public static Optional<Path> find() {
        String named = System.getProperty(PROPERTY);
        if (named != null) {
            Path dir = Path.of(named).toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("-D" + PROPERTY + "=" + named + " is not a folder");
            }
            return Optional.of(dir);
        }
        Path cwd = Path.of("").toAbsolutePath();
        for (Path candidate : List.of(cwd.resolve("../../shared/oneview-fixtures"),
                cwd.resolve("../shared/oneview-fixtures"))) {
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate.normalize());
            }
        }
        return Optional.empty();
    }

    /**
     * @return the fixtures folder; skips the calling test when absent
     */
    public static Path dir() {
        Optional<Path> dir = find();
        if (dir.isPresent()) {
            return dir.get();
        }
        if (TOLD.compareAndSet(false, true)) {
            System.out.println("[fixtures] no recorded OneView payloads here: the tests that compare with them are"
                    + " skipped; run them with -D" + PROPERTY + "=DIR");
        }
        SKIPPED.set(true);
        Assumptions.abort("recorded OneView payloads not found; set -D" + PROPERTY + "=DIR to run this test");
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
