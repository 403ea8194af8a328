package io.infrakit.oneview.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content: a temporary file in the
 * same folder ({@code .<name>.<hex>.tmp}, owner-only), write, fsync, atomic rename over the target, fsync of the
 * folder.
 */
final class AtomicFileWriter {

    /** A point between the steps where tests inject failures. */
    interface Step {
        /** No failures. */
        Step NONE = temp -> { };

        /**
         * Runs after the temporary file is written and synced, before the rename.
         *
         * @param temp the temporary file
         * @throws IOException to make the write fail there
         */
        void beforeRename(Path temp) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Step step;

    AtomicFileWriter(Path target, Step step) {
        this.target = target;
        this.step = step;
    }

    /**
     * @param content the new content
     * @throws IOException when the content could not be made durable; the old file is intact
     */
    void write(byte[] content) throws IOException {
        Path dir = target.getParent();
        Path temp = dir.resolve(tempName());
        boolean renamed = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), OwnerOnly.fileAttributes())) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            step.beforeRename(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            renamed = true;
            syncDirectory(dir);
        } finally {
            if (!renamed) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * @param target    a file this class writes
     * @param infixes   regular expressions of names beside it written the same way (for example backups), or none
     * @return a pattern matching the temporary files of the target (and of those names), for clean-up after a crash
     */
    static Pattern tempFiles(Path target, String... infixes) {
        String names = infixes.length == 0 ? "" : "(" + String.join("|", infixes) + ")?";
        return Pattern.compile("\\." + Pattern.quote(target.getFileName().toString()) + names
                + "\\.[0-9a-f]{16}\\.tmp");
    }

    private String tempName() {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return "." + target.getFileName() + "." + HexFormat.of().formatHex(random) + ".tmp";
    }

    /**
     * Makes a rename durable. Some platforms cannot open a folder for sync; there the rename is as durable as the
     * file system makes it.
     */
    static void syncDirectory(Path dir) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(dir, StandardOpenOption.READ);
        } catch (IOException | UnsupportedOperationException e) {
            return;
        }
        try (channel) {
            channel.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows")) {
                throw e;
            }
        }
    }
}
