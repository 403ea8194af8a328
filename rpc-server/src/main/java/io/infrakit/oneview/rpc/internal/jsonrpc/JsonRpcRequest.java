package io.infrakit.oneview.rpc.internal.jsonrpc;

/**
 * A well-formed JSON-RPC 2.0 request envelope.
 *
 * @param method the method, e.g. {@code Instance.Provision}
 * @param params the raw compact {@code params} value, or null when missing or JSON null
 * @param id     the raw compact {@code id} token, or null for a notification
 */
public record JsonRpcRequest(String method, byte[] params, byte[] id) {
}
