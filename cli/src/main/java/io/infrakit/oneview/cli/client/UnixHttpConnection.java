package io.infrakit.oneview.cli.client;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** One kept-alive HTTP/1.1 connection over a Unix domain socket, framed by Content-Length. Not thread-safe. */
public final class UnixHttpConnection implements AutoCloseable {

    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private final SocketChannel channel;
    private final ByteBuffer in = ByteBuffer.allocate(64 * 1024);

    private UnixHttpConnection(SocketChannel channel) {
        this.channel = channel;
        in.flip();
    }

    /**
     * Connects to a socket.
     *
     * @param socket the socket file
     * @return the connection
     * @throws IOException when nothing listens there
     */
    public static UnixHttpConnection open(Path socket) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new UnixHttpConnection(channel);
    }

    /**
     * Sends a request and reads the whole response.
     *
     * @param method the HTTP method
     * @param path   the request path
     * @param body   the body, or null
     * @return the response
     * @throws IOException when the connection fails or the response is malformed
     */
    public HttpReply exchange(String method, String path, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder()
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: h\r\n");
        if (body != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.US_ASCII);
        ByteBuffer out = ByteBuffer.allocate(headBytes.length + (body == null ? 0 : body.length));
        out.put(headBytes);
        if (body != null) {
            out.put(body);
        }
        out.flip();
        while (out.hasRemaining()) {
            channel.write(out);
        }
        return readReply();
    }

    private HttpReply readReply() throws IOException {
        String headers = readHeaders();
        String[] lines = headers.split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP response: " + lines[0]);
        }
        int status = Integer.parseInt(statusLine[1]);
        int length = -1;
        boolean close = false;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).trim();
            if (name.equals("content-length")) {
                length = Integer.parseInt(value);
            } else if (name.equals("connection") && value.equalsIgnoreCase("close")) {
                close = true;
            }
        }
        byte[] body = length >= 0 ? readExactly(length) : readToEnd();
        return new HttpReply(status, body, close || length < 0);
    }

    private String readHeaders() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = readByte();
            buffer.write(b);
            if (buffer.size() > MAX_HEADER_BYTES) {
                throw new IOException("response headers too large");
            }
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                    ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return buffer.toString(StandardCharsets.ISO_8859_1);
    }

    private int readByte() throws IOException {
        if (!in.hasRemaining() && !fill()) {
            throw new EOFException("the plugin closed the connection without a complete response");
        }
        return in.get() & 0xff;
    }

    private boolean fill() throws IOException {
        in.clear();
        int n = channel.read(in);
        in.flip();
        return n > 0;
    }

    private byte[] readExactly(int length) throws IOException {
        byte[] body = new byte[length];
        int off = 0;
        while (off < length) {
            if (!in.hasRemaining() && !fill()) {
                throw new EOFException("the plugin closed the connection after " + off + " of " + length + " bytes");
            }
            int n = Math.min(in.remaining(), length - off);
            in.get(body, off, n);
            off += n;
        }
        return body;
    }

    private byte[] readToEnd() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (in.hasRemaining() || fill()) {
            byte[] chunk = new byte[in.remaining()];
            in.get(chunk);
            body.write(chunk);
        }
        return body.toByteArray();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
