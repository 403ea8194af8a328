package io.infrakit.oneview.client;

/**
 * Observes what a client does, for metrics and tracing (the seam a metrics module plugs into; the client itself
 * counts nothing). Set with {@link OneViewClient.Builder#listener(ClientListener)}.
 *
 * <p>Called synchronously on the thread that made the request, after the fact; keep the methods short and
 * thread-safe. An exception thrown by a listener is logged and otherwise ignored: it never fails a request. Events
 * carry no header, body, password or session token.
 *
 * <pre>{@code
 * ClientListener counting = new ClientListener() {
 *     @Override
 *     public void requestCompleted(RequestEvent e) {
 *         // e.g. requests{method=GET, path=/rest/server-profiles/{id}, status=200}++
 *     }
 *
 *     @Override
 *     public void loggedIn(LoginEvent e) {
 *         // e.g. if (e.relogin()) relogins++
 *     }
 *
 *     @Override
 *     public void taskCompleted(TaskEvent e) {
 *         // e.g. taskSeconds{kind=e.method() + " " + e.pathTemplate()}.observe(e.elapsed())
 *     }
 * };
 * }</pre>
 */
public interface ClientListener {

    /** A listener that does nothing. */
    ClientListener NONE = new ClientListener() {
    };

    /**
     * One HTTP exchange ended (answered with any status, or failed without an answer). Each attempt of a retried
     * request, each login and logout is one exchange.
     *
     * @param event what was sent and how it ended
     */
    default void requestCompleted(RequestEvent event) {
    }

    /**
     * A login succeeded.
     *
     * @param event which appliance and whether it replaced a session the appliance rejected
     */
    default void loggedIn(LoginEvent event) {
    }

    /**
     * An awaited task ended: it finished, failed, or the wait timed out ({@link TaskHandle#await}). Not called when
     * the waiting thread is interrupted.
     *
     * @param event what started the task, how it ended and how long the wait took
     */
    default void taskCompleted(TaskEvent event) {
    }
}
