package io.infrakit.oneview.pluginclient;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.RawJsonCutter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a JSON-RPC reply as InfraKit's Go client does: an {@code error} that is not null wins (an object gives its
 * code, message and data; anything else is the message as raw text); otherwise {@code result} must be present and
 * not null; member names match case-insensitively; the id is not checked.
 */
final class ReplyReader {

    private ReplyReader() {
    }

    /**
     * @return the {@code result}, raw
     * @throws PluginCallException for an error reply or a reply that is not usable
     */
    static RawJson result(String method, HttpResponse response) {
        if (response.status() != 200) {
            throw new PluginCallException("the plugin answered " + method + " with HTTP " + response.status()
                    + (response.body().length == 0 ? "" : ": " + response.bodyText().strip()), null);
        }
        byte[] body = response.body();
        if (body.length == 0) {
            throw new PluginCallException("the plugin sent an empty reply to " + method, null);
        }
        RawJson result = null;
        RawJson error = null;
        try (JsonParser p = RequestWriter.JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equalsIgnoreCase("result")) {
                    result = value == JsonToken.VALUE_NULL ? null : raw(p, body);
                } else if (name.equalsIgnoreCase("error")) {
                    error = value == JsonToken.VALUE_NULL ? null : raw(p, body);
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new PluginCallException("the plugin sent a reply to " + method + " that is not a JSON-RPC reply ("
                    + e.getMessage() + "): " + response.bodyText().strip(), e);
        }
        if (error != null) {
            throw error(error);
        }
        if (result == null) {
            throw new PluginCallException("result is null (the plugin's reply to " + method + " has no result)", null);
        }
        return result;
    }

    private static RawJson raw(JsonParser p, byte[] body) throws IOException {
        return new RawJson(new String(RawJsonCutter.cut(p, body), StandardCharsets.UTF_8));
    }

    private static PluginCallException error(RawJson error) {
        if (!error.isObject()) {
            return new PluginCallException(-32000, error.json(), RawJson.NULL);
        }
        int code = -32000;
        String message = "";
        RawJson data = RawJson.NULL;
        String text = error.json();
        try (JsonParser p = RequestWriter.JSON.createParser(text)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equalsIgnoreCase("code") && value == JsonToken.VALUE_NUMBER_INT) {
                    code = p.getIntValue();
                } else if (name.equalsIgnoreCase("message") && value == JsonToken.VALUE_STRING) {
                    message = p.getText();
                } else if (name.equalsIgnoreCase("data")) {
                    data = RawJsonCutter.cut(p, text);
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            return new PluginCallException(-32000, text, RawJson.NULL);
        }
        return new PluginCallException(code, message, data);
    }
}
