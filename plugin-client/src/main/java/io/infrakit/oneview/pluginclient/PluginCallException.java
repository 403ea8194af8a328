package io.infrakit.oneview.pluginclient;

import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.RawJson;

/**
 * A call to a plugin failed: the plugin answered with a JSON-RPC error (its {@link #code()} and message), or it
 * could not be reached or gave no usable answer ({@link #code()} is {@link #NO_REPLY}; the message says why).
 */
public class PluginCallException extends InstancePluginException {

    /** The {@link #code()} of a call that got no JSON-RPC reply. */
    public static final int NO_REPLY = 0;

    private final int code;
    private final transient RawJson data;

    /**
     * A JSON-RPC error reply.
     *
     * @param code    the error code: -32000 for the plugin's own errors, -32600 / -32700 for requests it could not use
     * @param message the error message
     * @param data    the error's {@code data}, {@link RawJson#NULL} when none
     */
    public PluginCallException(int code, String message, RawJson data) {
        super(message);
        this.code = code;
        this.data = data;
    }

    /**
     * No usable reply.
     *
     * @param message what went wrong
     * @param cause   the underlying failure, or null
     */
    public PluginCallException(String message, Throwable cause) {
        super(message, cause);
        this.code = NO_REPLY;
        this.data = RawJson.NULL;
    }

    /** @return the JSON-RPC error code, or {@link #NO_REPLY} */
    public int code() {
        return code;
    }

    /** @return the error's {@code data} member; {@link RawJson#NULL} when it had none or there was no reply */
    public RawJson data() {
        return data;
    }
}
