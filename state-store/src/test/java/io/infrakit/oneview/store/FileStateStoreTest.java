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
import java.nio.file.attribute.PosixFilePermissions;
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

    private static String content(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    private String[] dirListing() throws IOException {
        try (Stream<Path> files = Files.list(file().getParent())) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void createsMissingFoldersAndTheFileOnFirstWriteOnly() throws IOException {
        assertThat(Files.isDirectory(file().getParent())).isTrue();
        assertThat(file()).doesNotExist();
        store.write(0, "{\"a\":1}");
        assertThat(content(file())).isEqualTo("{\"a\":1}");
    }

    @Test
    void aRestartKeepsTheState() {
        store.write(0, "{\"a\":1}");
        store.write(1, "{\"a\":2}");
        store.close();
        store = FileStateStore.open(file());
        assertThat(store.read()).isEqualTo(new StateSnapshot(1, "{\"a\":2}"));
        assertThat(store.write(1, "{\"a\":3}").revision()).isEqualTo(2);
    }

    @Test
    void filesAreOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX only");
        store.write(0, "{}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        Path lock = file().resolveSibling("plugin.json.lock");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(lock))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file().getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void theLockFileRecordsThePid() throws IOException {
        assertThat(content(file().resolveSibling("plugin.json.lock")).trim())
                .isEqualTo(Long.toString(ProcessHandle.current().pid()));
    }

    @Test
    void aFailureBetweenTempWriteAndRenameLeavesTheOldContentAndNoTempFile() throws IOException {
        store.write(0, "{\"a\":1}");
        store.close();
        Path[] seenTemp = new Path[1];
        store = FileStateStore.open(file(), temp -> {
            seenTemp[0] = temp;
            assertThat(content(temp)).isEqualTo("{\"a\":2}");
            throw new IOException("disk full (simulated)");
        });
        assertThatThrownBy(() -> store.write(1, "{\"a\":2}"))
                .isInstanceOf(StateStoreException.class)
                .hasMessageContaining("cannot write the state file " + file())
                .hasMessageContaining("disk full (simulated)")
                .hasMessageContaining("the previous state is intact");
        assertThat(content(file())).isEqualTo("{\"a\":1}");
        assertThat(store.read()).isEqualTo(new StateSnapshot(1, "{\"a\":1}"));
        assertThat(seenTemp[0]).doesNotExist();
        assertThat(dirListing()).containsExactly("plugin.json", "plugin.json.lock");
    }

    @Test
    void aCrashBetweenTempWriteAndRenameLeavesTheOldContentAndTheTempFileIsCleanedAtOpen() throws IOException {
        store.write(0, "{\"a\":1}");
        store.close();
        // a crash after the temporary file was written: the process dies, the temporary file stays
        Path stray = file().resolveSibling(".plugin.json.0123456789abcdef.tmp");
        Files.writeString(stray, "{\"a\":2}");
        Path unrelated = file().resolveSibling(".other.json.0123456789abcdef.tmp");
        Files.writeString(unrelated, "{}");

        store = FileStateStore.open(file());

        assertThat(store.read().json()).isEqualTo("{\"a\":1}");
        assertThat(stray).doesNotExist();
        assertThat(unrelated).exists();
    }

    @Test
    void aSecondStoreOnTheSameFileIsRefused() {
        assertThatThrownBy(() -> FileStateStore.open(file()))
                .isInstanceOf(StateStoreException.class)
                .hasMessageContaining("the state file " + file() + " is in use by another process")
                .hasMessageContaining("(pid " + ProcessHandle.current().pid() + ")");
        store.write(0, "{}");
        store.close();
        FileStateStore.open(file()).close();
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
                    .isInstanceOf(StateStoreException.class)
                    .hasMessageContaining("is in use by another process (pid " + holder.pid() + ")");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(10, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        store = FileStateStore.open(file());
        assertThat(store.read().revision()).isZero();
    }

    @Test
    void aCorruptFileStopsOpenAndIsNeverOverwritten() throws IOException {
        store.close();
        String[] corrupt = {"{\"Instances\": [", "", "[]", "{} trailing"};
        for (String text : corrupt) {
            Files.writeString(file(), text);
            assertThatThrownBy(() -> FileStateStore.open(file())).as(text)
                    .isInstanceOf(StateStoreException.class)
                    .hasMessageStartingWith("the state file " + file() + " is corrupt (")
                    .hasMessageContaining("it was left untouched");
            assertThat(content(file())).isEqualTo(text);
        }
        // the refused open released its lock
        Files.writeString(file(), "{}");
        store = FileStateStore.open(file());
        assertThat(store.read().json()).isEqualTo("{}");
    }

    @Test
    void aFileThatIsNotUtf8IsCorrupt() throws IOException {
        store.close();
        Files.write(file(), new byte[] {'{', '"', (byte) 0xff, '"', ':', '1', '}'});
        assertThatThrownBy(() -> FileStateStore.open(file())).isInstanceOf(StateStoreException.class)
                .hasMessageContaining("is corrupt (it is not UTF-8 text)");
    }

    @Test
    void anUnreadableFileStopsOpen() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX only");
        store.write(0, "{}");
        store.close();
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("-w-------"));
        try {
            assumeFalse(Files.isReadable(file()), "running as root: permissions do not stop reads");
            assertThatThrownBy(() -> FileStateStore.open(file())).isInstanceOf(StateStoreException.class)
                    .hasMessage("cannot read the state file " + file() + ": permission denied");
        } finally {
            Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-------"));
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
