package io.infrakit.oneview.client;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;

/**
 * Sends one HTTP exchange. No retries, no error mapping, no session handling: those are the engine's.
 */
interface HttpTransport extends Closeable {

    /**
     * @param method  HTTP method
     * @param path    encoded path and query starting with {@code /}
     * @param headers request headers
     * @param body    body bytes or {@code null}
     * @return the answer, whatever its status
     * @throws IOException on a connection failure
     */
    RestResponse send(String method, String path, Map<String, String> headers, byte[] body) throws IOException;
}
