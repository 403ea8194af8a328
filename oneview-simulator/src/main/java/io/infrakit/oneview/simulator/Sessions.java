package io.infrakit.oneview.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Login sessions with an idle timeout. Guarded by the appliance lock. Internal. */
final class Sessions {

    static final class Session {
        final String id;
        final String userName;
        final String clientIp;
        Instant lastUsed;
        Duration idleTimeout;

        Session(String id, String userName, String clientIp, Instant lastUsed, Duration idleTimeout) {
            this.id = id;
            this.userName = userName;
            this.clientIp = clientIp;
            this.lastUsed = lastUsed;
            this.idleTimeout = idleTimeout;
        }
    }

    private final Map<String, Session> sessions = new HashMap<>();
    private final Duration defaultIdleTimeout;

    Sessions(Duration defaultIdleTimeout) {
        this.defaultIdleTimeout = defaultIdleTimeout;
    }

    /** The number of live sessions opened from that client address (expired ones are dropped). */
    int liveSessionsOf(String clientIp, Instant now) {
        sessions.values().removeIf(s -> !now.isBefore(s.lastUsed.plus(s.idleTimeout)));
        int n = 0;
        for (Session s : sessions.values()) {
            if (s.clientIp.equals(clientIp)) {
                n++;
            }
        }
        return n;
    }

    Session create(String userName, String clientIp, Instant now) {
        Session session = new Session(RandomTokens.next(32), userName, clientIp, now, defaultIdleTimeout);
        sessions.put(session.id, session);
        return session;
    }

    /** The live session with that id, touched; null when unknown or expired (an expired one is dropped). */
    Session use(String id, Instant now) {
        Session session = peek(id, now);
        if (session != null) {
            session.lastUsed = now;
        }
        return session;
    }

    /** The live session with that id, not touched; null when unknown or expired. */
    Session peek(String id, Instant now) {
        if (id == null) {
            return null;
        }
        Session session = sessions.get(id);
        if (session == null) {
            return null;
        }
        if (!now.isBefore(session.lastUsed.plus(session.idleTimeout))) {
            sessions.remove(id);
            return null;
        }
        return session;
    }

    boolean remove(String id) {
        return sessions.remove(id) != null;
    }

    void clear() {
        sessions.clear();
    }

    int size() {
        return sessions.size();
    }
}
