package io.infrakit.oneview.client.transport;

import java.io.Closeable;
import java.io.IOException;

/**
 * Sends one HTTP exchange to one OneView appliance: the client's transport SPI. The client does everything else
 * (headers, sessions, retries, error mapping); a transport only carries bytes. {@link ApacheHttpTransport} is the
 * default; {@link InMemoryTransport} routes requests to an in-process handler. An implementation passes
 * {@code OneViewTransportTck} (in the oneview-client test jar).
 *
 * <p>What every implementation must do:
 * <ul>
 *   <li>Be thread-safe: the client sends from many threads at once.</li>
 *   <li>Send the method, the target (exactly as given: no decoding or re-encoding), every header value (a name given
 *       twice is sent twice) and the body bytes unchanged. It may add connection-level headers of its own
 *       ({@code Host}, {@code Content-Length}, {@code User-Agent}, {@code Connection}, {@code Accept-Encoding}).</li>
 *   <li>Return every answer, whatever its status (4xx and 5xx included), with its headers and body bytes as received
 *       (content decoding allowed). Never follow redirects; never retry: the client decides what is retried.</li>
 *   <li>Throw {@link IOException} when no answer was received (connection refused or reset, timeout, TLS failure);
 *       a certificate or host-name verification failure keeps the JSSE exception
 *       ({@link java.security.cert.CertificateException}, {@link javax.net.ssl.SSLPeerUnverifiedException}) in its
 *       cause chain, so that the client does not retry it.</li>
 *   <li>{@link #close()} releases its resources and is idempotent; {@link #send} afterwards throws
 *       {@link IllegalStateException}.</li>
 * </ul>
 */
public interface OneViewTransport extends Closeable {

    /**
     * Sends one request and waits for the whole answer.
     *
     * @param request the request
     * @return the answer, whatever its status
     * @throws IOException           when no answer was received
     * @throws IllegalStateException when the transport is closed
     */
    TransportResponse send(TransportRequest request) throws IOException;

    /**
     * Releases connections and threads. Idempotent.
     *
     * @throws IOException when releasing fails
     */
    @Override
    void close() throws IOException;
}
