package io.infrakit.oneview.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link StateStore} in one file on this node: an append-only log of commits ({@link LogCodec}: length-prefixed,
 * CRC32C-checksummed lines), compacted into a snapshot when it grows.
 *
 * <ul>
 *   <li><b>Open</b> ({@link #open(Path)}): creates missing parent folders (owner-only) and refuses a folder other
 *       users can write to; takes an exclusive lock on the sidecar {@code <file>.lock} (which records this
 *       process's pid, opened without following links) for the store's lifetime; deletes temporary files left by a
 *       crash; reads the log without following links. A damaged last entry (a write a crash interrupted, never
 *       acknowledged) is dropped with a warning; damage before the end stops the open and the file is left as it
 *       is. A file in the first release's single-document format is a {@linkplain StoreSnapshot#legacyDocument()
 *       legacy document}.</li>
 *   <li><b>Commit</b>: one entry appended and fsynced ({@code fdatasync}): a crash at any moment leaves the commit
 *       whole or absent. The cost does not depend on the number of records. When the log holds more than twice
 *       what a snapshot would, it is rewritten as one snapshot entry (temporary file, fsync, atomic rename, fsync of
 *       the folder).</li>
 *   <li><b>Migration</b>: the {@link Commit#replacingLegacyDocument} commit copies the old file to
 *       {@code <file>.v1.bak} (or {@code <file>.v1.<n>.bak} when that exists), then replaces it by a log.</li>
 *   <li><b>Sessions</b>: one per open store; the lock makes this process the only writer, so every other session
 *       is gone.</li>
 * </ul>
 *
 * <p>Thread-safe. Never logs a value.
 */
public final class FileStateStore implements StateStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileStateStore.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BACKUPS = "\\.v1(\\.[0-9]+)?\\.bak";

    /** How small a log is never compacted. */
    static final long COMPACT_MIN_BYTES = 4L << 20;

    /** Test hooks: failures between steps, and the compaction threshold. */
    record Options(AtomicFileWriter.Step step, long compactMinBytes) {
        static final Options DEFAULT = new Options(AtomicFileWriter.Step.NONE, COMPACT_MIN_BYTES);
    }

    private final Path file;
    private final StateFileLock lock;
    private final Options options;
    private final RecordTable table = new RecordTable(10_000);
    private final String session = "file:" + ProcessHandle.current().pid() + ":"
            + HexFormat.of().toHexDigits(RANDOM.nextInt());
    private byte[] legacy;
    private FileChannel log;
    private Object logKey;
    private long logSize;
    private String broken;
    private boolean closed;

    private FileStateStore(Path file, StateFileLock lock, Options options) {
        this.file = file;
        this.lock = lock;
        this.options = options;
    }

    /**
     * Opens (and locks) a state file. A missing file is an empty state, created by the first commit.
     *
     * @param file the state file, for example {@code ~/.infrakit/state/instance-oneview.json}
     * @return the open store; close it to release the lock
     * @throws StateStoreException when the file is locked by another process, corrupt, unreadable, a link, or in a
     *                             folder other users can write to; the message names the file and the fix
     */
    public static FileStateStore open(Path file) {
        return open(file, Options.DEFAULT);
    }

    static FileStateStore open(Path file, Options options) {
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
        OwnerOnly.requirePrivateFolder(target.getParent(), "the state file " + target);
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new StateStoreException("the state file " + target + " is a folder; give the path of a file");
        }
        StateFileLock lock = StateFileLock.acquire(target.resolveSibling(target.getFileName() + ".lock"), target);
        FileStateStore store = new FileStateStore(target, lock, options);
        try {
            store.removeStrayTemporaryFiles();
            store.load(read(target));
            return store;
        } catch (RuntimeException e) {
            store.closeLog();
            lock.close();
            throw e;
        }
    }

    private void removeStrayTemporaryFiles() {
        var pattern = AtomicFileWriter.tempFiles(file, BACKUPS);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(file.getParent(),
                p -> pattern.matcher(p.getFileName().toString()).matches())) {
            for (Path stray : entries) {
                Files.deleteIfExists(stray);
                LOG.info("Removed {}, an unfinished write of the state file left by an earlier crash", stray);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove unfinished writes of the state file {}: {}", file, e.toString());
        }
    }

    /** @return the file's bytes, or null when it does not exist */
    private static byte[] read(Path target) {
        try (var channel = Files.newByteChannel(target, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE - 16) {
                throw new StateStoreException("the state file " + target + " is too large (" + size + " bytes)");
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) size);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read it all
            }
            return buffer.array();
        } catch (NoSuchFileException e) {
            return null;
        } catch (AccessDeniedException e) {
            throw new StateStoreException("cannot read the state file " + target + ": permission denied", e);
        } catch (IOException e) {
            if (Files.isSymbolicLink(target)) {
                throw new StateStoreException("the state file " + target + " is a symbolic link; the plugin does not "
                        + "follow links to its state: give the real path with --state", e);
            }
            throw new StateStoreException("cannot read the state file " + target + ": " + e, e);
        }
    }

    private void load(byte[] bytes) {
        if (bytes == null) {
            return;
        }
        if (LogCodec.hasHeader(bytes)) {
            loadLog(bytes);
        } else if (LogCodec.startsWith(bytes, LogCodec.HEADER_START)) {
            String first = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.US_ASCII).lines()
                    .findFirst().orElse("");
            throw new StateStoreException("the state file " + file + " is in a format this plugin does not know ('"
                    + first + "'; it reads '" + LogCodec.HEADER.strip() + "'): was it written by a newer release? It "
                    + "was left untouched");
        } else {
            loadLegacy(bytes);
        }
        try {
            if (OwnerOnly.restrict(file)) {
                LOG.warn("The state file {} could be read or written by other users; it is now owner-only (0600)",
                        file);
            }
        } catch (IOException e) {
            LOG.warn("Could not make the state file {} owner-only: {}", file, e.toString());
        }
    }

    private void loadLog(byte[] bytes) {
        LogCodec.Contents contents;
        try {
            contents = LogCodec.read(bytes);
        } catch (LogCodec.CorruptLogException e) {
            throw corrupt(e.getMessage());
        }
        for (LogCodec.Entry entry : contents.entries()) {
            if (entry.isSnapshot()) {
                table.reset(entry.snapshot(), entry.revision());
            } else {
                table.applyAt(entry.writes(), entry.revision());
            }
        }
        openLog();
        if (contents.tornTail()) {
            try {
                log.truncate(contents.goodEnd());
                log.force(true);
                logSize = contents.goodEnd();
            } catch (IOException e) {
                throw new StateStoreException("cannot drop the interrupted last write of the state file " + file
                        + ": " + e, e);
            }
            LOG.warn("The state file {} ended with a write interrupted by a crash ({} bytes, never acknowledged): "
                    + "dropped it; the state is as of revision {}", file, bytes.length - contents.goodEnd(),
                    table.revision());
        }
    }

    private void loadLegacy(byte[] bytes) {
        if (bytes.length == 0) {
            throw corrupt("it is empty");
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw corrupt("it is not UTF-8 text");
        }
        legacy = bytes;
    }

    private StateStoreException corrupt(String problem) {
        return new StateStoreException("the state file " + file + " is corrupt (" + problem
                + "); it was left untouched: repair it, or move it away to start with an empty state");
    }

    @Override
    public synchronized StoreSnapshot load() {
        checkOpen();
        if (legacy != null) {
            return new StoreSnapshot(0, List.of(), new String(legacy, StandardCharsets.UTF_8));
        }
        return table.snapshot();
    }

    @Override
    public synchronized StoreChanges changesSince(long revision) {
        checkOpen();
        return table.changesSince(revision);
    }

    @Override
    public synchronized CommitResult commit(Commit commit) {
        checkOpen();
        RecordTable.requireWithin(commit, maxWritesPerCommit(), location());
        if (broken != null) {
            throw new StateStoreException("the state file " + file + " cannot take more commits (" + broken
                    + "); restart the plugin");
        }
        if (legacy != null || commit.replacesLegacyDocument()) {
            return migrate(commit);
        }
        List<String> stale = table.stale(commit);
        if (!stale.isEmpty()) {
            throw new StaleRecordException(location(), stale);
        }
        byte[] entry = LogCodec.commit(table.revision() + 1, commit.writes());
        if (log == null) {
            create(entry);
        } else {
            append(entry);
        }
        CommitResult result = table.apply(commit.writes());
        compactIfLarge();
        return result;
    }

    private void create(byte[] entry) {
        try {
            new AtomicFileWriter(file, options.step()).write(LogCodec.file(entry));
        } catch (IOException e) {
            throw new StateStoreException("cannot write the state file " + file + ": " + e
                    + "; the commit was not applied", e);
        }
        openLog();
    }

    private void append(byte[] entry) {
        long before = logSize;
        try {
            ByteBuffer buffer = ByteBuffer.wrap(entry);
            long at = before;
            while (buffer.hasRemaining()) {
                at += log.write(buffer, at);
            }
            log.force(false);
            logSize = at;
        } catch (IOException e) {
            try {
                log.truncate(before);
                log.force(false);
            } catch (IOException | RuntimeException again) {
                broken = "a failed write could not be taken back: " + again;
            }
            throw new StateStoreException("cannot write the state file " + file + ": " + e
                    + "; the commit was not applied, the previous state is intact", e);
        }
    }

    private void compactIfLarge() {
        long snapshotSize = table.liveChars() + 24L * table.size() + 64;
        if (logSize <= options.compactMinBytes() || logSize <= 2 * snapshotSize) {
            return;
        }
        byte[] content = LogCodec.file(LogCodec.snapshot(table.revision(), table.records()));
        try {
            new AtomicFileWriter(file, options.step()).write(content);
            LOG.debug("Compacted the state file {} into a snapshot of {} records", file, table.size());
        } catch (IOException e) {
            LOG.warn("Compacting the state file {} failed ({}); it keeps growing until the next attempt", file,
                    e.toString());
        } finally {
            followRenamedFile();
        }
    }

    /** After a rewrite (even a failed one that got as far as the rename), appends go to the file now at the path. */
    private void followRenamedFile() {
        try {
            Object now = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
            if (now == null || !now.equals(logKey)) {
                closeLog();
                openLog();
            }
        } catch (IOException | RuntimeException e) {
            broken = "the state file could not be reopened after it was rewritten: " + e;
        }
    }

    private CommitResult migrate(Commit commit) {
        if (legacy == null) {
            throw new StateStoreException("the state file " + file + " holds no legacy document to replace");
        }
        if (!commit.replacesLegacyDocument()) {
            throw new StateStoreException("the state file " + file + " is still in the single-document format of "
                    + "the first release: it must be converted (the engine does so when it starts) before records "
                    + "are committed");
        }
        Path backup = freeBackupName();
        List<StoredRecord> records = new ArrayList<>();
        for (Write w : commit.writes()) {
            if (!w.isDelete()) {
                records.add(new StoredRecord(w.key(), w.value(), 1));
            }
        }
        records.sort(java.util.Comparator.comparing(StoredRecord::key));
        byte[] content = LogCodec.file(LogCodec.snapshot(1, records));
        try {
            new AtomicFileWriter(backup, options.step()).write(legacy);
            new AtomicFileWriter(file, options.step()).write(content);
        } catch (IOException e) {
            throw new StateStoreException("cannot convert the state file " + file + " to the record log: " + e
                    + "; it was left in its old format", e);
        }
        LOG.info("Converted the state file {} from the single-document format to the record log ({} records); "
                + "the old file is kept as {}", file, records.size(), backup);
        legacy = null;
        table.reset(records, 1);
        openLog();
        return new CommitResult(1, 0);
    }

    private Path freeBackupName() {
        Path backup = file.resolveSibling(file.getFileName() + ".v1.bak");
        for (int n = 2; Files.exists(backup, LinkOption.NOFOLLOW_LINKS); n++) {
            backup = file.resolveSibling(file.getFileName() + ".v1." + n + ".bak");
        }
        return backup;
    }

    private void openLog() {
        try {
            log = FileChannel.open(file, Set.of(StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS));
            logSize = log.size();
            logKey = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            throw new StateStoreException("cannot open the state file " + file + " for writing: " + e, e);
        }
    }

    private void closeLog() {
        if (log != null) {
            try {
                log.close();
            } catch (IOException ignored) {
                // nothing was pending: every append was forced
            }
            log = null;
        }
    }

    @Override
    public int maxWritesPerCommit() {
        return Integer.MAX_VALUE;
    }

    @Override
    public String session() {
        checkOpen();
        return session;
    }

    @Override
    public boolean isSessionAlive(String other) {
        checkOpen();
        return session.equals(other);
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
    public synchronized void close() {
        if (!closed) {
            closed = true;
            closeLog();
            lock.close();
        }
    }

    private synchronized void checkOpen() {
        if (closed) {
            throw new StateStoreException("the state store " + location() + " is closed");
        }
    }
}
