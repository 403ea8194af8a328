package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small java.net.http client for the tests: JSON in, JSON out, Auth and X-API-Version set, and the admin token on
 * {@code /admin} paths (set {@link #adminToken} to null to send none).
 */
final class TestClient {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** A response: status, headers, JSON body (MissingNode when empty). */
    record Resp(int status, HttpResponse<String> raw, JsonNode body) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String errorCode() {
            return body.path("errorCode").asText(null);
        }
    }

    private final OneViewSimulator sim;
    private final HttpClient http;
    String token;
    Integer apiVersion;
    String adminToken;

    TestClient(OneViewSimulator sim) {
        this.sim = sim;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        if (sim.isHttps()) {
            builder.sslContext(sim.sslContext());
        }
        this.http = builder.build();
        this.apiVersion = sim.currentApiVersion();
        this.adminToken = sim.isAdminApiEnabled() ? sim.adminToken() : null;
    }

    TestClient login() {
        Resp r = post("/rest/login-sessions", Map.of("userName", sim.userName(), "password", sim.password(),
                "loginMsgAck", true));
        if (r.status() != 200) {
            throw new AssertionError("login failed: " + r.status() + " " + r.body());
        }
        token = r.body().get("sessionID").asText();
        return this;
    }

    Resp get(String path) {
        return send("GET", path, null, Map.of());
    }

    Resp post(String path, Object body) {
        return send("POST", path, body, Map.of());
    }

    Resp put(String path, Object body) {
        return send("PUT", path, body, Map.of());
    }

    Resp delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    Resp send(String method, String path, Object body, Map<String, String> headers) {
        try {
            URI uri = path.startsWith("http") ? URI.create(path) : URI.create(sim.baseUri() + path);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
            Map<String, String> all = new LinkedHashMap<>();
            if (apiVersion != null) {
                all.put("X-API-Version", String.valueOf(apiVersion));
            }
            if (token != null) {
                all.put("Auth", token);
            }
            if (adminToken != null && path.startsWith("/admin")) {
                all.put("Authorization", "Bearer " + adminToken);
            }
            all.put("Accept", "application/json");
            if (body != null) {
                all.put("Content-Type", "application/json");
            }
            all.putAll(headers);
            all.forEach((k, v) -> {
                if (v != null) {
                    request.header(k, v);
                }
            });
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : MAPPER.writeValueAsString(body));
            request.method(method, publisher);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json;
            try {
                json = response.body() == null || response.body().isEmpty()
                        ? MAPPER.missingNode() : MAPPER.readTree(response.body());
            } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
                json = MAPPER.missingNode();
            }
            return new Resp(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Path of a Location header or task uri, relative to the simulator. */
    String pathOf(String location) {
        return location.startsWith(sim.baseUri().toString()) ? location.substring(sim.baseUri().toString().length())
                : location;
    }
}
