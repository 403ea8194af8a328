package io.infrakit.oneview.pluginclient;

import java.io.EOFException;
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
import java.util.Objects;

/**
 * One kept-alive HTTP/1.1 connection to a plugin's Unix socket, for byte-level work: requests are sent as bytes
 * (pre-encoded, or raw, even malformed), responses are read one at a time, framed by {@code Content-Length} (or
 * by the close of the connection when they have none), with their exact bytes. Pipelining works: send several
 * requests, then read their responses in order. Not thread-safe: one per thread, or use {@link PluginClient}.
 *
 * <p>For load clients, {@link #exchangeSkippingBody(ByteBuffer)} sends a request encoded once and skips its
 * answer without allocating per call.
 */
public final class PluginConnection implements AutoCloseable {

    /** Largest response head (status line and headers) accepted. */
    public static final int MAX_HEAD_BYTES = 64 * 1024;

    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);

    private final Path socket;
    private final SocketChannel channel;
    /** Received, unread bytes between position and limit. */
    private final ByteBuffer in = ByteBuffer.allocateDirect(MAX_HEAD_BYTES);

    private PluginConnection(Path socket, SocketChannel channel) {
        this.socket = socket;
        this.channel = channel;
        in.limit(0);
    }

    /**
     * Connects to a plugin.
     *
     * @param socket the plugin's socket file
     * @return the connection
     * @throws IOException when nothing listens there
     */
    public static PluginConnection open(Path socket) throws IOException {
        Objects.requireNonNull(socket, "socket");
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        return new PluginConnection(socket, channel);
    }

    /** @return the socket this connection is open on */
    public Path socket() {
        return socket;
    }

    /**
     * The bytes of the {@code POST /} request that InfraKit's Go client sends for a JSON-RPC body: headers
     * {@code Host: h}, {@code User-Agent: Go-http-client/1.1}, {@code Content-Length},
     * {@code Content-Type: application/json}, {@code Accept-Encoding: gzip}, in that order.
     *
     * @param body the JSON-RPC body
     * @return the request bytes
     */
    public static byte[] goClientPost(byte[] body) {
        return goClientPost(body, "application/json");
    }

    /**
     * Like {@link #goClientPost(byte[])} with another {@code Content-Type}.
     *
     * @param body        the body
     * @param contentType the Content-Type header's value, or null for no such header
     * @return the request bytes
     */
    public static byte[] goClientPost(byte[] body, String contentType) {
        byte[] head = ("POST / HTTP/1.1\r\nHost: h\r\nUser-Agent: Go-http-client/1.1\r\nContent-Length: " + body.length
                + "\r\n" + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                + "Accept-Encoding: gzip\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        return request;
    }

    /**
     * Sends a JSON-RPC body as InfraKit's Go client does ({@link #goClientPost(byte[])}) and reads the response.
     *
     * @param jsonBody the body
     * @return the response
     * @throws IOException when the connection fails or the response is not HTTP
     */
    public HttpResponse post(byte[] jsonBody) throws IOException {
        send(goClientPost(jsonBody));
        return read();
    }

    /**
     * Sends {@code GET path} and reads the response.
     *
     * @param path the request target, such as {@code /info/api.json}
     * @return the response
     * @throws IOException when the connection fails or the response is not HTTP
     */
    public HttpResponse get(String path) throws IOException {
        send(("GET " + path + " HTTP/1.1\r\nHost: h\r\nUser-Agent: Go-http-client/1.1\r\nAccept-Encoding: gzip\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        return read();
    }

    /**
     * Sends text as its UTF-8 bytes, as it is: for hand-written (even malformed) requests.
     *
     * @param raw the request text
     * @throws IOException when the connection fails
     */
    public void send(String raw) throws IOException {
        send(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends bytes as they are.
     *
     * @param raw the bytes
     * @throws IOException when the connection fails
     */
    public void send(byte[] raw) throws IOException {
        send(ByteBuffer.wrap(raw));
    }

    /**
     * Sends the remaining bytes of a buffer as they are, leaving the buffer itself untouched (so that one buffer
     * can be shared by several connections and threads).
     *
     * @param raw the bytes
     * @throws IOException when the connection fails
     */
    public void send(ByteBuffer raw) throws IOException {
        ByteBuffer b = raw.duplicate();
        try {
            while (b.hasRemaining()) {
                channel.write(b);
            }
        } catch (IOException e) {
            throw new NoResponseException("cannot send to " + socket + ": " + e.getMessage(), e, true);
        }
    }

    /**
     * Reads the next response: an interim {@code 1xx} one too (it has no body; read again for the final one).
     *
     * @return the response
     * @throws IOException when the connection fails, or the server sends something that is not an HTTP/1.x response
     */
    public HttpResponse read() throws IOException {
        int headEnd = awaitHead();
        byte[] head = new byte[headEnd - in.position()];
        in.get(head);
        String[] lines = new String(head, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = status(lines[0]);
        List<HttpResponse.Header> headers = new ArrayList<>();
        long length = -1;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = lines[i].substring(0, colon);
            String value = lines[i].substring(colon + 1).strip();
            headers.add(new HttpResponse.Header(name, value));
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("content-length")) {
                length = parseLength(value);
            } else if (lower.equals("transfer-encoding") && !value.equalsIgnoreCase("identity")) {
                throw new IOException("the plugin sent a " + value + " response, which this client does not read");
            }
        }
        boolean bodiless = status / 100 == 1 || status == 204 || status == 304;
        byte[] body = bodiless ? new byte[0] : length >= 0 ? readBody((int) length) : readToEnd();
        return new HttpResponse(status, headers, head, body);
    }

    /**
     * Sends a request and reads its response without keeping it: the lean path of load clients (nothing is
     * allocated per call beyond a buffer view). The response must be 2xx and framed by {@code Content-Length}.
     *
     * @param request the request bytes, for example {@link #goClientPost(byte[])} in a direct buffer; left untouched
     * @return the length of the response body
     * @throws IOException when the connection fails or the response is not a 2xx with a Content-Length
     */
    public int exchangeSkippingBody(ByteBuffer request) throws IOException {
        send(request);
        int headEnd = awaitHead();
        int start = in.position();
        if (headEnd - start < 12 || in.get(start + 9) != '2') {
            throw new IOException("unexpected response: " + ascii(start, Math.min(headEnd, start + 60)));
        }
        int length = contentLength(start, headEnd);
        in.position(headEnd);
        int buffered = Math.min(in.remaining(), length);
        in.position(in.position() + buffered);
        int remaining = length - buffered;
        while (remaining > 0) {
            in.clear();
            int n = channel.read(in);
            in.flip();
            if (n < 0) {
                throw new EOFException("the plugin closed the connection with " + remaining + " body bytes unsent");
            }
            int take = Math.min(in.remaining(), remaining);
            in.position(take);
            remaining -= take;
        }
        return length;
    }

    /**
     * Reads and drops whatever the server still sends, until it closes the connection.
     *
     * @return true once the server has closed the connection (an end of stream or a reset)
     */
    public boolean awaitServerClose() {
        try {
            while (true) {
                in.clear();
                int n = channel.read(in);
                in.flip();
                in.position(in.limit());
                if (n < 0) {
                    return true;
                }
            }
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Tells, without blocking, whether the server has closed the connection (an idle connection the server timed
     * out): a kept-alive connection is checked so before it is reused.
     *
     * @return true when the server closed it, or it is broken or closed here
     */
    public boolean closedByServer() {
        if (!channel.isOpen()) {
            return true;
        }
        synchronized (channel.blockingLock()) {
            try {
                channel.configureBlocking(false);
                return fill() < 0;
            } catch (IOException e) {
                return true;
            } finally {
                try {
                    channel.configureBlocking(true);
                } catch (IOException e) {
                    // the next use reports the broken connection
                }
            }
        }
    }

    /** @return true until {@link #close()} */
    public boolean isOpen() {
        return channel.isOpen();
    }

    /** Closes the connection. */
    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Reads until the buffer holds a whole response head; returns the offset just after its blank line. */
    private int awaitHead() throws IOException {
        boolean started = in.hasRemaining();
        int scanFrom = in.position();
        while (true) {
            int end = headEnd(scanFrom);
            if (end >= 0) {
                return end;
            }
            if (in.position() == 0 && in.limit() == in.capacity()) {
                throw new IOException("the plugin sent a response head over " + MAX_HEAD_BYTES + " bytes");
            }
            int shift = in.position();
            scanFrom = Math.max(in.position(), in.limit() - 3) - shift;
            int n;
            try {
                n = fill();
            } catch (IOException e) {
                if (!started) {
                    throw new NoResponseException("the plugin at " + socket + " reset the connection before it "
                            + "answered: " + e.getMessage(), e, false);
                }
                throw e;
            }
            if (n < 0) {
                if (!started && !in.hasRemaining()) {
                    throw new NoResponseException("the plugin at " + socket + " closed the connection without an "
                            + "answer", null, false);
                }
                throw new EOFException("the plugin closed the connection in the middle of a response");
            }
            started |= n > 0;
        }
    }

    /** Compacts the unread bytes to the front and reads more; returns what the read returned. */
    private int fill() throws IOException {
        in.compact();
        int n;
        try {
            n = channel.read(in);
        } finally {
            in.flip();
        }
        return n;
    }

    private int headEnd(int from) {
        for (int i = from; i + 3 < in.limit(); i++) {
            if (in.get(i) == '\r' && in.get(i + 1) == '\n' && in.get(i + 2) == '\r' && in.get(i + 3) == '\n') {
                return i + 4;
            }
        }
        return -1;
    }

    private static int status(String statusLine) throws IOException {
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || parts[1].length() != 3) {
            throw new IOException("not an HTTP/1.x response: " + statusLine);
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("not an HTTP/1.x response: " + statusLine, e);
        }
    }

    private static long parseLength(String value) throws IOException {
        try {
            long length = Long.parseLong(value);
            if (length >= 0 && length <= Integer.MAX_VALUE - 8) {
                return length;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IOException("the plugin sent an unusable Content-Length: " + value);
    }

    private byte[] readBody(int length) throws IOException {
        byte[] body = new byte[length];
        int off = Math.min(in.remaining(), length);
        in.get(body, 0, off);
        while (off < length) {
            in.clear();
            int n = channel.read(in);
            in.flip();
            if (n < 0) {
                throw new EOFException("the plugin closed the connection after " + off + " of " + length
                        + " body bytes");
            }
            int take = Math.min(in.remaining(), length - off);
            in.get(body, off, take);
            off += take;
        }
        return body;
    }

    private byte[] readToEnd() throws IOException {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        while (true) {
            while (in.hasRemaining()) {
                int take = Math.min(chunk.length, in.remaining());
                in.get(chunk, 0, take);
                body.write(chunk, 0, take);
            }
            if (fill() < 0) {
                return body.toByteArray();
            }
        }
    }

    private int contentLength(int from, int to) throws IOException {
        outer:
        for (int i = from; i + CONTENT_LENGTH.length < to; i++) {
            if (i > from && in.get(i - 1) != '\n') {
                continue;
            }
            for (int j = 0; j < CONTENT_LENGTH.length; j++) {
                if ((in.get(i + j) | 0x20) != CONTENT_LENGTH[j]) {
                    continue outer;
                }
            }
            int value = 0;
            boolean digits = false;
            for (int k = i + CONTENT_LENGTH.length; k < to; k++) {
                byte c = in.get(k);
                if (c >= '0' && c <= '9') {
                    value = value * 10 + (c - '0');
                    digits = true;
                } else if (c != ' ' || digits) {
                    break;
                }
            }
            if (digits) {
                return value;
            }
        }
        throw new IOException("response without Content-Length: " + ascii(from, Math.min(to, from + 60)));
    }

    private String ascii(int from, int to) {
        byte[] b = new byte[to - from];
        for (int i = from; i < to; i++) {
            b[i - from] = in.get(i);
        }
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** The connection failed before any byte of a response arrived (or while the request was being sent). */
    static final class NoResponseException extends EOFException {
        private final boolean beforeSending;

        NoResponseException(String message, Throwable cause, boolean beforeSending) {
            super(message);
            this.beforeSending = beforeSending;
            if (cause != null) {
                initCause(cause);
            }
        }

        /** @return true when sending the request failed, so that the server cannot have received it whole */
        boolean beforeSending() {
            return beforeSending;
        }
    }
}
