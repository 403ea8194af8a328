package io.infrakit.oneview.rpc.internal.jsonrpc;

import io.infrakit.oneview.spi.JsonRedaction;
import io.infrakit.oneview.spi.RawJson;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Masks the values of the plugins' secret members ({@link io.infrakit.oneview.spi.InstancePlugin#secretFields()})
 * in request JSON before any of it is echoed in a reply, through the one redaction path, {@link JsonRedaction}.
 */
public final class SecretMask {

    private final Set<String> fields;

    /** @param fields the secret member names */
    public SecretMask(Set<String> fields) {
        this.fields = Set.copyOf(fields);
    }

    /**
     * @param json compact JSON cut from a request, or null
     * @return the JSON with every secret member's value masked; null when it is null or cannot be masked (then
     *         nothing of it may be echoed)
     */
    public byte[] apply(byte[] json) {
        if (json == null || fields.isEmpty()) {
            return json;
        }
        try {
            RawJson raw = new RawJson(new String(json, StandardCharsets.UTF_8));
            RawJson masked = JsonRedaction.mask(raw, fields);
            return masked == raw ? json : masked.json().getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
