package io.infrakit.oneview.client;

import io.infrakit.oneview.client.error.OneViewException;

/**
 * Holds the current session and API version. Logging in (first time or after an expired session) is single
 * flight: concurrent callers wait for one login and share its session.
 */
final class SessionManager {

    /** What the session manager needs from the engine. */
    interface Operations {
        ApplianceVersion fetchVersion();

        Session login(int apiVersion, boolean relogin);

        void logout(Session session);
    }

    private final Object lock = new Object();
    private final Operations operations;
    private final ApiVersionPolicy policy;
    private volatile Session session;
    private volatile ApplianceVersion applianceVersion;
    private volatile int apiVersion;
    private boolean closed;

    SessionManager(Operations operations, ApiVersionPolicy policy) {
        this.operations = operations;
        this.policy = policy;
    }

    /** The current session, logging in first when there is none. */
    Session current() {
        Session s = session;
        if (s != null) {
            return s;
        }
        synchronized (lock) {
            if (session == null) {
                session = loginLocked(false);
            }
            return session;
        }
    }

    /**
     * Replaces a session the appliance rejected, then logs the rejected one out (best effort). When another thread
     * already replaced it, returns that thread's session without logging in again.
     */
    Session renew(Session rejected) {
        Session fresh;
        synchronized (lock) {
            if (session != null && session != rejected) {
                return session;
            }
            session = null;
            fresh = loginLocked(true);
            session = fresh;
        }
        // Best effort: if the rejected session is still alive (a 401 for another reason than expiry), end it so
        // sessions do not pile up against the appliance's per-client session limit.
        operations.logout(rejected);
        return fresh;
    }

    /** The negotiated API version (fetching the appliance's versions when not done yet). */
    int apiVersion() {
        if (apiVersion != 0) {
            return apiVersion;
        }
        synchronized (lock) {
            negotiateLocked();
            return apiVersion;
        }
    }

    ApplianceVersion applianceVersion() {
        apiVersion();
        return applianceVersion;
    }

    /** Logs out (when logged in) and refuses further logins. */
    void close() {
        Session s;
        synchronized (lock) {
            closed = true;
            s = session;
            session = null;
        }
        if (s != null) {
            operations.logout(s);
        }
    }

    private Session loginLocked(boolean relogin) {
        if (closed) {
            throw new OneViewException("The OneView client is closed");
        }
        negotiateLocked();
        return operations.login(apiVersion, relogin);
    }

    private void negotiateLocked() {
        if (closed) {
            throw new OneViewException("The OneView client is closed");
        }
        if (apiVersion == 0) {
            ApplianceVersion v = operations.fetchVersion();
            int chosen = policy.select(v);
            applianceVersion = v;
            apiVersion = chosen;
        }
    }

    /** A login session; its token never appears in {@link #toString()}. */
    static final class Session {
        private final String token;

        Session(String token) {
            this.token = token;
        }

        String token() {
            return token;
        }

        @Override
        public String toString() {
            return "Session[token=****]";
        }
    }
}
