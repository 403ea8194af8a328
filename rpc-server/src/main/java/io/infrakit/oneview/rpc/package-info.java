/**
 * The InfraKit instance-plugin RPC server: JSON-RPC 2.0 over HTTP/1.1 over a Unix domain socket, on Netty.
 *
 * <p>Public API: {@link io.infrakit.oneview.rpc.RpcServer} (with its {@code Builder}),
 * {@link io.infrakit.oneview.rpc.RunningRpcServer} (the handle {@code start()} returns),
 * {@link io.infrakit.oneview.rpc.RpcServerLimits}, {@link io.infrakit.oneview.rpc.Vendor} and
 * {@link io.infrakit.oneview.rpc.RpcTransport}. The rest of this package is package-private, and the layers below
 * live in {@code io.infrakit.oneview.rpc.internal.*}: public only so that the layers can see each other, not an API
 * (no compatibility promise; do not use them):
 *
 * <table>
 * <caption>layers, from the socket up</caption>
 * <tr><th>package</th><th>job</th></tr>
 * <tr><td>{@code internal.http}</td><td>HTTP/1.1: connection cap, request deadline, body limit, routing
 *     (404/405/415, {@code /info/api.json}), InfraKit's response layout; knows nothing of JSON-RPC</td></tr>
 * <tr><td>{@code internal.jsonrpc}</td><td>the JSON-RPC 2.0 envelope as gorilla's json2 codec reads and writes
 *     it: raw ids, -32600/-32700 errors, notifications</td></tr>
 * <tr><td>{@code internal.gojson}</td><td>JSON as Go's {@code encoding/json} writes it (escapes, sorted keys) and
 *     reads it (case-insensitive fields, Go's error messages)</td></tr>
 * <tr><td>{@code internal.dispatch}</td><td>the method table (handshakes of every era, {@code Instance.*}),
 *     params decoding, {@code Type} dispatch, ordered answers with plugin calls off the event loop</td></tr>
 * </table>
 *
 * <p>A composition root (the CLI) builds the {@link io.infrakit.oneview.spi.InstancePlugin}, then:
 *
 * <pre>{@code
 * RunningRpcServer server = RpcServer.builder()
 *         .socket(socketPath)                                 // parent exists, nothing at the path
 *         .plugin(plugin)                                      // "Type":"" requests
 *         .typedPlugin("compute", other)                       // optional: "Type":"compute"
 *         .vendor(Vendor.of("infrakit-instance-oneview", version))
 *         .limits(RpcServerLimits.builder().maxConnections(64).idleTimeout(Duration.ofSeconds(120)).build())
 *         .build()
 *         .start();                                            // the socket exists now, owner-only (socketPermissions)
 * // on SIGTERM:
 * server.close();                                              // stop accepting, finish in-flight calls, remove socket
 * }</pre>
 *
 * <p>Per connection, one handler per job (see {@code ServerInitializer}): connection cap → idle detection →
 * HTTP codec → keep-alive → body aggregation with a size limit → reply encoding → routing (404/405/415,
 * {@code /info/api.json}) → JSON-RPC envelope decoding → ordered dispatch, with plugin calls on a bounded
 * executor, never on the event loop. {@code docs/protocol.md} is the support matrix.
 */
package io.infrakit.oneview.rpc;
