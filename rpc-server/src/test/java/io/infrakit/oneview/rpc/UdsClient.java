package io.infrakit.oneview.rpc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A raw HTTP/1.1 client over a Unix socket (JDK {@link SocketChannel}), for byte-exact tests. */
final class UdsClient implements AutoCloseable {

    /** A parsed response; {@code raw} holds the exact bytes. */
    record Response(int status, List<String[]> headers, String body, String raw) {
        String header(String name) {
            for (String[] h : headers) {
                if (h[0].equalsIgnoreCase(name)) {
                    return h[1];
                }
            }
            return null;
        }

        List<String> headerNames() {
            List<String> names = new ArrayList<>();
            headers.forEach(h -> names.add(h[0]));
            return names;
        }
    }

    private final SocketChannel channel;
    private final ByteBuffer in = ByteBuffer.allocate(1 << 20);

    UdsClient(Path socket) throws IOException {
        channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(socket));
        in.flip();
    }

    static String post(String body) {
        return post(body, "application/json");
    }

    /** The request the Go client sends, with its header order. */
    static String post(String body, String contentType) {
        int length = body.getBytes(StandardCharsets.UTF_8).length;
        return "POST / HTTP/1.1\r\nHost: h\r\nUser-Agent: Go-http-client/1.1\r\nContent-Length: " + length + "\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                + "Accept-Encoding: gzip\r\n\r\n" + body;
    }

    void send(String raw) throws IOException {
        send(raw.getBytes(StandardCharsets.UTF_8));
    }

    void send(byte[] raw) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(raw);
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }

    /** Sends a JSON-RPC body and returns the response body. */
    String call(String json) throws IOException {
        send(post(json));
        return read().body();
    }

    Response read() throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        String head = readLine(raw);
        int status = Integer.parseInt(head.split(" ")[1]);
        List<String[]> headers = new ArrayList<>();
        int length = 0;
        String line;
        while (!(line = readLine(raw)).isEmpty()) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon);
            String value = line.substring(colon + 1).trim();
            headers.add(new String[] {name, value});
            if (name.toLowerCase(Locale.ROOT).equals("content-length")) {
                length = Integer.parseInt(value);
            }
        }
        byte[] body = new byte[length];
        for (int i = 0; i < length; i++) {
            body[i] = next();
        }
        raw.write(body);
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8),
                raw.toString(StandardCharsets.UTF_8));
    }

    /** @return true when the server closed the connection (after any pending bytes). */
    boolean closedByServer() throws IOException {
        try {
            while (true) {
                if (!in.hasRemaining() && !fill()) {
                    return true;
                }
                in.position(in.limit());
            }
        } catch (IOException e) {
            return true;
        }
    }

    private String readLine(ByteArrayOutputStream raw) throws IOException {
        StringBuilder b = new StringBuilder();
        while (true) {
            byte c = next();
            raw.write(c);
            if (c == '\n') {
                int len = b.length();
                return len > 0 && b.charAt(len - 1) == '\r' ? b.substring(0, len - 1) : b.toString();
            }
            b.append((char) (c & 0xFF));
        }
    }

    private byte next() throws IOException {
        if (!in.hasRemaining() && !fill()) {
            throw new IOException("connection closed by the server");
        }
        return in.get();
    }

    private boolean fill() throws IOException {
        in.clear();
        int n = channel.read(in);
        in.flip();
        return n > 0;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
