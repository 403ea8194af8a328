package io.infrakit.oneview.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStateStoreTest extends StateStoreContractTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("state").resolve("plugin.json");
    }

    @Override
    protected StateStore newStore() {
        return FileStateStore.open(file());
    }

    @Override
    protected StateStore reopen(StateStore current) {
        current.close();
        return FileStateStore.open(file());
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private String[] dirListing() throws IOException {
        try (Stream<Path> files = Files.list(file().getParent())) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    private long put(String key, String value) {
        return store.commit(Commit.of(Write.put(key, value, Expect.anything()))).revision();
    }

    private List<String> lines() throws IOException {
        return Files.readAllLines(file(), StandardCharsets.UTF_8);
    }

    @Test
    void createsMissingFoldersAndTheFileOnFirstCommitOnly() throws IOException {
        assertThat(Files.isDirectory(file().getParent())).isTrue();
        assertThat(file()).doesNotExist();
        put("a", "1");
        assertThat(lines()).hasSize(2).first().isEqualTo(LogCodec.HEADER.strip());
        assertThat(lines().get(1)).endsWith("{\"rev\":1,\"w\":[[\"a\",\"1\"]]}");
    }

    @Test
    void aCommitAppendsOneLineWhateverTheNumberOfRecords() throws IOException {
        for (int i = 0; i < 50; i++) {
            put("k" + i, "v".repeat(100));
        }
        long before = Files.size(file());
        put("k1", "changed");
        assertThat(Files.size(file()) - before).isLessThan(80);
        assertThat(lines()).hasSize(52);
    }

    @Test
    void filesAreOwnerOnly() throws IOException {
        assumeTrue(posix(), "POSIX only");
        put("a", "1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        Path lock = file().resolveSibling("plugin.json.lock");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(lock))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file().getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void aStateFileOthersCanReadIsMadeOwnerOnlyAtOpen() throws IOException {
        assumeTrue(posix(), "POSIX only");
        put("a", "1");
        store.close();
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-rw-r--"));
        store = FileStateStore.open(file());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
    }

    @Test
    void theLockFileRecordsThePid() throws IOException {
        assertThat(Files.readString(file().resolveSibling("plugin.json.lock")).trim())
                .isEqualTo(Long.toString(ProcessHandle.current().pid()));
    }

    @Test
    void aTornLastEntryIsDroppedAndTheCommitsBeforeItKept() throws IOException {
        long r2 = 0;
        put("a", "1");
        r2 = put("b", "2");
        store.close();
        byte[] entry = LogCodec.commit(r2 + 1, List.of(Write.put("c", "3", Expect.anything())));
        for (int cut : new int[] {1, 3, 12, entry.length - 1}) {
            long size = Files.size(file());
            Files.write(file(), java.util.Arrays.copyOf(entry, cut), StandardOpenOption.APPEND);
            store = FileStateStore.open(file());
            assertThat(store.load().revision()).as("cut at %d", cut).isEqualTo(r2);
            assertThat(Files.size(file())).isEqualTo(size);
            store.close();
        }
        Files.write(file(), new byte[4096], StandardOpenOption.APPEND);
        store = FileStateStore.open(file());
        assertThat(store.load().records()).extracting(StoredRecord::key).containsExactly("a", "b");
        assertThat(put("c", "3")).isEqualTo(r2 + 1);
        store.close();
        store = FileStateStore.open(file());
        assertThat(store.load().records()).extracting(StoredRecord::key).containsExactly("a", "b", "c");
    }

    @Test
    void aLastEntryThatFailsItsChecksumIsTornToo() throws IOException {
        put("a", "1");
        put("b", "2");
        store.close();
        byte[] bytes = Files.readAllBytes(file());
        bytes[bytes.length - 4] ^= 0x01;
        Files.write(file(), bytes);
        store = FileStateStore.open(file());
        assertThat(store.load().records()).extracting(StoredRecord::key).containsExactly("a");
    }

    @Test
    void damageBeforeTheLastEntryStopsOpenAndLeavesTheFileAlone() throws IOException {
        put("a", "1");
        put("b", "2");
        put("c", "3");
        store.close();
        byte[] bytes = Files.readAllBytes(file());
        int secondEntry = LogCodec.HEADER.length() + lines().get(1).length() + 1;
        bytes[secondEntry + 20] ^= 0x01;
        Files.write(file(), bytes);
        assertThatThrownBy(() -> FileStateStore.open(file())).isInstanceOf(StateStoreException.class)
                .hasMessageStartingWith("the state file " + file() + " is corrupt (an entry does not match its "
                        + "checksum at byte " + secondEntry + ")")
                .hasMessageContaining("it was left untouched");
        assertThat(Files.readAllBytes(file())).isEqualTo(bytes);
        store = new MemoryStateStore();
    }

    @Test
    void aLogLargerThanTwiceItsRecordsIsCompactedIntoOneSnapshot() throws IOException {
        store.close();
        store = FileStateStore.open(file(), new FileStateStore.Options(AtomicFileWriter.Step.NONE, 100));
        long last = 0;
        for (int i = 0; i < 40; i++) {
            last = put("k" + (i % 4), "value-" + i);
        }
        assertThat(lines().size()).isLessThan(12);
        assertThat(lines().get(1)).contains("\"snapshot\":");
        StoreSnapshot before = store.load();
        store.close();
        store = FileStateStore.open(file());
        assertThat(store.load()).isEqualTo(before);
        assertThat(before.revision()).isEqualTo(last);
        assertThat(before.records()).extracting(StoredRecord::value)
                .containsExactly("value-36", "value-37", "value-38", "value-39");
    }

    @Test
    void aCompactionThatFailsBeforeItsRenameLeavesTheLogAsItWas() throws IOException {
        store.close();
        int[] writes = {0};
        store = FileStateStore.open(file(), new FileStateStore.Options(temp -> {
            if (writes[0]++ > 0) {
                throw new IOException("disk full (simulated)");
            }
        }, 200));
        put("a", "1");
        for (int i = 0; i < 20; i++) {
            put("b", "value-" + i);
        }
        assertThat(lines()).hasSize(22);
        assertThat(dirListing()).containsExactly("plugin.json", "plugin.json.lock");
        store.close();
        store = FileStateStore.open(file());
        assertThat(store.load().records()).extracting(StoredRecord::value).containsExactly("1", "value-19");
    }

    @Test
    void aCrashedWriteLeavesATemporaryFileThatIsCleanedAtOpen() throws IOException {
        put("a", "1");
        store.close();
        Path stray = file().resolveSibling(".plugin.json.0123456789abcdef.tmp");
        Files.writeString(stray, "partial");
        Path strayBackup = file().resolveSibling(".plugin.json.v1.bak.0123456789abcdef.tmp");
        Files.writeString(strayBackup, "partial");
        Path unrelated = file().resolveSibling(".other.json.0123456789abcdef.tmp");
        Files.writeString(unrelated, "{}");
        store = FileStateStore.open(file());
        assertThat(store.load().records()).hasSize(1);
        assertThat(stray).doesNotExist();
        assertThat(strayBackup).doesNotExist();
        assertThat(unrelated).exists();
    }

    @Test
    void killNineWhileCommittingLosesNoAcknowledgedCommit() throws Exception {
        store.close();
        int acknowledged = -1;
        for (int round = 0; round < 3; round++) {
            Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    LogWriter.class.getName(), file().toString(), Integer.toString(50 + 300 * round))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                        StandardCharsets.UTF_8));
                int target = acknowledged + 100 + 37 * round;
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    acknowledged = Integer.parseInt(line.substring("acked ".length()));
                    if (acknowledged >= target) {
                        break;
                    }
                }
                writer.destroyForcibly();
                assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                writer.destroyForcibly();
            }
            store = FileStateStore.open(file());
            List<String> keys = store.load().records().stream().map(StoredRecord::key).toList();
            assertThat(keys.size()).as("round %d", round).isGreaterThan(acknowledged);
            for (int k = 0; k <= acknowledged; k++) {
                assertThat(keys).contains("k" + k);
            }
            store.close();
        }
        store = FileStateStore.open(file());
    }

    @Test
    void aSingleDocumentFileIsALegacyDocumentConvertedByTheMigrationCommit() throws IOException {
        store.close();
        String v1 = "{\n  \"version\": 1,\n  \"Instances\": [],\n  \"NonFunctional\": []\n}\n";
        Files.writeString(file(), v1);
        store = FileStateStore.open(file());
        assertThat(store.load()).isEqualTo(new StoreSnapshot(0, List.of(), v1));
        assertThatThrownBy(() -> put("a", "1")).isInstanceOf(StateStoreException.class)
                .hasMessageContaining("single-document format");
        assertThat(Files.readString(file())).isEqualTo(v1);

        CommitResult migrated = store.commit(Commit.replacingLegacyDocument(List.of(
                Write.put("instances/x", "{\"ID\":\"x\"}", Expect.absent()))));

        assertThat(migrated).isEqualTo(new CommitResult(1, 0));
        assertThat(Files.readString(file().resolveSibling("plugin.json.v1.bak"))).isEqualTo(v1);
        assertThat(lines().get(0)).isEqualTo(LogCodec.HEADER.strip());
        assertThat(put("b", "2")).isEqualTo(2);
        store.close();
        store = FileStateStore.open(file());
        assertThat(store.load().records()).containsExactly(new StoredRecord("b", "2", 2),
                new StoredRecord("instances/x", "{\"ID\":\"x\"}", 1));
    }

    @Test
    void aSecondMigrationKeepsTheFirstBackup() throws IOException {
        store.close();
        Files.writeString(file().resolveSibling("plugin.json.v1.bak"), "older");
        Files.writeString(file(), "{\"Instances\":[]}");
        store = FileStateStore.open(file());
        store.commit(Commit.replacingLegacyDocument(List.of()));
        assertThat(Files.readString(file().resolveSibling("plugin.json.v1.bak"))).isEqualTo("older");
        assertThat(Files.readString(file().resolveSibling("plugin.json.v1.2.bak"))).isEqualTo("{\"Instances\":[]}");
        assertThat(store.load().revision()).isEqualTo(1);
    }

    @Test
    void aMigrationThatFailsLeavesTheOldFile() throws IOException {
        store.close();
        Files.writeString(file(), "{\"Instances\":[]}");
        store = FileStateStore.open(file(), new FileStateStore.Options(temp -> {
            if (temp.getFileName().toString().startsWith(".plugin.json.") && !temp.toString().contains(".bak.")) {
                throw new IOException("disk full (simulated)");
            }
        }, FileStateStore.COMPACT_MIN_BYTES));
        assertThatThrownBy(() -> store.commit(Commit.replacingLegacyDocument(List.of())))
                .isInstanceOf(StateStoreException.class).hasMessageContaining("left in its old format");
        assertThat(Files.readString(file())).isEqualTo("{\"Instances\":[]}");
        assertThat(store.load().legacyDocument()).isEqualTo("{\"Instances\":[]}");
    }

    @Test
    void anEmptyOrNonUtf8OrNewerFileStopsOpenAndIsLeftAlone() throws IOException {
        store.close();
        for (byte[] content : new byte[][] {new byte[0], {'{', '"', (byte) 0xff, '"', ':', '1', '}'},
                "#infrakit-instance-state log v3\n".getBytes(StandardCharsets.US_ASCII)}) {
            Files.write(file(), content);
            assertThatThrownBy(() -> FileStateStore.open(file())).isInstanceOf(StateStoreException.class)
                    .hasMessageContaining("the state file " + file())
                    .hasMessageContaining("left untouched");
            assertThat(Files.readAllBytes(file())).isEqualTo(content);
        }
        assertThatThrownBy(() -> FileStateStore.open(file())).hasMessageContaining("does not know ('#infrakit"
                + "-instance-state log v3'");
        Files.delete(file());
        store = FileStateStore.open(file());
    }

    @Test
    void aSecondStoreOnTheSameFileIsRefused() {
        assertThatThrownBy(() -> FileStateStore.open(file()))
                .isInstanceOf(StateStoreException.class)
                .hasMessageContaining("the state file " + file() + " is in use by another process")
                .hasMessageContaining("(pid " + ProcessHandle.current().pid() + ")");
        store.close();
        FileStateStore.open(file()).close();
        store = FileStateStore.open(file());
    }

    @Test
    void aSecondProcessOnTheSameFileIsRefusedNamingItsPid() throws Exception {
        store.close();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process holder = new ProcessBuilder(java.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), file().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked " + file());
            assertThatThrownBy(() -> FileStateStore.open(file()))
                    .isInstanceOf(StateStoreLockedException.class)
                    .hasMessageContaining("is in use by another process (pid " + holder.pid() + ")")
                    .extracting(e -> ((StateStoreLockedException) e).holderPid())
                    .isEqualTo(OptionalLong.of(holder.pid()));
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(10, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        store = FileStateStore.open(file());
        assertThat(store.load().revision()).isZero();
    }

    @Test
    void aSymbolicLinkPlantedAtTheLockFileIsRefusedAndItsTargetIsNotTouched() throws IOException {
        store.close();
        Files.delete(file().resolveSibling("plugin.json.lock"));
        Path victim = dir.resolve("victim.txt");
        Files.writeString(victim, "precious\n");
        Files.createSymbolicLink(file().resolveSibling("plugin.json.lock"), victim);

        assertThatThrownBy(() -> FileStateStore.open(file())).isInstanceOf(StateStoreException.class)
                .hasMessageContaining("the lock file " + file() + ".lock of the state file " + file()
                        + " is a symbolic link; the plugin does not follow it");

        assertThat(Files.readString(victim)).isEqualTo("precious\n");
        store = new MemoryStateStore();
    }

    @Test
    void aHardLinkAtTheLockFileIsRefusedAndItsOtherNameIsNotTouched() throws IOException {
        store.close();
        Path lock = file().resolveSibling("plugin.json.lock");
        Files.delete(lock);
        Path victim = file().resolveSibling("victim.txt");
        Files.writeString(victim, "precious\n");
        Files.createLink(lock, victim);

        assertThatThrownBy(() -> FileStateStore.open(file())).isInstanceOf(StateStoreException.class)
                .hasMessageContaining("is not a plain file of its own (2 names)");

        assertThat(Files.readString(victim)).isEqualTo("precious\n");
        store = new MemoryStateStore();
    }

    @Test
    void aStateFileThatIsASymbolicLinkIsNotFollowed() throws IOException {
        store.close();
        Path elsewhere = dir.resolve("elsewhere.json");
        Files.writeString(elsewhere, "{\"Instances\":[]}");
        Files.createSymbolicLink(file(), elsewhere);
        assertThatThrownBy(() -> FileStateStore.open(file())).isInstanceOf(StateStoreException.class)
                .hasMessage("the state file " + file() + " is a symbolic link; the plugin does not follow links to "
                        + "its state: give the real path with --state");
        store = new MemoryStateStore();
    }

    @Test
    void aFolderOtherUsersCanWriteToIsRefused() throws IOException {
        assumeTrue(posix(), "POSIX only");
        store.close();
        for (String mode : new String[] {"rwxrwxrwx", "rwxrwx---"}) {
            Files.setPosixFilePermissions(file().getParent(), PosixFilePermissions.fromString(mode));
            assertThatThrownBy(() -> FileStateStore.open(file())).isInstanceOf(StateStoreException.class)
                    .hasMessage("the folder " + file().getParent() + " of the state file " + file() + " can be "
                            + "written by other users (" + mode + "): they could replace the state or plant a link "
                            + "in it; make it private (chmod 700 " + file().getParent() + ") or keep the state in a "
                            + "private folder");
        }
        Files.setPosixFilePermissions(file().getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        store = FileStateStore.open(file());
    }

    @Test
    void anUnreadableFileStopsOpen() throws IOException {
        assumeTrue(posix(), "POSIX only");
        put("a", "1");
        store.close();
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("-w-------"));
        try {
            assumeFalse(Files.isReadable(file()), "running as root: permissions do not stop reads");
            assertThatThrownBy(() -> FileStateStore.open(file())).isInstanceOf(StateStoreException.class)
                    .hasMessage("cannot read the state file " + file() + ": permission denied");
        } finally {
            Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-------"));
            store = FileStateStore.open(file());
        }
    }

    @Test
    void aFolderInPlaceOfTheFileIsRefused() throws IOException {
        Path folder = dir.resolve("folder.json");
        Files.createDirectories(folder);
        assertThatThrownBy(() -> FileStateStore.open(folder)).isInstanceOf(StateStoreException.class)
                .hasMessageContaining("is a folder");
    }
}
