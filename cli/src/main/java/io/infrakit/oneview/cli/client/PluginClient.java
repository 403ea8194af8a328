package io.infrakit.oneview.cli.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A JSON-RPC client of a running instance plugin, speaking the protocol as InfraKit's Go client does
 * (one kept-alive connection, {@code POST /}). Used by the CLI's client commands. Not thread-safe.
 */
public final class PluginClient implements AutoCloseable {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private final Path socket;
    private final String type;
    private final AtomicLong ids = new AtomicLong(1);
    private UnixHttpConnection connection;

    /**
     * @param socket the plugin's socket
     * @param type   the sub-plugin type ({@code ""} for the default plugin)
     */
    public PluginClient(Path socket, String type) {
        this.socket = socket;
        this.type = type;
    }

    /** @return the result of {@code Handshake.Hello} */
    public JsonNode hello() {
        return call("Handshake.Hello", JSON.createObjectNode());
    }

    /**
     * @param propertiesJson the properties as JSON text
     */
    public void validate(String propertiesJson) {
        ObjectNode params = typed();
        params.putRawValue("Properties", new RawValue(propertiesJson));
        call("Instance.Validate", params);
    }

    /**
     * @param specJson the spec as JSON text
     * @return the new instance's ID
     */
    public String provision(String specJson) {
        ObjectNode params = typed();
        params.putRawValue("Spec", new RawValue(specJson));
        return call("Instance.Provision", params).path("ID").asText();
    }

    /**
     * @param instanceId the instance
     * @param labels     the labels to merge
     */
    public void label(String instanceId, Map<String, String> labels) {
        ObjectNode params = typed();
        params.put("Instance", instanceId);
        ObjectNode l = params.putObject("Labels");
        labels.forEach(l::put);
        call("Instance.Label", params);
    }

    /**
     * @param instanceId the instance
     * @param reason     {@code terminate} or {@code rolling_update}
     */
    public void destroy(String instanceId, String reason) {
        ObjectNode params = typed();
        params.put("Instance", instanceId);
        params.putObject("Context").put("Reason", reason);
        call("Instance.Destroy", params);
    }

    /**
     * @param tags       the tag filter
     * @param properties whether to ask for properties
     * @return the {@code Descriptions} array
     */
    public JsonNode describe(Map<String, String> tags, boolean properties) {
        ObjectNode params = typed();
        ObjectNode t = params.putObject("Tags");
        tags.forEach(t::put);
        params.put("Properties", properties);
        return call("Instance.DescribeInstances", params).path("Descriptions");
    }

    private ObjectNode typed() {
        ObjectNode params = JSON.createObjectNode();
        params.put("Type", type);
        return params;
    }

    /**
     * Calls a method and returns its result.
     *
     * @param method the method
     * @param params the params object
     * @return the {@code result} member
     * @throws PluginCallException when the plugin answers with an error or cannot be reached
     */
    public JsonNode call(String method, JsonNode params) {
        ObjectNode request = JSON.createObjectNode();
        request.put("jsonrpc", "2.0");
        request.put("method", method);
        request.set("params", params);
        request.put("id", ids.getAndIncrement());
        HttpReply reply = post(request.toString().getBytes(StandardCharsets.UTF_8));
        if (reply.status() != 200) {
            throw new PluginCallException("the plugin answered HTTP " + reply.status() + ": " + reply.text().trim());
        }
        JsonNode response;
        try {
            response = JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new PluginCallException("the plugin sent a reply that is not JSON: " + reply.text(), e);
        }
        if (response == null || response.isMissingNode()) {
            throw new PluginCallException("the plugin sent an empty reply to " + method);
        }
        JsonNode error = response.get("error");
        if (error != null && !error.isNull()) {
            throw new PluginCallException(error.isObject() ? error.path("message").asText() : error.toString());
        }
        JsonNode result = response.get("result");
        if (result == null || result.isNull()) {
            throw new PluginCallException("result is null");
        }
        return result;
    }

    /**
     * Sends a GET request.
     *
     * @param path the path
     * @return the reply
     */
    public HttpReply get(String path) {
        return exchange("GET", path, null);
    }

    private HttpReply post(byte[] body) {
        return exchange("POST", "/", body);
    }

    private HttpReply exchange(String method, String path, byte[] body) {
        try {
            if (connection == null) {
                connection = UnixHttpConnection.open(socket);
            }
            HttpReply reply = connection.exchange(method, path, body);
            if (reply.closed()) {
                closeConnection();
            }
            return reply;
        } catch (IOException e) {
            closeConnection();
            throw new PluginCallException("cannot talk to the plugin at " + socket + ": " + e.getMessage(), e);
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                connection = null;
            }
        }
    }

    @Override
    public void close() {
        closeConnection();
    }
}
