/**
 * The HTTP/1.1 layer of the RPC server: Netty handlers for the connection cap, the request deadline, the body
 * limit and routing, and the encoder of InfraKit's response layout. Knows nothing of JSON-RPC: a reply only gives
 * its status and body ({@link io.infrakit.oneview.rpc.internal.http.HttpReply}).
 *
 * <p>Internal to {@code rpc-server}: public only so that the layers can see each other; not an API.
 */
package io.infrakit.oneview.rpc.internal.http;
