package io.infrakit.oneview.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * An exclusive lock on the sidecar {@code <state file>.lock}, held for a store's lifetime. The lock file holds the
 * owner's pid so that a refused process can name it. The lock file is left in place on release: deleting it would
 * let two processes lock two different files of the same name.
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
     * @throws StateStoreException when another process (or another store in this process) holds it
     */
    static StateFileLock acquire(Path lockFile, Path stateFile) {
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE), OwnerOnly.fileAttributes());
        } catch (IOException e) {
            throw new StateStoreException("cannot open the lock file " + lockFile + " of the state file " + stateFile
                    + ": " + e, e);
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = holderOf(lockFile);
                channel.close();
                throw new StateStoreException("the state file " + stateFile + " is in use by another process"
                        + (holder.isEmpty() ? "" : " (pid " + holder + ")") + ", which holds the lock " + lockFile
                        + "; stop it, or give this plugin another --name or --state");
            }
            recordPid(channel);
            return new StateFileLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StateStoreException("cannot lock " + lockFile + " for the state file " + stateFile + ": " + e,
                    e);
        }
    }

    private static void recordPid(FileChannel channel) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
                0);
        channel.force(true);
    }

    private static String holderOf(Path lockFile) {
        try {
            String text = Files.readString(lockFile, StandardCharsets.US_ASCII).trim();
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
