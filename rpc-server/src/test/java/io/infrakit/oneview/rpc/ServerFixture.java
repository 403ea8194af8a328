package io.infrakit.oneview.rpc;

import io.infrakit.oneview.pluginclient.PluginConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/** A running server on a socket in a short temp directory under /tmp, with a default and a typed fake plugin. */
final class ServerFixture implements AutoCloseable {

    final Path dir;
    final Path socket;
    final FakePlugin plugin = new FakePlugin("instance-");
    final FakePlugin compute = new FakePlugin("compute-");
    final RunningRpcServer server;

    ServerFixture() throws IOException {
        this(RpcServerLimits.DEFAULTS, RpcTransport.AUTO);
    }

    ServerFixture(RpcServerLimits limits, RpcTransport transport) throws IOException {
        dir = Files.createTempDirectory(Path.of("/tmp"), "rpc");
        socket = dir.resolve("p.sock");
        server = RpcServer.builder()
                .socket(socket)
                .plugin(plugin)
                .typedPlugin("compute", compute)
                .vendor(Vendor.of("infrakit-instance-test", "0.3.0"))
                .limits(limits.toBuilder().shutdownGrace(Duration.ofSeconds(5)).build())
                .transport(transport)
                .build()
                .start();
    }

    PluginConnection client() throws IOException {
        return PluginConnection.open(socket);
    }

    /** One request on a fresh connection; returns the response body. */
    String call(String json) throws IOException {
        try (PluginConnection c = client()) {
            return Wire.call(c, json);
        }
    }

    @Override
    public void close() {
        server.shutdown(Duration.ofSeconds(5));
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
