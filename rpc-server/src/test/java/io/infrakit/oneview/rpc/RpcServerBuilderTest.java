package io.infrakit.oneview.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RpcServerBuilderTest {

    @Test
    void requiresSocketAndPlugin() {
        assertThatThrownBy(() -> RpcServer.builder().plugin(new FakePlugin("x")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("socket");
        assertThatThrownBy(() -> RpcServer.builder().socket(Path.of("/tmp/x")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("plugin");
    }

    @Test
    void typedPluginsNeedUniqueNonEmptyTypes() {
        RpcServer.Builder b = RpcServer.builder().typedPlugin("a", new FakePlugin("x"));
        assertThatThrownBy(() -> b.typedPlugin("a", new FakePlugin("y"))).hasMessageContaining("already registered");
        assertThatThrownBy(() -> b.typedPlugin("", new FakePlugin("y"))).hasMessageContaining("non-empty");
    }

    @Test
    void limitsAreValidatedAndHaveDefaults() {
        assertThat(RpcServerLimits.DEFAULTS.maxBodyBytes()).isEqualTo(4 * 1024 * 1024);
        assertThat(RpcServerLimits.DEFAULTS.maxConnections()).isEqualTo(256);
        assertThat(RpcServerLimits.builder().maxConnections(5).build().maxConnections()).isEqualTo(5);
        assertThatThrownBy(() -> RpcServerLimits.builder().maxBodyBytes(0).build()).hasMessageContaining("maxBodyBytes");
        assertThatThrownBy(() -> RpcServerLimits.builder().idleTimeout(Duration.ZERO).build()).hasMessageContaining("idleTimeout");
    }

    @Test
    void theSocketIsOwnerOnlyByDefaultOrHasTheModeAskedFor() throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory(Path.of("/tmp"), "rpcmode");
        try (RunningRpcServer owner = RpcServer.builder().socket(dir.resolve("a")).plugin(new FakePlugin("x")).build()
                .start();
             RunningRpcServer group = RpcServer.builder().socket(dir.resolve("b")).plugin(new FakePlugin("y"))
                     .socketPermissions(java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----")).build()
                     .start()) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    java.nio.file.Files.getPosixFilePermissions(owner.socket()))).isEqualTo("rw-------");
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    java.nio.file.Files.getPosixFilePermissions(group.socket()))).isEqualTo("rw-rw----");
            try (var files = java.nio.file.Files.list(dir)) {
                assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("a", "b");
            }
        } finally {
            try (var files = java.nio.file.Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
            }
            java.nio.file.Files.delete(dir);
        }
    }
}
