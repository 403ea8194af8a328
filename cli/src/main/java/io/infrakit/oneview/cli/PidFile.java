package io.infrakit.oneview.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The {@code <name>.pid} file InfraKit's launcher writes beside a socket: the decimal pid, no newline. */
final class PidFile {

    private PidFile() {
    }

    static void write(Path file, long pid) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, Long.toString(pid), StandardCharsets.US_ASCII);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
