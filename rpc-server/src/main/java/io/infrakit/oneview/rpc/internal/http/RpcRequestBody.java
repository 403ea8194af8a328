package io.infrakit.oneview.rpc.internal.http;


/**
 * The body of a {@code POST /} request, on its way to the JSON-RPC decoder.
 *
 * @param bytes the body as received
 */
public record RpcRequestBody(byte[] bytes) {
}
