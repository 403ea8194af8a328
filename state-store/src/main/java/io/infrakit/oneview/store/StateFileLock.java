package io.infrakit.oneview.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.OptionalLong;
import java.util.Set;

/**
 * An exclusive lock on the sidecar {@code <state file>.lock}, held for a store's lifetime. The lock file holds the
 * owner's pid so that a refused process can name it. It is opened without following links and must be a regular
 * file with one name: a link planted there would otherwise make the plugin truncate the file it points to. The lock
 * file is left in place on release: deleting it would let two processes lock two different files of the same name.
 */
final class StateFileLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private StateFileLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @param lockFile  the sidecar lock file
     * @param stateFile the state file it protects, for messages
     * @return the held lock
     * @throws StateStoreLockedException when another process (or another store in this process) holds it
     * @throws StateStoreException when the lock file
     *                             is a link or not a plain file
     */
    static StateFileLock acquire(Path lockFile, Path stateFile) {
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS), OwnerOnly.fileAttributes());
        } catch (IOException e) {
            if (Files.isSymbolicLink(lockFile)) {
                throw new StateStoreException("the lock file " + lockFile + " of the state file " + stateFile
                        + " is a symbolic link; the plugin does not follow it (it would overwrite the file it points "
                        + "to): remove it and start again", e);
            }
            throw new StateStoreException("cannot open the lock file " + lockFile + " of the state file " + stateFile
                    + ": " + e, e);
        }
        try {
            requirePlainFile(lockFile, stateFile);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = holderOf(channel);
                channel.close();
                throw new StateStoreLockedException("the state file " + stateFile + " is in use by another process"
                        + (holder.isEmpty() ? "" : " (pid " + holder + ")") + ", which holds the lock " + lockFile
                        + "; stop it, or give this plugin another --name or --state",
                        holder.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(holder)));
            }
            recordPid(channel);
            return new StateFileLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StateStoreException("cannot lock " + lockFile + " for the state file " + stateFile + ": " + e,
                    e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static void requirePlainFile(Path lockFile, Path stateFile) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(lockFile, BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        Object links = Files.getFileStore(lockFile).supportsFileAttributeView("unix")
                ? Files.getAttribute(lockFile, "unix:nlink", LinkOption.NOFOLLOW_LINKS) : 1;
        if (!attributes.isRegularFile() || !Integer.valueOf(1).equals(links)) {
            throw new StateStoreException("the lock file " + lockFile + " of the state file " + stateFile
                    + " is not a plain file of its own (" + (attributes.isRegularFile() ? links + " names"
                    : "not a regular file") + "); the plugin does not write to it: remove it and start again");
        }
    }

    private static void recordPid(FileChannel channel) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
                0);
        channel.force(true);
    }

    private static String holderOf(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
            return text.matches("[0-9]{1,12}") ? text : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to do
        }
    }

    /** Releases the lock. */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it anyway
        }
        closeQuietly(channel);
    }
}
