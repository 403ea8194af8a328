/**
 * The dispatch layer of the RPC server: the method table (handshakes of every InfraKit era and
 * {@code Instance.*}), params decoding, {@code Type} dispatch to typed plugins, and the per-connection dispatcher
 * that answers in request order and runs plugin calls on a bounded executor, never on the event loop.
 *
 * <p>Internal to {@code rpc-server}: public only so that the layers can see each other; not an API.
 */
package io.infrakit.oneview.rpc.internal.dispatch;
