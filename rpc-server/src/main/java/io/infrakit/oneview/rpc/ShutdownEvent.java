package io.infrakit.oneview.rpc;

/** Fired into every connection when the server shuts down: finish what was received, then close. */
enum ShutdownEvent {
    INSTANCE
}
