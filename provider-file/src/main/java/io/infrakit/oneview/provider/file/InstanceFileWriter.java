package io.infrakit.oneview.provider.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Creates a file that must not exist yet, crash-safe: the content goes to a temporary file in the same folder
 * ({@code .<name>.<hex>.tmp}), which is fsynced and then hard-linked to the final name (the link fails atomically
 * if the name exists, even when another process races for it), then the temporary name is removed and the folder
 * fsynced. A crash leaves either no file or the complete file (plus, at worst, a stray temporary file).
 */
final class InstanceFileWriter {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    /** Instance files are created owner-only (they hold the spec, init script included), whatever the umask. */
    private static final FileAttribute<?>[] FILE_MODE = POSIX
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
            : new FileAttribute<?>[0];
    private static final FileAttribute<?>[] DIR_MODE = POSIX
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
            : new FileAttribute<?>[0];

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
                writeSynced(file, content);
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

    /**
     * Creates the instance folder and its missing parents, each owner-only (mode 0700 at creation, whatever the
     * umask); an existing folder is left as it is.
     *
     * @param dir the folder
     * @throws IOException when it cannot be created
     */
    static void createDirectories(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, DIR_MODE);
        }
    }

    private static Path temporaryFor(Path file) {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return file.resolveSibling("." + file.getFileName() + "." + HexFormat.of().formatHex(random) + ".tmp");
    }

    private static void writeSynced(Path temp, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), FILE_MODE)) {
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
