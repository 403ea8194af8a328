package io.infrakit.oneview.rpc.internal.dispatch;

/** Fired into every connection when the server shuts down: finish what was received, then close. */
public enum ShutdownEvent {
    INSTANCE
}
