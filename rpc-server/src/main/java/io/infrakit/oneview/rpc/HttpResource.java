package io.infrakit.oneview.rpc;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * An extra read-only resource the server answers {@code GET <path>} with on its socket, besides the InfraKit
 * routes (for example {@code /metrics}). Added with {@link RpcServer.Builder#resource(String, HttpResource)}.
 *
 * <p>The body is rendered per request on the connection's event loop: it must be quick and must not block (no
 * I/O). A render that throws is answered {@code 500} and logged.
 *
 * @param contentType the {@code Content-Type} of the answer, e.g. {@code text/plain; version=0.0.4; charset=utf-8}
 * @param body        renders the body; thread-safe
 */
public record HttpResource(String contentType, Supplier<byte[]> body) {

    /** @throws NullPointerException when an argument is null */
    public HttpResource {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }
}
