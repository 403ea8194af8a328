package io.infrakit.oneview.provider.oneview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Talks JSON-RPC 2.0 over HTTP/1.1 on a Unix socket the way InfraKit's Go client does: {@code POST /} with a JSON
 * body, one request per connection. Thread-safe.
 */
final class JsonRpcClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Path socket;
    private final AtomicLong ids = new AtomicLong(6012950790211020000L);

    JsonRpcClient(Path socket) {
        this.socket = socket;
    }

    /** @return the whole JSON-RPC reply */
    JsonNode call(String method, JsonNode params) {
        ObjectNode request = JSON.createObjectNode();
        request.put("jsonrpc", "2.0");
        request.put("method", method);
        request.set("params", params);
        request.put("id", ids.incrementAndGet());
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(socket));
            byte[] body = JSON.writeValueAsBytes(request);
            String head = "POST / HTTP/1.1\r\nHost: instance-oneview\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
            ByteBuffer out = ByteBuffer.allocate(head.length() + body.length);
            out.put(head.getBytes(StandardCharsets.US_ASCII)).put(body).flip();
            while (out.hasRemaining()) {
                ch.write(out);
            }
            return JSON.readTree(readBody(ch));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the {@code result}; fails the test on an error reply */
    JsonNode result(String method, String paramsJson) {
        JsonNode reply = call(method, parse(paramsJson));
        if (reply.hasNonNull("error")) {
            throw new AssertionError(method + " failed: " + reply.get("error"));
        }
        return reply.get("result");
    }

    /** @return the error message; fails the test when the call succeeds */
    String error(String method, String paramsJson) {
        JsonNode reply = call(method, parse(paramsJson));
        if (!reply.hasNonNull("error")) {
            throw new AssertionError(method + " succeeded but was expected to fail: " + reply);
        }
        if (reply.get("error").path("code").asInt() != -32000) {
            throw new AssertionError("unexpected error code: " + reply);
        }
        return reply.get("error").path("message").asText();
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readBody(SocketChannel ch) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        ByteBuffer buf = ByteBuffer.allocate(8192);
        int headerEnd = -1;
        int contentLength = -1;
        while (true) {
            buf.clear();
            int n = ch.read(buf);
            if (n < 0) {
                break;
            }
            all.write(buf.array(), 0, n);
            byte[] bytes = all.toByteArray();
            if (headerEnd < 0) {
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                int i = text.indexOf("\r\n\r\n");
                if (i >= 0) {
                    headerEnd = i + 4;
                    for (String line : text.substring(0, i).split("\r\n")) {
                        if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                            contentLength = Integer.parseInt(line.substring(15).trim());
                        }
                    }
                }
            }
            if (headerEnd >= 0 && contentLength >= 0 && bytes.length >= headerEnd + contentLength) {
                break;
            }
        }
        byte[] bytes = all.toByteArray();
        if (headerEnd < 0) {
            throw new IOException("no HTTP reply: " + new String(bytes, StandardCharsets.ISO_8859_1));
        }
        int len = contentLength >= 0 ? contentLength : bytes.length - headerEnd;
        byte[] body = new byte[len];
        System.arraycopy(bytes, headerEnd, body, 0, len);
        return body;
    }
}
