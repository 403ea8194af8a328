package io.infrakit.oneview.pluginclient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A stand-in plugin on a Unix socket in a temporary folder: it reads requests framed by Content-Length, records
 * them, and answers each with what the script returns for its body (the exact response bytes), or closes the
 * connection when the script returns null.
 */
final class ScriptedPlugin implements AutoCloseable {

    final Path dir;
    final Path socket;
    final List<String> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger connections = new AtomicInteger();
    /** Released each time the plugin closed a connection after an answer ending in {@link #THEN_CLOSE}. */
    final Semaphore closedAfterAnswer = new Semaphore(0);
    /** Appended to an answer: close the connection after it, without saying so. */
    static final String THEN_CLOSE = "\u0000then-close";
    private final ServerSocketChannel server;
    private final Thread acceptor;
    private volatile Function<String, String> script;

    ScriptedPlugin(Function<String, String> script) throws IOException {
        this.script = script;
        dir = Files.createTempDirectory(Path.of("/tmp"), "pc");
        socket = dir.resolve("p");
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        acceptor = new Thread(this::accept, "scripted-plugin");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    void script(Function<String, String> next) {
        script = next;
    }

    /** A 200 answer with InfraKit's header layout. */
    static String ok(String body) {
        return "HTTP/1.1 200 OK\r\nDate: Mon, 23 Nov 2026 19:15:21 GMT\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + body;
    }

    private void accept() {
        while (server.isOpen()) {
            try {
                SocketChannel c = server.accept();
                connections.incrementAndGet();
                Thread t = new Thread(() -> serve(c), "scripted-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(SocketChannel c) {
        try (c) {
            ByteArrayOutputStream pending = new ByteArrayOutputStream();
            ByteBuffer buf = ByteBuffer.allocate(8192);
            while (true) {
                String request = nextRequest(c, pending, buf);
                if (request == null) {
                    return;
                }
                requests.add(request);
                String body = request.substring(request.indexOf("\r\n\r\n") + 4);
                String answer = script.apply(body);
                if (answer == null) {
                    return;
                }
                boolean thenClose = answer.endsWith(THEN_CLOSE);
                c.write(ByteBuffer.wrap(answer.replace(THEN_CLOSE, "").getBytes(StandardCharsets.UTF_8)));
                if (thenClose) {
                    c.close();
                    closedAfterAnswer.release();
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static String nextRequest(SocketChannel c, ByteArrayOutputStream pending, ByteBuffer buf)
            throws IOException {
        while (true) {
            String text = pending.toString(StandardCharsets.UTF_8);
            int headEnd = text.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                int length = 0;
                for (String line : text.substring(0, headEnd).split("\r\n")) {
                    if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).trim());
                    }
                }
                byte[] all = pending.toByteArray();
                int end = text.substring(0, headEnd + 4).getBytes(StandardCharsets.UTF_8).length + length;
                if (all.length >= end) {
                    pending.reset();
                    pending.write(all, end, all.length - end);
                    return new String(all, 0, end, StandardCharsets.UTF_8);
                }
            }
            buf.clear();
            int n = c.read(buf);
            if (n < 0) {
                return null;
            }
            pending.write(buf.array(), 0, n);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        Files.deleteIfExists(socket);
        Files.deleteIfExists(dir);
    }
}
