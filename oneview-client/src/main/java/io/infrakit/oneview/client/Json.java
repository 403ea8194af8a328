package io.infrakit.oneview.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infrakit.oneview.client.error.UnexpectedResponseException;
import io.infrakit.oneview.client.transport.TransportResponse;
import java.io.IOException;

/**
 * JSON reading and writing, keeping numbers exact.
 */
final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static byte[] write(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise JSON", e);
        }
    }

    /** Parses a body that must be a JSON object. */
    static ObjectNode readObject(RestRequest request, TransportResponse response) {
        JsonNode node = readOrNull(response.body());
        if (node == null || !node.isObject()) {
            String text = response.bodyText();
            throw new UnexpectedResponseException(request + " answered HTTP " + response.status()
                    + " with a body that is not a JSON object: " + abbreviate(text, 200));
        }
        return (ObjectNode) node;
    }

    static JsonNode readOrNull(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    static String abbreviate(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.isEmpty() ? "(empty)" : oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "...";
    }
}
