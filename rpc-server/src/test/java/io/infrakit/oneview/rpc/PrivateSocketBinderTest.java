package io.infrakit.oneview.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The socket is never reachable with another mode than its final one: at bind time nothing is at the final path and
 * the socket lies in a folder only the owner can enter; afterwards it is at the final path with the final mode.
 */
class PrivateSocketBinderTest {

    private Path dir;
    private final List<ServerSocketChannel> bound = new ArrayList<>();

    @BeforeEach
    void folder() throws IOException {
        dir = Files.createTempDirectory(Path.of("/tmp"), "psb");
    }

    @AfterEach
    void clean() throws IOException {
        for (ServerSocketChannel c : bound) {
            c.close();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    private ServerSocketChannel listen(Path at) throws IOException {
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        channel.bind(UnixDomainSocketAddress.of(at));
        bound.add(channel);
        return channel;
    }

    private static void close(ServerSocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void atBindTimeTheSocketIsInAnOwnerOnlyFolderAndNothingIsAtTheFinalPath() throws Exception {
        Path socket = dir.resolve("plugin");
        List<String> seenAtBind = new ArrayList<>();

        PrivateSocketBinder.bind(socket, PosixFilePermissions.fromString("rw-rw----"), at -> {
            seenAtBind.add("final path exists: " + Files.exists(socket));
            seenAtBind.add("folder: " + at.getParent().getParent().equals(dir) + " "
                    + PosixFilePermissions.toString(Files.getPosixFilePermissions(at.getParent())));
            return listen(at);
        }, PrivateSocketBinderTest::close);

        assertThat(seenAtBind).containsExactly("final path exists: false", "folder: true rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).isEqualTo("rw-rw----");
        try (SocketChannel client = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            assertThat(client.isConnected()).isTrue();
        }
        assertThat(leftovers()).containsExactly("plugin");
    }

    @Test
    void aFileThatAppearsAtTheFinalPathMeanwhileIsNeverReplaced() throws IOException {
        Path socket = dir.resolve("plugin");

        assertThatThrownBy(() -> PrivateSocketBinder.bind(socket, PosixFilePermissions.fromString("rw-------"), at -> {
            Files.writeString(socket, "another plugin's");
            return listen(at);
        }, PrivateSocketBinderTest::close)).isInstanceOf(IOException.class).hasMessageContaining("a file appeared there");

        assertThat(Files.readString(socket)).isEqualTo("another plugin's");
        assertThat(bound.get(0).isOpen()).isFalse();
        assertThat(leftovers()).containsExactly("plugin");
    }

    @Test
    void aPathThatIsTakenOrTooLongForThePrivateBindIsRefusedBeforeBinding() throws IOException {
        Path taken = dir.resolve("taken");
        Files.createFile(taken);
        assertThatThrownBy(() -> PrivateSocketBinder.bind(taken, PosixFilePermissions.fromString("rw-------"),
                this::listen, PrivateSocketBinderTest::close)).hasMessageContaining("a file already exists there");

        Path deep = Files.createDirectories(dir.resolve("d".repeat(100 - dir.toString().length())));
        Path socket = deep.resolve("p");
        assertThat(socket.toString().length()).isLessThanOrEqualTo(PrivateSocketBinder.MAX_SOCKET_PATH_BYTES);
        assertThatThrownBy(() -> PrivateSocketBinder.bind(socket, PosixFilePermissions.fromString("rw-------"),
                this::listen, PrivateSocketBinderTest::close)).hasMessageContaining("choose a shorter plugins directory");
        assertThat(bound).isEmpty();
        try (Stream<Path> files = Files.list(deep)) {
            assertThat(files).isEmpty();
        }
    }
}
