package io.infrakit.oneview.cli.client;

import java.nio.charset.StandardCharsets;

/**
 * An HTTP response read from a plugin.
 *
 * @param status the status code
 * @param body   the body bytes
 * @param closed whether the server will close the connection after it
 */
public record HttpReply(int status, byte[] body, boolean closed) {

    /** @return the body as UTF-8 text */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
