package io.infrakit.oneview.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infrakit.oneview.client.SessionManager.Session;
import io.infrakit.oneview.client.error.OneViewConnectionException;
import io.infrakit.oneview.client.error.OneViewException;
import io.infrakit.oneview.client.error.OneViewInterruptedException;
import io.infrakit.oneview.client.error.UnexpectedResponseException;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests: adds the {@code Auth} and {@code X-API-Version} headers, retries idempotent requests on
 * connection failures and 502/503/504, logs in again once on a 401, and maps error statuses to exceptions.
 * Thread-safe. Never logs headers or bodies (they may hold credentials or session tokens).
 */
final class RestEngine implements SessionManager.Operations {
    private static final Logger LOG = LoggerFactory.getLogger(RestEngine.class);
    static final String LOGIN_PATH = "/rest/login-sessions";
    static final String VERSION_PATH = "/rest/version";

    private final ClientSettings settings;
    private final HttpTransport transport;
    private final SessionManager sessions;

    RestEngine(ClientSettings settings, HttpTransport transport) {
        this.settings = settings;
        this.transport = transport;
        this.sessions = new SessionManager(this, settings.versionPolicy());
    }

    ClientSettings settings() {
        return settings;
    }

    SessionManager sessions() {
        return sessions;
    }

    /** Sends an authenticated request; returns a 2xx/3xx answer or throws the mapped exception. */
    RestResponse execute(RestRequest request) {
        Session session = sessions.current();
        RestResponse response = sendWithRetries(request, session, sessions.apiVersion());
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
        RestResponse response = sendWithRetries(request, null, 0);
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
    public Session login(int apiVersion) {
        ObjectNode body = Json.object();
        body.put("userName", settings.userName());
        body.put("password", settings.password().reveal());
        if (settings.loginDomain() != null) {
            body.put("authLoginDomain", settings.loginDomain());
        }
        body.put("loginMsgAck", true);
        RestRequest request = new RestRequest("POST", LOGIN_PATH, body, Map.of(), false);
        RestResponse response = sendWithRetries(request, null, apiVersion);
        if (response.status() >= 400) {
            throw ErrorMapper.map(request, response);
        }
        JsonNode id = Json.readObject(request, response).get("sessionID");
        if (id == null || !id.isTextual() || id.asText().isEmpty()) {
            throw new UnexpectedResponseException("POST " + LOGIN_PATH + " answered HTTP " + response.status()
                    + " without a sessionID");
        }
        LOG.info("Logged in to {} as {} with API version {}", settings.address(), settings.userName(), apiVersion);
        return new Session(id.asText());
    }

    @Override
    public void logout(Session session) {
        RestRequest request = new RestRequest("DELETE", LOGIN_PATH, null, Map.of(), false);
        try {
            RestResponse response = sendOnce(request, session, sessions.apiVersion());
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

    private RestResponse sendWithRetries(RestRequest request, Session session, int apiVersion) {
        boolean retryable = request.idempotent();
        Duration backoff = settings.retryInitialBackoff();
        for (int attempt = 0; ; attempt++) {
            boolean lastAttempt = !retryable || attempt >= settings.maxRetries();
            try {
                RestResponse response = sendOnce(request, session, apiVersion);
                int status = response.status();
                if (lastAttempt || (status != 502 && status != 503 && status != 504)) {
                    return response;
                }
                LOG.warn("{} answered HTTP {}; retry {} of {} in {} ms", request, status, attempt + 1,
                        settings.maxRetries(), backoff.toMillis());
            } catch (IOException e) {
                boolean tls = isTlsTrustFailure(e);
                if (lastAttempt || tls) {
                    String why = tls ? " (TLS verification of the appliance failed, not retried; check caBundle,"
                            + " pinnedCertificateSha256 or the host name of the address)"
                            : !retryable ? "; not retried because a " + request.method()
                            + " is not idempotent (the appliance may have acted on it)"
                            : " after " + (attempt + 1) + " attempt(s)";
                    throw new OneViewConnectionException(request + " to " + settings.address() + " failed: "
                            + e + why, e);
                }
                LOG.warn("{} failed: {}; retry {} of {} in {} ms", request, e.toString(), attempt + 1,
                        settings.maxRetries(), backoff.toMillis());
            }
            sleep(backoff);
            backoff = min(backoff.multipliedBy(2), settings.retryMaxBackoff());
        }
    }

    /** A certificate or host-name verification failure: retrying cannot help. */
    static boolean isTlsTrustFailure(IOException e) {
        if (e instanceof SSLPeerUnverifiedException) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CertificateException) {
                return true;
            }
        }
        return false;
    }

    private RestResponse sendOnce(RestRequest request, Session session, int apiVersion) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        if (apiVersion > 0) {
            headers.put("X-API-Version", Integer.toString(apiVersion));
        }
        if (session != null) {
            headers.put("Auth", session.token());
        }
        headers.putAll(request.headers());
        byte[] body = request.body() == null ? null : Json.write(request.body());
        long started = System.nanoTime();
        RestResponse response = transport.send(request.method(), request.path(), headers, body);
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} -> HTTP {} in {} ms", request, response.status(), (System.nanoTime() - started) / 1_000_000);
        }
        return response;
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
