package io.infrakit.oneview.store.etcd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infrakit.oneview.store.StateStoreException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Calls etcd v3's JSON gateway ({@code POST /v3/...} with a JSON body) on the location's endpoints, with Apache
 * HttpClient 5: the member that answered last is asked first, and the next one when a member cannot be reached.
 * Authenticates ({@code /v3/auth/authenticate}) when the location names a user, again when etcd says the token
 * expired. Every failure is a {@link StateStoreException} whose message names etcd; a write whose request may have
 * reached etcd is never sent to another member ({@link OutcomeUnknownException}).
 */
final class EtcdGateway implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** gRPC's UNAUTHENTICATED, as the gateway reports it. */
    private static final int UNAUTHENTICATED = 16;

    /** Whether a request may be sent to another member after a failure that may have reached the first. */
    enum Kind { READ, WRITE }

    /** etcd answered with an error. */
    static final class EtcdErrorException extends StateStoreException {
        private static final long serialVersionUID = 1L;
        private final int code;

        EtcdErrorException(String message, int code) {
            super(message);
            this.code = code;
        }

        int code() {
            return code;
        }
    }

    /** No member could be reached; nothing was applied. */
    static final class UnreachableException extends StateStoreException {
        private static final long serialVersionUID = 1L;

        UnreachableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A write reached a member that then failed to answer: it may or may not have been applied. */
    static final class OutcomeUnknownException extends StateStoreException {
        private static final long serialVersionUID = 1L;

        OutcomeUnknownException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final EtcdLocation location;
    private final CloseableHttpClient http;
    private volatile int preferred;
    private volatile String token;

    EtcdGateway(EtcdLocation location) {
        this.location = location;
        var pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(32)
                .setMaxConnPerRoute(16)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(location.timeout()))
                        .setSocketTimeout(Timeout.of(location.timeout()))
                        // a pooled connection idle for a while is checked before reuse: a member that restarted
                        // must not turn the next write into one whose outcome is unknown
                        .setValidateAfterInactivity(TimeValue.ofMilliseconds(500))
                        .build());
        if (location.tls()) {
            pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(EtcdTls.context(location)));
        }
        this.http = HttpClients.custom()
                .setConnectionManager(pool.build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(location.timeout()))
                        .setResponseTimeout(Timeout.of(location.timeout()))
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .setUserAgent("infrakit-instance-oneview state-store-etcd")
                .build();
    }

    /**
     * @param path the gateway path, as {@code /v3/kv/range}
     * @param body the request
     * @param kind whether it may be retried on another member after it may have reached one
     * @return the response
     */
    JsonNode call(String path, ObjectNode body, Kind kind) {
        return withAuthentication(() -> send(path, body, kind, null));
    }

    /**
     * Sends a streaming request ({@code /v3/watch}) and hands each message to {@code onMessage} until it returns
     * false; then the stream is closed.
     *
     * @param body      the request
     * @param onMessage gets each message's {@code result}; returns whether to read on
     */
    void stream(String path, ObjectNode body, Predicate<JsonNode> onMessage) {
        withAuthentication(() -> send(path, body, Kind.READ, onMessage));
    }

    private interface Call {
        JsonNode run();
    }

    private JsonNode withAuthentication(Call call) {
        if (location.user() != null && token == null) {
            authenticate();
        }
        try {
            return call.run();
        } catch (EtcdErrorException e) {
            if (location.user() == null || e.code() != UNAUTHENTICATED) {
                throw e;
            }
            authenticate();
            return call.run();
        }
    }

    private synchronized void authenticate() {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("name", location.user());
        body.put("password", location.password());
        token = null;
        JsonNode answer = send("/v3/auth/authenticate", body, Kind.READ, null);
        String t = answer.path("token").asText("");
        if (t.isEmpty()) {
            throw new StateStoreException("etcd at " + location.display() + " gave no token for user "
                    + location.user());
        }
        token = t;
    }

    private JsonNode send(String path, ObjectNode body, Kind kind, Predicate<JsonNode> stream) {
        byte[] json;
        try {
            json = MAPPER.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> failures = new ArrayList<>();
        List<URI> endpoints = location.endpoints();
        int first = preferred;
        IOException last = null;
        for (int i = 0; i < endpoints.size(); i++) {
            int index = (first + i) % endpoints.size();
            URI endpoint = endpoints.get(index);
            HttpPost post = new HttpPost(endpoint.resolve(path));
            post.setEntity(new ByteArrayEntity(json, ContentType.APPLICATION_JSON));
            String t = token;
            if (t != null && !path.equals("/v3/auth/authenticate")) {
                post.setHeader("Authorization", t);
            }
            try {
                JsonNode answer = stream == null ? exchange(post, endpoint, path) : streamed(post, endpoint, stream);
                preferred = index;
                return answer;
            } catch (IOException e) {
                last = e;
                failures.add(endpoint.getAuthority() + ": " + describe(e));
                if (kind == Kind.WRITE && !notSent(e)) {
                    throw new OutcomeUnknownException("etcd at " + endpoint.getAuthority() + " did not answer a "
                            + "write (" + describe(e) + "); it may or may not have been applied", e);
                }
            }
        }
        String hint = location.tls() && !(last instanceof ConnectException)
                ? "; over TLS: check that the location's ca trusts etcd's certificate and, when etcd asks for one, "
                + "its cert and key" : "";
        throw new UnreachableException("etcd is unreachable at " + location.display() + " (" + String.join("; ",
                failures) + ")" + hint + "; the state can be neither read nor written until etcd answers again",
                last);
    }

    private JsonNode exchange(HttpPost post, URI endpoint, String path) throws IOException {
        return http.execute(HttpHost.create(endpoint), post, response -> {
            HttpEntity entity = response.getEntity();
            byte[] bytes = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
            JsonNode answer = bytes.length == 0 ? MAPPER.createObjectNode() : MAPPER.readTree(bytes);
            if (response.getCode() != 200) {
                throw error(answer, response.getCode(), endpoint, path);
            }
            return answer;
        });
    }

    private JsonNode streamed(HttpPost post, URI endpoint, Predicate<JsonNode> onMessage) throws IOException {
        ClassicHttpResponse response = http.executeOpen(HttpHost.create(endpoint), post, null);
        try {
            HttpEntity entity = response.getEntity();
            if (response.getCode() != 200) {
                byte[] bytes = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
                throw error(bytes.length == 0 ? MAPPER.createObjectNode() : MAPPER.readTree(bytes),
                        response.getCode(), endpoint, post.getRequestUri());
            }
            InputStream in = entity.getContent();
            MappingIterator<JsonNode> messages = MAPPER.readerFor(JsonNode.class).readValues(in);
            while (messages.hasNextValue()) {
                JsonNode message = messages.nextValue();
                if (message.has("error")) {
                    JsonNode e = message.get("error");
                    throw error(e, e.path("http_code").asInt(500), endpoint, post.getRequestUri());
                }
                if (!onMessage.test(message.path("result"))) {
                    break;
                }
            }
            return MAPPER.createObjectNode();
        } finally {
            // the stream never ends by itself: abort the connection instead of reading it to its end
            post.cancel();
            try {
                response.close();
            } catch (IOException ignored) {
                // aborted on purpose
            }
        }
    }

    private EtcdErrorException error(JsonNode answer, int status, URI endpoint, String path) {
        String message = answer.path("message").asText(answer.path("error").asText("HTTP " + status));
        return new EtcdErrorException("etcd at " + endpoint.getAuthority() + " refused " + path + ": " + message,
                answer.path("code").asInt(-1));
    }

    /** @return whether the failure happened before the request could reach etcd */
    private static boolean notSent(IOException e) {
        return e instanceof ConnectException || e instanceof ConnectTimeoutException
                || e instanceof UnknownHostException;
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    @Override
    public void close() {
        http.close(CloseMode.IMMEDIATE);
    }
}
