package io.infrakit.oneview.store.etcd;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real etcd (Debian's {@code etcd-server}) for tests and benchmarks: its own process, data folder and free loopback
 * ports, which a caller can stop (SIGKILL, as a crash) and start again on the same data and ports. Tests check
 * {@link RequireEtcd#assumeInstalled()} first.
 */
public final class EtcdServer implements AutoCloseable {

    private final Path binary;
    private final Path dir;
    private final int clientPort;
    private final int peerPort;
    private final List<String> extraFlags;
    private Process process;

    private EtcdServer(Path binary, Path dir, int clientPort, int peerPort, List<String> extraFlags) {
        this.binary = binary;
        this.dir = dir;
        this.clientPort = clientPort;
        this.peerPort = peerPort;
        this.extraFlags = List.copyOf(extraFlags);
    }

    /** @return the etcd binary: {@code $ETCD_BIN}, else {@code etcd} on the PATH, else {@code /usr/bin/etcd} */
    public static Optional<Path> binary() {
        String configured = System.getenv("ETCD_BIN");
        if (configured != null && !configured.isEmpty()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "etcd"))) {
                return Optional.of(Path.of(dir, "etcd"));
            }
        }
        return Optional.of(Path.of("/usr/bin/etcd")).filter(Files::isExecutable);
    }

    /**
     * Starts etcd with its data in {@code dir}.
     *
     * @param dir        a private temporary folder
     * @param extraFlags more etcd flags (TLS, for instance)
     * @return the running server
     * @throws IOException when it cannot start, or etcd is not installed
     */
    public static EtcdServer start(Path dir, String... extraFlags) throws IOException {
        Path etcd = binary().orElseThrow(() -> new IOException("etcd is not installed (apt-get install -y "
                + "etcd-server, or set ETCD_BIN)"));
        EtcdServer server = new EtcdServer(etcd, dir, freePort(), freePort(), List.of(extraFlags));
        server.startProcess();
        return server;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private boolean tls() {
        return extraFlags.stream().anyMatch(f -> f.startsWith("--cert-file"));
    }

    private void startProcess() throws IOException {
        String scheme = tls() ? "https" : "http";
        List<String> command = new ArrayList<>(List.of(binary.toString(),
                "--name", "test", "--data-dir", dir.resolve("data").toString(),
                "--listen-client-urls", scheme + "://127.0.0.1:" + clientPort,
                "--advertise-client-urls", scheme + "://127.0.0.1:" + clientPort,
                "--listen-peer-urls", "http://127.0.0.1:" + peerPort,
                "--initial-advertise-peer-urls", "http://127.0.0.1:" + peerPort,
                "--initial-cluster", "test=http://127.0.0.1:" + peerPort,
                "--log-level", "warn", "--logger", "zap"));
        command.addAll(extraFlags);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("etcd.log").toFile())).start();
        awaitReady();
    }

    /** Waits until etcd answers on its client port (what its start takes, bounded). */
    private void awaitReady() throws IOException {
        if (tls()) {
            awaitListening();
            return;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("etcd exited at start (" + process.exitValue() + "): see " + dir.resolve("etcd.log"));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + clientPort + "/health")).timeout(Duration.ofSeconds(1)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"health\":\"true\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for etcd", e);
            }
            Thread.onSpinWait();
        }
        throw new IOException("etcd did not become ready within 30 s: see " + dir.resolve("etcd.log"));
    }

    private void awaitListening() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("etcd exited at start: see " + dir.resolve("etcd.log"));
            }
            try (var socket = new java.net.Socket(InetAddress.getLoopbackAddress(), clientPort)) {
                return;
            } catch (IOException e) {
                Thread.onSpinWait();
            }
        }
        throw new IOException("etcd did not listen within 30 s: see " + dir.resolve("etcd.log"));
    }

    /** @return {@code 127.0.0.1:PORT} */
    public String endpoint() {
        return "127.0.0.1:" + clientPort;
    }

    /**
     * @param prefix  the key prefix, starting with {@code /}
     * @param options options after {@code ?}, or empty
     * @return an {@code etcd://} location on this server
     */
    public String location(String prefix, String options) {
        return "etcd://" + endpoint() + prefix + (options.isEmpty() ? "" : "?" + options);
    }

    /** Kills etcd (SIGKILL, as a crash or a node failure). */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Starts etcd again on the same data and ports. */
    public void restart() throws IOException {
        startProcess();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
