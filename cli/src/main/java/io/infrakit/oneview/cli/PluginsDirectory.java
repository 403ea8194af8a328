package io.infrakit.oneview.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The folder of plugin sockets: created owner-only when missing (every folder created, {@code ~/.infrakit}
 * included, gets mode 0700 at creation, whatever the umask), and refused when other users could write to it: they
 * could replace this plugin's socket with their own, or pose as any other plugin InfraKit looks up there.
 */
final class PluginsDirectory {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private PluginsDirectory() {
    }

    /**
     * @param dir the plugins directory
     * @throws StartupException when other users can write to it, or it is not a folder
     * @throws IOException      when it cannot be created or read
     */
    static void prepare(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            if (POSIX) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createDirectories(dir);
            }
        }
        if (!POSIX) {
            return;
        }
        PosixFileAttributes attributes = Files.readAttributes(dir, PosixFileAttributes.class);
        Set<PosixFilePermission> mode = attributes.permissions();
        boolean othersWrite = mode.contains(PosixFilePermission.GROUP_WRITE)
                || mode.contains(PosixFilePermission.OTHERS_WRITE);
        String owner = attributes.owner().getName();
        String me = System.getProperty("user.name");
        if (othersWrite) {
            throw new StartupException("the plugins directory " + dir + " can be written by other users (mode "
                    + PosixFilePermissions.toString(mode) + "): they could replace this plugin's socket or pose as "
                    + "another plugin. Run chmod go-w " + dir + ", or set INFRAKIT_PLUGINS_DIR to a folder only you "
                    + "can write to");
        }
        if (!owner.equals(me) && !owner.equals("root")) {
            throw new StartupException("the plugins directory " + dir + " belongs to the user " + owner
                    + ", who could replace this plugin's socket; use a folder of your own (INFRAKIT_PLUGINS_DIR)");
        }
    }
}
