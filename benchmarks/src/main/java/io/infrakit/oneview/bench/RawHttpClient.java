package io.infrakit.oneview.bench;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A minimal keep-alive HTTP/1.1 client over a Unix socket: sends pre-built request bytes and reads one response
 * framed by Content-Length, without allocating per request. Not thread-safe: one per client thread.
 */
final class RawHttpClient implements AutoCloseable {

    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);

    private final SocketChannel channel;
    private final ByteBuffer in = ByteBuffer.allocateDirect(1 << 20);

    RawHttpClient(Path socket) throws IOException {
        channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(socket));
        in.limit(0);
    }

    /** The request bytes the Go client sends for a JSON-RPC body. */
    static ByteBuffer request(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST / HTTP/1.1\r\nHost: h\r\nUser-Agent: Go-http-client/1.1\r\nContent-Length: " + body.length
                + "\r\nContent-Type: application/json\r\nAccept-Encoding: gzip\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocateDirect(head.length + body.length);
        b.put(head).put(body).flip();
        return b;
    }

    /**
     * Sends one request and reads its response.
     *
     * @return the response body length
     */
    int exchange(ByteBuffer request) throws IOException {
        ByteBuffer r = request.duplicate();
        while (r.hasRemaining()) {
            channel.write(r);
        }
        return readResponse();
    }

    private int readResponse() throws IOException {
        int headerEnd;
        while ((headerEnd = find(in, in.position())) < 0) {
            fill();
        }
        int start = in.position();
        if (in.get(start + 9) != '2' || in.get(start + 10) != '0' || in.get(start + 11) != '0') {
            throw new IOException("unexpected status: " + ascii(start, Math.min(in.limit(), start + 40)));
        }
        int length = contentLength(start, headerEnd);
        int bodyStart = headerEnd + 4;
        while (in.limit() < bodyStart + length) {
            fill();
            bodyStart = in.position() + (bodyStart - start);
            start = in.position();
        }
        in.position(bodyStart + length);
        return length;
    }

    /** Compacts unread bytes to the front and reads more. */
    private void fill() throws IOException {
        in.compact();
        int n = channel.read(in);
        in.flip();
        if (n < 0) {
            throw new IOException("connection closed by the server");
        }
    }

    private static int find(ByteBuffer b, int from) {
        for (int i = from; i + 3 < b.limit(); i++) {
            if (b.get(i) == '\r' && b.get(i + 1) == '\n' && b.get(i + 2) == '\r' && b.get(i + 3) == '\n') {
                return i;
            }
        }
        return -1;
    }

    private int contentLength(int from, int to) throws IOException {
        outer:
        for (int i = from; i < to - CONTENT_LENGTH.length; i++) {
            for (int j = 0; j < CONTENT_LENGTH.length; j++) {
                if ((in.get(i + j) | 0x20) != CONTENT_LENGTH[j]) {
                    continue outer;
                }
            }
            int v = 0;
            for (int k = i + CONTENT_LENGTH.length; k < to; k++) {
                byte c = in.get(k);
                if (c >= '0' && c <= '9') {
                    v = v * 10 + (c - '0');
                } else if (c != ' ') {
                    break;
                }
            }
            return v;
        }
        throw new IOException("response without Content-Length");
    }

    private String ascii(int from, int to) {
        byte[] b = new byte[to - from];
        for (int i = from; i < to; i++) {
            b[i - from] = in.get(i);
        }
        return new String(b, StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
