package io.infrakit.oneview.rpc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Binds a Unix socket so that it is never reachable with another mode than its final one. A socket file is created
 * by {@code bind} with the mode {@code 0777} less the process umask, and it accepts connections at once: binding at
 * the final path and then changing the mode leaves a moment (forever, under {@code umask 000}) in which every local
 * user can connect. So the socket is bound inside a new folder of mode {@code 0700} beside the final path (nobody
 * else can reach anything in it), given its final mode there, then hard-linked to the final path, which fails if
 * anything appeared there meanwhile (so a live plugin's socket is never replaced), and the temporary name and folder
 * are removed. Where hard links are not possible it is renamed instead. On file systems without POSIX permissions it
 * is bound in place.
 */
final class PrivateSocketBinder {

    /** The longest Unix socket path (sun_path holds 108 bytes with the terminating NUL). */
    static final int MAX_SOCKET_PATH_BYTES = 107;

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> PRIVATE_DIR = PosixFilePermissions.fromString("rwx------");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Binds a listening socket at a path. */
    @FunctionalInterface
    interface Bind<T> {
        T at(Path path) throws Exception;
    }

    private PrivateSocketBinder() {
    }

    /**
     * @param socket the final path; its folder must exist and nothing may be at the path
     * @param mode   the socket's permissions
     * @param bind   binds the listening socket at the path it is given
     * @param close  closes what {@code bind} returned, when a later step fails
     * @param <T>    what {@code bind} returns
     * @return what {@code bind} returned, now reachable at {@code socket} with {@code mode}
     * @throws IOException when the socket cannot be bound; nothing is left behind
     */
    static <T> T bind(Path socket, Set<PosixFilePermission> mode, Bind<T> bind, Consumer<T> close) throws IOException {
        requireFree(socket);
        if (!POSIX) {
            return bindAt(socket, socket, bind);
        }
        Path folder = privateFolder(socket.toAbsolutePath().getParent());
        Path temporary = folder.resolve("s");
        try {
            T bound = bindAt(temporary, socket, bind);
            try {
                Files.setPosixFilePermissions(temporary, mode);
                publish(temporary, socket);
                return bound;
            } catch (IOException | RuntimeException e) {
                close.accept(bound);
                throw e;
            }
        } finally {
            Files.deleteIfExists(temporary);
            Files.deleteIfExists(folder);
        }
    }

    private static void requireFree(Path socket) throws IOException {
        if (socket.toString().getBytes(StandardCharsets.UTF_8).length > MAX_SOCKET_PATH_BYTES) {
            throw new IOException("cannot bind " + socket + ": a Unix socket path must be at most "
                    + MAX_SOCKET_PATH_BYTES + " bytes long");
        }
        if (Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
            // a native bind would silently replace the file and steal a live plugin's socket
            throw new IOException("cannot bind " + socket + ": a file already exists there (a running plugin, or a "
                    + "stale socket the caller must check and remove first)");
        }
    }

    private static <T> T bindAt(Path path, Path socket, Bind<T> bind) throws IOException {
        if (path.toString().getBytes(StandardCharsets.UTF_8).length > MAX_SOCKET_PATH_BYTES) {
            throw new IOException("cannot bind " + socket + ": the socket is first bound at " + path + " (in a private "
                    + "folder, so that it is never reachable with another mode) and that path is over "
                    + MAX_SOCKET_PATH_BYTES + " bytes; choose a shorter plugins directory");
        }
        try {
            return bind.at(path);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot bind " + socket + ": " + e.getMessage(), e);
        }
    }

    /** A new folder of mode 0700 in {@code parent}, with a short random name starting with a dot. */
    private static Path privateFolder(Path parent) throws IOException {
        for (int attempt = 0; ; attempt++) {
            byte[] random = new byte[4];
            RANDOM.nextBytes(random);
            Path folder = parent.resolve(".bind-" + HexFormat.of().formatHex(random));
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PRIVATE_DIR));
                Files.setPosixFilePermissions(folder, PRIVATE_DIR);
                return folder;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    private static void publish(Path temporary, Path socket) throws IOException {
        try {
            Files.createLink(socket, temporary);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("cannot bind " + socket + ": a file appeared there while the socket was being "
                    + "bound (another plugin starting with the same name?)", e);
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (e instanceof FileAlreadyExistsException) {
                throw e;
            }
            requireFree(socket);
            Files.move(temporary, socket);
        }
    }
}
