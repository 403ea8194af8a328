package io.infrakit.oneview.rpc;

/**
 * The body of a {@code POST /} request, on its way to {@link JsonRpcDecoder}.
 *
 * @param bytes the body as received
 */
record RpcBody(byte[] bytes) {
}
