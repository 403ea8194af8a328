package io.infrakit.oneview.rpc;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Path;

/** Netty classes for the chosen {@link RpcTransport}. */
final class TransportClasses {

    private TransportClasses() {
    }

    /**
     * @param wanted what the caller asked for
     * @return EPOLL or NIO
     * @throws IllegalStateException when EPOLL is asked for but not available
     */
    static RpcTransport resolve(RpcTransport wanted) {
        return switch (wanted) {
            case AUTO -> Epoll.isAvailable() ? RpcTransport.EPOLL : RpcTransport.NIO;
            case EPOLL -> {
                if (!Epoll.isAvailable()) {
                    throw new IllegalStateException("the epoll transport is not available: "
                            + Epoll.unavailabilityCause());
                }
                yield RpcTransport.EPOLL;
            }
            case NIO -> RpcTransport.NIO;
        };
    }

    static IoHandlerFactory ioHandlerFactory(RpcTransport transport) {
        return transport == RpcTransport.EPOLL ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
    }

    static Class<? extends ServerChannel> serverChannel(RpcTransport transport) {
        return transport == RpcTransport.EPOLL ? EpollServerDomainSocketChannel.class
                : NioServerDomainSocketChannel.class;
    }

    static SocketAddress address(RpcTransport transport, Path socket) {
        return transport == RpcTransport.EPOLL ? new DomainSocketAddress(socket.toFile())
                : UnixDomainSocketAddress.of(socket);
    }
}
