/**
 * The JSON-RPC 2.0 layer of the RPC server, as gorilla's json2 codec reads and writes it: the envelope decoder
 * (raw ids, -32600/-32700 errors, notifications, unusable bodies answered with nothing) and the replies.
 *
 * <p>Internal to {@code rpc-server}: public only so that the layers can see each other; not an API.
 */
package io.infrakit.oneview.rpc.internal.jsonrpc;
