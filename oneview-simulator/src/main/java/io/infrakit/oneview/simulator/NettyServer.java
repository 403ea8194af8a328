package io.infrakit.oneview.simulator;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerExpectContinueHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.DefaultThreadFactory;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The Netty NIO server: {@code [SslHandler] → HttpServerCodec → HttpServerExpectContinueHandler →
 * HttpObjectAggregator(16 MiB) → HttpHandler}. Internal.
 */
final class NettyServer implements AutoCloseable {

    private static final int MAX_BODY = 16 * 1024 * 1024;

    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final Channel channel;

    NettyServer(InetSocketAddress address, SslContext ssl, HttpHandler handler, int ioThreads) throws InterruptedException {
        boss = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("oneview-sim-accept", true),
                NioIoHandler.newFactory());
        workers = new MultiThreadIoEventLoopGroup(ioThreads, new DefaultThreadFactory("oneview-sim-io", true),
                NioIoHandler.newFactory());
        try {
            ServerBootstrap bootstrap = new ServerBootstrap()
                    .group(boss, workers)
                    .channel(NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ChannelPipeline p = ch.pipeline();
                            if (ssl != null) {
                                p.addLast("ssl", ssl.newHandler(ch.alloc()));
                            }
                            p.addLast("codec", new HttpServerCodec());
                            p.addLast("expectContinue", new HttpServerExpectContinueHandler());
                            p.addLast("aggregator", new HttpObjectAggregator(MAX_BODY));
                            p.addLast("simulator", handler);
                        }
                    });
            channel = bootstrap.bind(address).sync().channel();
        } catch (InterruptedException | RuntimeException e) {
            shutdown();
            throw e;
        } catch (Exception e) {
            // sync() rethrows the bind's failure as it is, a java.net.BindException for a port in use
            shutdown();
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    @Override
    public void close() {
        try {
            channel.close().syncUninterruptibly();
        } finally {
            shutdown();
        }
    }

    private void shutdown() {
        boss.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        boss.terminationFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
        workers.terminationFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
}
