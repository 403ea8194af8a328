package io.infrakit.oneview.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders that only their owner can use: created 0600 / 0700 where the file system is POSIX, and folders
 * that other users can write to refused, since another user could plant links or files in them.
 */
final class OwnerOnly {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /** @return attributes for a new owner-only file (none where not POSIX) */
    static FileAttribute<?>[] fileAttributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    /**
     * Creates a folder and its missing parents; the folders created are owner-only.
     *
     * @param dir the folder
     * @throws IOException when it cannot be created
     */
    static void createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (POSIX) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIR));
        } else {
            Files.createDirectories(dir);
        }
    }

    /**
     * Refuses a folder that a user other than its owner can write to, or whose owner is neither this process's user
     * nor root: anyone who can write there can replace the state or plant a link that makes the plugin overwrite
     * another file.
     *
     * @param dir  the folder
     * @param what what the folder holds, for the message ("the state file /x/s.json")
     * @throws StateStoreException when the folder is not private
     */
    static void requirePrivateFolder(Path dir, String what) {
        if (!POSIX) {
            return;
        }
        PosixFileAttributes attributes;
        try {
            attributes = Files.readAttributes(dir, PosixFileAttributes.class);
        } catch (IOException e) {
            throw new StateStoreException("cannot check the permissions of " + dir + ", the folder of " + what + ": "
                    + e, e);
        }
        Set<PosixFilePermission> perms = attributes.permissions();
        String mode = PosixFilePermissions.toString(perms);
        if (perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
            throw new StateStoreException("the folder " + dir + " of " + what + " can be written by other users ("
                    + mode + "): they could replace the state or plant a link in it; make it private (chmod 700 "
                    + dir + ") or keep the state in a private folder");
        }
        String owner = attributes.owner().getName();
        String me = System.getProperty("user.name");
        if (!owner.equals(me) && !owner.equals("root")) {
            throw new StateStoreException("the folder " + dir + " of " + what + " belongs to the user " + owner
                    + ", not to " + me + " who runs the plugin: keep the state in a folder of your own");
        }
    }

    /**
     * Removes group and other permissions from a file of ours that has them.
     *
     * @param file the file (not followed if it is a link)
     * @return true when the permissions were narrowed
     * @throws IOException when they cannot be read or changed
     */
    static boolean restrict(Path file) throws IOException {
        if (!POSIX) {
            return false;
        }
        Set<PosixFilePermission> perms = Files.readAttributes(file, PosixFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS).permissions();
        if (FILE.containsAll(perms)) {
            return false;
        }
        Files.setPosixFilePermissions(file, FILE);
        return true;
    }
}
