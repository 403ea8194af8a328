package io.infrakit.oneview.store;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link StateStore} in one JSON file.
 *
 * <ul>
 *   <li><b>Open</b> ({@link #open(Path)}): creates missing parent folders (owner-only), takes an exclusive lock on
 *       the sidecar {@code <file>.lock} (which records this process's pid) for the store's lifetime, deletes
 *       temporary files left by a crash, and reads and checks the file. A second process on the same file, a
 *       corrupt file (not one JSON object, not UTF-8, empty) or an unreadable one is refused there, with a
 *       {@link StateStoreException} naming the file; a refused file is never written to.</li>
 *   <li><b>Write</b>: the new document goes to {@code .<file name>.<random>.tmp} in the same folder (mode 0600),
 *       which is fsynced, atomically renamed over the file, and the folder is fsynced. A crash at any moment leaves
 *       either the previous or the new document.</li>
 *   <li><b>Revision</b>: kept in memory (the lock makes this process the only writer): 0 when the file does not
 *       exist yet, 1 when an existing file was loaded, plus one per write.</li>
 *   <li><b>Read</b>: served from memory: the file is read only at open.</li>
 * </ul>
 *
 * <p>Thread-safe. Never logs the document's content.
 */
public final class FileStateStore extends RevisionedStateStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileStateStore.class);

    private final Path file;
    private final AtomicFileWriter writer;
    private final StateFileLock lock;

    private FileStateStore(Path file, AtomicFileWriter writer, StateFileLock lock, StateSnapshot current) {
        super(current);
        this.file = file;
        this.writer = writer;
        this.lock = lock;
    }

    /**
     * Opens (and locks) a state file. The file itself is created by the first write.
     *
     * @param file the state file, for example {@code ~/.infrakit/state/instance-oneview.json}
     * @return the open store; close it to release the lock
     * @throws StateStoreException when the file is locked by another process, corrupt, unreadable, or its folder
     *                             cannot be created; the message names the file
     */
    public static FileStateStore open(Path file) {
        return open(file, AtomicFileWriter.Step.NONE);
    }

    static FileStateStore open(Path file, AtomicFileWriter.Step step) {
        Path target = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        if (target.getFileName() == null) {
            throw new StateStoreException("the state file path " + file + " names no file");
        }
        try {
            OwnerOnly.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new StateStoreException("cannot create the folder " + target.getParent() + " of the state file "
                    + target + ": " + e, e);
        }
        if (Files.isDirectory(target)) {
            throw new StateStoreException("the state file " + target + " is a folder; give the path of a file");
        }
        StateFileLock lock = StateFileLock.acquire(target.resolveSibling(target.getFileName() + ".lock"), target);
        try {
            AtomicFileWriter writer = new AtomicFileWriter(target, step);
            removeStrayTemporaryFiles(target, writer);
            return new FileStateStore(target, writer, lock, load(target));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static void removeStrayTemporaryFiles(Path target, AtomicFileWriter writer) {
        var pattern = writer.tempFiles();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target.getParent(),
                p -> pattern.matcher(p.getFileName().toString()).matches())) {
            for (Path stray : entries) {
                Files.deleteIfExists(stray);
                LOG.info("Removed {}, an unfinished write of the state file left by an earlier crash", stray);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove unfinished writes of the state file {}: {}", target, e.toString());
        }
    }

    private static StateSnapshot load(Path target) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(target);
        } catch (NoSuchFileException e) {
            return new StateSnapshot(0, null);
        } catch (AccessDeniedException e) {
            throw new StateStoreException("cannot read the state file " + target + ": permission denied", e);
        } catch (IOException e) {
            throw new StateStoreException("cannot read the state file " + target + ": " + e, e);
        }
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw corrupt(target, "it is not UTF-8 text");
        }
        String problem = JsonDocuments.problemWith(json);
        if (problem != null) {
            throw corrupt(target, problem);
        }
        return new StateSnapshot(1, json);
    }

    private static StateStoreException corrupt(Path target, String problem) {
        return new StateStoreException("the state file " + target + " is corrupt (" + problem
                + "); it was left untouched: repair it, or move it away to start with an empty state");
    }

    @Override
    void persist(String json) {
        try {
            writer.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StateStoreException("cannot write the state file " + file + ": " + e
                    + "; the previous state is intact", e);
        }
    }

    @Override
    public String location() {
        return file.toString();
    }

    /** @return the state file */
    public Path file() {
        return file;
    }

    @Override
    void release() {
        lock.close();
    }
}
