package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** JSON helpers shared by the endpoints. Internal. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Json() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a request body.
     *
     * @throws ApiException 400 INVALID_REQUEST when it is not JSON
     */
    static JsonNode parse(byte[] body) throws ApiException {
        if (body.length == 0) {
            throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, "The request body is empty; a JSON body is required.");
        }
        try {
            return MAPPER.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST,
                    "The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, "The request body cannot be read: " + e.getMessage());
        }
    }

    static ObjectNode parseObject(byte[] body) throws ApiException {
        JsonNode node = parse(body);
        if (!node.isObject()) {
            throw ApiException.badRequest(ErrorCodes.INVALID_REQUEST, "The request body must be a JSON object.");
        }
        return (ObjectNode) node;
    }

    static ObjectNode errorMessage(String errorCode, String message, String details, List<String> recommendedActions) {
        ObjectNode error = object();
        error.put("errorCode", errorCode);
        error.put("message", message);
        error.put("details", details == null ? "" : details);
        ArrayNode actions = error.putArray("recommendedActions");
        recommendedActions.forEach(actions::add);
        error.putNull("errorSource");
        error.putArray("nestedErrors");
        error.putObject("data");
        return error;
    }

    /** The 1.20 form of an ISO timestamp: {@code 2015-08-10T04:01:39.738Z} becomes {@code 20150810T040139.738Z}. */
    static String compactTimestamp(String iso) {
        int dot = iso.indexOf('.');
        String head = dot < 0 ? iso : iso.substring(0, dot);
        return head.replace("-", "").replace(":", "") + (dot < 0 ? "" : iso.substring(dot));
    }

    /**
     * Puts the fields every catalog resource has and that never change in the simulator: its scopes URI, its creation
     * and modification time (both {@code created}) and its first ETag.
     */
    static void putUnchangedResourceFields(ObjectNode node, String uri, Instant created) {
        node.put("scopesUri", "/rest/scopes/resources" + uri);
        node.put("created", timestamp(created));
        node.put("modified", timestamp(created));
        node.put("eTag", created.toEpochMilli() + "/1");
    }

    /** Puts a text field, or JSON null when the value is null. */
    static void putText(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    /** Text of a field, or null when missing or JSON null. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
