package io.infrakit.oneview.client.transport;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A transport without a network: each request is handed to an in-process {@link Handler} on the calling thread,
 * and its answer is returned as the appliance's. For tests and for embedding a simulated appliance; it passes the
 * same transport TCK as the HTTP transport.
 *
 * <p>A handler that throws stands for a connection that broke before an answer: {@link #send} throws an
 * {@link IOException} with the handler's exception as its cause (an {@code IOException} thrown by the handler is
 * passed on as is). Thread-safe when the handler is.
 *
 * <pre>{@code
 * OneViewTransport transport = InMemoryTransport.of(request ->
 *         TransportResponse.json(200, "{\"minimumVersion\":120,\"currentVersion\":800}"));
 * }</pre>
 */
public final class InMemoryTransport implements OneViewTransport {

    /**
     * Answers requests in place of an appliance.
     */
    @FunctionalInterface
    public interface Handler {
        /**
         * @param request the request as the client sent it
         * @return the answer (not null)
         * @throws Exception to simulate a connection that broke before an answer
         */
        TransportResponse handle(TransportRequest request) throws Exception;
    }

    private final Handler handler;
    private final AtomicBoolean closed = new AtomicBoolean();

    private InMemoryTransport(Handler handler) {
        this.handler = handler;
    }

    /**
     * @param handler what answers the requests
     * @return a transport routing every request to the handler
     */
    public static InMemoryTransport of(Handler handler) {
        return new InMemoryTransport(Objects.requireNonNull(handler, "handler"));
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        if (closed.get()) {
            throw new IllegalStateException("The in-memory transport is closed");
        }
        TransportResponse response;
        try {
            response = handler.handle(request);
        } catch (IOException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted = new InterruptedIOException("Interrupted while " + request
                    + " was being answered");
            interrupted.initCause(e);
            throw interrupted;
        } catch (Exception e) {
            throw new IOException(request + ": the in-memory appliance failed before answering: " + e, e);
        }
        if (response == null) {
            throw new IOException(request + ": the in-memory appliance gave no answer (its handler returned null)");
        }
        return response;
    }

    @Override
    public void close() {
        closed.set(true);
    }

    @Override
    public String toString() {
        return "InMemoryTransport{" + handler.getClass().getName() + "}";
    }
}
