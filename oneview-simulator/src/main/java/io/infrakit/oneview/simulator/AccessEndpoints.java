package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * {@code /rest/version}, {@code /rest/login-sessions}, {@code /rest/sessions/idle-timeout}. Internal.
 */
final class AccessEndpoints implements Endpoints {

    private static final Logger LOG = LoggerFactory.getLogger(AccessEndpoints.class);

    private final Appliance appliance;

    AccessEndpoints(Appliance appliance) {
        this.appliance = appliance;
    }

    @Override
    public void register(Router router) {
        router.add("GET", "/rest/version", false, this::version)
                .add("GET", "/rest/logindetails", false, this::loginDetails)
                .add("POST", "/rest/login-sessions", false, this::login)
                .add("PUT", "/rest/login-sessions", true, this::revalidate)
                .add("DELETE", "/rest/login-sessions", false, this::logout)
                .add("GET", "/rest/sessions/idle-timeout", false, this::getIdleTimeout)
                .add("POST", "/rest/sessions/idle-timeout", false, this::setIdleTimeout);
    }

    private ApiResponse version(RequestContext context) {
        ObjectNode json = Json.object();
        json.put("minimumVersion", appliance.config.minimumApiVersion());
        json.put("currentVersion", appliance.config.currentApiVersion());
        return ApiResponse.ok(json);
    }

    private ApiResponse loginDetails(RequestContext context) {
        ObjectNode json = Json.object();
        json.put("type", "LoginDetailsV1");
        ObjectNode local = Json.object().put("name", "LOCAL").put("loginDomain", "0");
        json.set("defaultLoginDomain", local);
        json.putArray("configuredLoginDomains").add(local.deepCopy());
        json.putArray("loginModes").addObject().put("loginMode", "LOCAL").put("loginModeDescription", "Local login");
        json.put("allowLocalLogin", true);
        json.put("technicianEnabled", false);
        json.put("loginMessage", "");
        json.put("loginMessageAcknowledgementRequired", false);
        json.put("uri", "/rest/logindetails");
        json.put("category", "logindetails");
        return ApiResponse.ok(json);
    }

    private ApiResponse login(RequestContext context) throws ApiException {
        JsonNode body = Json.parseObject(context.request().body());
        String user = Json.text(body, "userName");
        String password = Json.text(body, "password");
        String domain = Json.text(body, "authLoginDomain");
        if (domain != null && !domain.isBlank() && !domain.equalsIgnoreCase("LOCAL")) {
            throw new ApiException(401, ErrorCodes.AUTHN_AUTH_FAIL_LOGINDOMAINNOTFOUND,
                    "The login domain '" + domain + "' was not found.",
                    "The simulator only has the LOCAL login domain.",
                    "Omit authLoginDomain or set it to LOCAL, then try again.");
        }
        if (user == null || !user.equals(appliance.config.userName())
                || !RandomTokens.matches(appliance.config.password(), password)) {
            LOG.debug("login refused for user '{}'", user);
            throw new ApiException(401, ErrorCodes.AUTHN_AUTH_FAIL,
                    "Invalid username or password or directory. Enter correct credentials and try again.",
                    "Authentication failed for user '" + user + "'.",
                    "Enter correct credentials and try again.");
        }
        String clientIp = context.request().clientIp();
        int limit = appliance.config.maxSessionsPerClient();
        if (limit > 0 && appliance.sessions.liveSessionsOf(clientIp, context.now()) >= limit) {
            throw new ApiException(403, ErrorCodes.AUTHN_SESSION_CLIENT_LIMIT_CROSSED,
                    "Login denied. The client " + clientIp + " has too many active sessions.",
                    "The client has " + limit + " live sessions, the simulator's limit per client address.",
                    "Log out of unused sessions (DELETE /rest/login-sessions) and try again.");
        }
        Sessions.Session session = appliance.sessions.create(user, clientIp, context.now());
        ObjectNode json = Json.object();
        json.putObject("partnerData");
        json.put("sessionID", session.id);
        return ApiResponse.ok(json);
    }

    private ApiResponse revalidate(RequestContext context) {
        ObjectNode json = Json.object();
        json.putObject("partnerData");
        json.put("sessionID", context.request().header("auth"));
        return ApiResponse.ok(json);
    }

    private ApiResponse logout(RequestContext context) throws ApiException {
        String id = context.request().header("auth");
        if (appliance.sessions.peek(id, context.now()) == null) {
            throw ApiException.unauthorized();
        }
        appliance.sessions.remove(id);
        return ApiResponse.noContent();
    }

    private Sessions.Session sessionFor(RequestContext context) throws ApiException {
        String id = context.request().header("session-id");
        if (id == null) {
            id = context.request().header("auth");
        }
        Sessions.Session session = appliance.sessions.peek(id, context.now());
        if (session == null) {
            throw new ApiException(404, ErrorCodes.RESOURCE_NOT_FOUND, "404 Not Found: the session was not found.",
                    "No live session has the id given in the Session-ID header.", "Log in again.");
        }
        return session;
    }

    private ApiResponse getIdleTimeout(RequestContext context) throws ApiException {
        Sessions.Session session = sessionFor(context);
        ObjectNode json = Json.object();
        json.put("idleTimeout", session.idleTimeout.toMillis());
        return ApiResponse.ok(json);
    }

    private ApiResponse setIdleTimeout(RequestContext context) throws ApiException {
        Sessions.Session session = sessionFor(context);
        JsonNode body = Json.parseObject(context.request().body());
        JsonNode timeout = body.get("idleTimeout");
        if (timeout == null || !timeout.canConvertToLong() || timeout.asLong() <= 0) {
            throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, "idleTimeout must be a positive number of milliseconds.");
        }
        session.idleTimeout = Duration.ofMillis(timeout.asLong());
        session.lastUsed = context.now();
        ObjectNode json = Json.object();
        json.put("idleTimeout", session.idleTimeout.toMillis());
        return ApiResponse.ok(json);
    }
}
