package io.infrakit.oneview.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infrakit.oneview.client.SessionManager.Session;
import io.infrakit.oneview.client.error.OneViewConnectionException;
import io.infrakit.oneview.client.error.OneViewException;
import io.infrakit.oneview.client.error.OneViewInterruptedException;
import io.infrakit.oneview.client.error.TlsFailure;
import io.infrakit.oneview.client.error.UnexpectedResponseException;
import io.infrakit.oneview.client.transport.OneViewTransport;
import io.infrakit.oneview.client.transport.TransportRequest;
import io.infrakit.oneview.client.transport.TransportResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests over the {@link OneViewTransport}: adds the {@code Auth} and {@code X-API-Version} headers (the
 * version on every request but {@code GET /rest/version}, so the client never depends on what an appliance assumes
 * without it), retries as the {@link RetryPolicy} says (idempotent requests on connection failures and
 * 409/502/503/504), logs in again once on a 401, maps error statuses to exceptions, and reports each exchange and
 * login to the {@link ClientListener}. Thread-safe. Never logs headers or bodies (they may hold credentials or
 * session tokens).
 *
 * <p>The flow: {@link #execute} (session, 401 → one re-login) → {@code sendWithRetries} (the retry policy) →
 * {@code sendOnce} (one exchange on the transport).
 */
final class RestEngine implements SessionManager.Operations {
    private static final Logger LOG = LoggerFactory.getLogger(RestEngine.class);
    static final String LOGIN_PATH = "/rest/login-sessions";
    static final String VERSION_PATH = "/rest/version";

    private final ClientSettings settings;
    private final OneViewTransport transport;
    private final SessionManager sessions;
    private final RetryPolicy retries;

    RestEngine(ClientSettings settings, OneViewTransport transport, RetryPolicy retries) {
        this.settings = settings;
        this.transport = transport;
        this.retries = retries;
        this.sessions = new SessionManager(this, settings.versionPolicy());
    }

    ClientSettings settings() {
        return settings;
    }

    SessionManager sessions() {
        return sessions;
    }

    RetryPolicy retryPolicy() {
        return retries;
    }

    /** Sends an authenticated request; returns a 2xx/3xx answer or throws the mapped exception. */
    TransportResponse execute(RestRequest request) {
        Session session = sessions.current();
        TransportResponse response = sendWithRetries(request, session, sessions.apiVersion());
        if (response.status() == 401) {
            LOG.info("{} answered HTTP 401: the session was rejected; logging in again once", request);
            Session fresh = sessions.renew(session);
            response = sendWithRetries(request, fresh, sessions.apiVersion());
        }
        if (response.status() >= 400) {
            throw ErrorMapper.map(request, response);
        }
        return response;
    }

    /** GETs a JSON object. */
    ObjectNode getObject(String path) {
        RestRequest request = RestRequest.get(path);
        return Json.readObject(request, execute(request));
    }

    @Override
    public ApplianceVersion fetchVersion() {
        RestRequest request = new RestRequest("GET", VERSION_PATH, null, Map.of(), false);
        TransportResponse response = sendWithRetries(request, null, 0);
        if (response.status() >= 400) {
            throw ErrorMapper.map(request, response);
        }
        ObjectNode body = Json.readObject(request, response);
        JsonNode min = body.get("minimumVersion");
        JsonNode current = body.get("currentVersion");
        if (current == null || !current.canConvertToInt()) {
            throw new UnexpectedResponseException("GET " + VERSION_PATH + " answered without a numeric"
                    + " currentVersion: " + Json.abbreviate(body.toString(), 200));
        }
        int minimum = min != null && min.canConvertToInt() ? min.intValue() : 1;
        ApplianceVersion version = new ApplianceVersion(minimum, current.intValue());
        LOG.debug("Appliance {} serves API versions {}..{}", settings.address(), minimum, current.intValue());
        return version;
    }

    @Override
    public Session login(int apiVersion, boolean relogin) {
        ObjectNode body = Json.object();
        body.put("userName", settings.userName());
        body.put("password", settings.password().reveal());
        if (settings.loginDomain() != null) {
            body.put("authLoginDomain", settings.loginDomain());
        }
        body.put("loginMsgAck", true);
        RestRequest request = new RestRequest("POST", LOGIN_PATH, body, Map.of(), false);
        TransportResponse response = sendWithRetries(request, null, apiVersion);
        if (response.status() >= 400) {
            throw ErrorMapper.map(request, response);
        }
        JsonNode id = Json.readObject(request, response).get("sessionID");
        if (id == null || !id.isTextual() || id.asText().isEmpty()) {
            throw new UnexpectedResponseException("POST " + LOGIN_PATH + " answered HTTP " + response.status()
                    + " without a sessionID");
        }
        LOG.info("Logged in to {} as {} with API version {}", settings.address(), settings.userName(), apiVersion);
        notify(() -> settings.listener().loggedIn(new LoginEvent(settings.address(), settings.userName(), apiVersion,
                relogin)));
        return new Session(id.asText());
    }

    @Override
    public void logout(Session session) {
        RestRequest request = new RestRequest("DELETE", LOGIN_PATH, null, Map.of(), false);
        try {
            TransportResponse response = sendOnce(request, session, sessions.apiVersion(), 1);
            if (response.status() == 401) {
                LOG.debug("Logout from {}: the session had already ended", settings.address());
            } else if (response.status() >= 400) {
                LOG.warn("Logout from {} failed: {}", settings.address(),
                        ErrorMapper.map(request, response).getMessage());
            } else {
                LOG.debug("Logged out from {}", settings.address());
            }
        } catch (IOException | OneViewException e) {
            LOG.warn("Logout from {} failed: {}", settings.address(), e.toString());
        }
    }

    private TransportResponse sendWithRetries(RestRequest request, Session session, int apiVersion) {
        boolean retryable = request.idempotent();
        for (int attempt = 0; ; attempt++) {
            boolean lastAttempt = !retryable || attempt >= retries.maxRetries();
            int failedStatus;
            try {
                TransportResponse response = sendOnce(request, session, apiVersion, attempt + 1);
                int status = response.status();
                if (lastAttempt || !retries.retriesStatus(request.method(), status)) {
                    return response;
                }
                failedStatus = status;
            } catch (IOException e) {
                Optional<TlsFailure> tls = TlsFailure.of(e);
                if (lastAttempt || tls.isPresent()) {
                    String why = tls.isPresent() ? " (TLS verification of the appliance failed, not retried: "
                            + fix(tls.get()) + ")"
                            : !retryable ? "; not retried because a " + request.method()
                            + " is not idempotent (the appliance may have acted on it)"
                            : " after " + (attempt + 1) + " attempt(s)";
                    throw new OneViewConnectionException(request + " to " + settings.address() + " failed: "
                            + e + why, e);
                }
                LOG.warn("{} failed: {}; retry {} of {} in {} ms", request, e.toString(), attempt + 1,
                        retries.maxRetries(), retries.backoff(attempt + 1).toMillis());
                failedStatus = 0;
            }
            Duration pause = retries.pauseBefore(attempt + 1, failedStatus);
            if (failedStatus != 0) {
                LOG.warn("{} answered HTTP {}; retry {} of {} in {} ms", request, failedStatus, attempt + 1,
                        retries.maxRetries(), pause.toMillis());
            }
            sleep(pause);
        }
    }

    /** What to change in the client's configuration for each kind of TLS failure. */
    static String fix(TlsFailure failure) {
        return switch (failure) {
            case UNTRUSTED_CERTIFICATE -> "the certificate is not trusted; trust its CA with caBundle(), or pin the"
                    + " certificate with pinnedCertificateSha256()";
            case HOST_NAME_MISMATCH -> "the certificate does not name the host of the address; use an address whose"
                    + " host the certificate names, or pin the certificate with pinnedCertificateSha256() (a pin"
                    + " trusts that one certificate whatever host it names)";
            case PINNED_CERTIFICATE_MISMATCH -> "the certificate is not the pinned one; if the appliance's"
                    + " certificate was replaced, pin the new one";
        };
    }

    private TransportResponse sendOnce(RestRequest request, Session session, int apiVersion, int attempt)
            throws IOException {
        TransportRequest.Builder wire = TransportRequest.builder(request.method(), request.path())
                .header("Accept", "application/json");
        if (apiVersion > 0) {
            wire.header("X-API-Version", Integer.toString(apiVersion));
        } else if (!request.path().equals(VERSION_PATH)) {
            throw new IllegalStateException(request + " without an API version: only " + VERSION_PATH
                    + " goes without X-API-Version");
        }
        if (session != null) {
            wire.header("Auth", session.token());
        }
        request.headers().forEach(wire::header);
        if (request.body() != null) {
            wire.header("Content-Type", "application/json; charset=UTF-8").body(Json.write(request.body()));
        }
        String template = PathTemplates.of(request.path());
        long started = System.nanoTime();
        try {
            TransportResponse response = transport.send(wire.build());
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            LOG.debug("{} -> HTTP {} in {} ms", request, response.status(), elapsed.toMillis());
            notify(() -> settings.listener().requestCompleted(new RequestEvent(request.method(), template,
                    response.status(), null, elapsed, attempt)));
            return response;
        } catch (IOException e) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            notify(() -> settings.listener().requestCompleted(new RequestEvent(request.method(), template, 0, e,
                    elapsed, attempt)));
            throw e;
        }
    }

    /** Runs a listener call; a failing listener never fails a request. */
    static void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("A ClientListener failed (ignored): {}", e.toString());
        }
    }

    void sleep(Duration duration) {
        try {
            settings.sleeper().sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OneViewInterruptedException("Interrupted while waiting", e);
        }
    }

    static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    void close() {
        try {
            sessions.close();
        } finally {
            try {
                transport.close();
            } catch (IOException e) {
                LOG.debug("Closing the HTTP transport failed: {}", e.toString());
            }
        }
    }
}
