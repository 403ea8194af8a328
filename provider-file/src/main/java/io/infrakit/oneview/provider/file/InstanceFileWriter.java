package io.infrakit.oneview.provider.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Creates a file that must not exist yet, crash-safe: the content goes to a temporary file in the same folder
 * ({@code .<name>.<hex>.tmp}), which is fsynced and then hard-linked to the final name (the link fails atomically
 * if the name exists, even when another process races for it), then the temporary name is removed and the folder
 * fsynced. A crash leaves either no file or the complete file (plus, at worst, a stray temporary file).
 */
final class InstanceFileWriter {

    private static final SecureRandom RANDOM = new SecureRandom();

    private InstanceFileWriter() {
    }

    /**
     * @param file    the file to create
     * @param content its content
     * @throws FileAlreadyExistsException when the file exists
     * @throws IOException                when it could not be written; nothing is left behind
     */
    static void createNew(Path file, byte[] content) throws IOException {
        Path dir = file.getParent();
        Path temp = temporaryFor(file);
        try {
            writeSynced(temp, content);
            try {
                Files.createLink(file, temp);
            } catch (UnsupportedOperationException e) {
                // no hard links here: create-new directly (atomic existence check, durable after the fsync below)
                Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                        StandardOpenOption.SYNC);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        syncDirectory(dir);
    }

    /**
     * Replaces an existing file crash-safe: temporary file, fsync, atomic rename, fsync of the folder.
     *
     * @param file    the file to replace
     * @param content its new content
     * @throws IOException when it could not be written; the old content is intact
     */
    static void replace(Path file, byte[] content) throws IOException {
        Path dir = file.getParent();
        Path temp = temporaryFor(file);
        try {
            writeSynced(temp, content);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        syncDirectory(dir);
    }

    private static Path temporaryFor(Path file) {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return file.resolveSibling("." + file.getFileName() + "." + HexFormat.of().formatHex(random) + ".tmp");
    }

    private static void writeSynced(Path temp, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // platforms that cannot sync a folder: the file is as durable as the file system makes it
        }
    }
}
