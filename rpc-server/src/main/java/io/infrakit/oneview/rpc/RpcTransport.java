package io.infrakit.oneview.rpc;

/** Which Netty transport serves the Unix domain socket. */
public enum RpcTransport {
    /** Native epoll when available (Linux x86_64 / aarch64), otherwise {@link #NIO}. */
    AUTO,
    /** Netty's native epoll transport; {@code start()} fails when it is not available. */
    EPOLL,
    /** The JDK 16+ NIO Unix-domain-socket channel: no native code, works on Linux and macOS. */
    NIO
}
