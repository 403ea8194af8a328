package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.spi.InvalidPropertiesException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How {@code Spec.Init} is written into the plan's {@code InitAttribute} ({@code InitEncoding}). The default is
 * {@link #BASE64}: plan scripts substitute {@code @Name@} textually into shell and heredocs, where a quote, a
 * {@code $}, a line break or a line reading {@code END} breaks the script, and OneView refuses {@code @} in values;
 * base64 text is one line of {@code A-Z a-z 0-9 + / =} and survives any substitution, at the price of 4 characters
 * for every 3 bytes.
 */
enum InitEncoding {
    /** The Init as it is: for plans whose scripts quote it safely; refused when it contains {@code @}. */
    PLAIN("plain"),
    /** Standard base64 (RFC 4648, with padding, no line breaks) of the Init's UTF-8 bytes. */
    BASE64("base64");

    private final String value;

    InitEncoding(String value) {
        this.value = value;
    }

    /** @return the property value, {@code plain} or {@code base64} */
    String value() {
        return value;
    }

    /**
     * @param init the Init
     * @return the attribute value
     */
    String encode(String init) {
        return this == PLAIN ? init : Base64.getEncoder().encodeToString(init.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param text the property value
     * @return the encoding
     * @throws InvalidPropertiesException naming {@code InitEncoding} when it is neither
     */
    static InitEncoding of(String text) {
        for (InitEncoding e : values()) {
            if (e.value.equals(text)) {
                return e;
            }
        }
        throw new InvalidPropertiesException(InstanceProperties.INIT_ENCODING + " must be \"plain\" or \"base64\", not '"
                + text + "'");
    }
}
