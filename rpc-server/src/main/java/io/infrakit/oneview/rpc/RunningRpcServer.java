package io.infrakit.oneview.rpc;

import io.infrakit.oneview.rpc.internal.dispatch.MethodTable;
import io.infrakit.oneview.rpc.internal.dispatch.ShutdownEvent;
import io.infrakit.oneview.rpc.internal.dispatch.TypedPlugins;
import io.infrakit.oneview.rpc.internal.http.ConnectionLimiter;
import io.infrakit.oneview.rpc.internal.http.HttpRouter;
import io.infrakit.oneview.spi.RawJson;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.AdaptiveRecvByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A started {@link RpcServer}. {@link #close()} (or {@link #shutdown(Duration)}) stops accepting connections,
 * removes the socket file, lets every connection finish the requests it has already received (bounded by the
 * grace period; idle connections close at once), then releases threads. Thread-safe; closing twice is harmless.
 */
public final class RunningRpcServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningRpcServer.class);

    private final Path socket;
    private final RpcTransport transport;
    private final RpcServerLimits limits;
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final ThreadPoolExecutor pluginExecutor;
    private final ChannelGroup channels;
    private final ConnectionLimiter limiter;
    private final Channel serverChannel;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch terminated = new CountDownLatch(1);

    private RunningRpcServer(Path socket, RpcTransport transport, RpcServerLimits limits, EventLoopGroup boss,
                             EventLoopGroup workers, ThreadPoolExecutor pluginExecutor, ChannelGroup channels,
                             ConnectionLimiter limiter, Channel serverChannel) {
        this.socket = socket;
        this.transport = transport;
        this.limits = limits;
        this.boss = boss;
        this.workers = workers;
        this.pluginExecutor = pluginExecutor;
        this.channels = channels;
        this.limiter = limiter;
        this.serverChannel = serverChannel;
    }

    static RunningRpcServer start(Path socket, Set<PosixFilePermission> socketPermissions, TypedPlugins plugins,
                                  Vendor vendor, RpcServerLimits limits, RpcTransport transport,
                                  RpcListener listener, Map<String, HttpResource> resources) throws IOException {
        EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("rpc-accept"),
                TransportClasses.ioHandlerFactory(transport));
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(limits.ioThreads(),
                new DefaultThreadFactory("rpc-io"), TransportClasses.ioHandlerFactory(transport));
        ThreadPoolExecutor executor = new ThreadPoolExecutor(limits.pluginThreads(), limits.pluginThreads(),
                60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(limits.maxQueuedCalls()),
                new DefaultThreadFactory("rpc-plugin", true));
        executor.allowCoreThreadTimeOut(true);
        ChannelGroup channels = new DefaultChannelGroup("rpc-connections", GlobalEventExecutor.INSTANCE);
        ConnectionLimiter limiter = new ConnectionLimiter(limits.maxConnections(), channels);
        MethodTable service = new MethodTable(plugins, listener);
        Supplier<byte[]> apiJson = () -> ApiInfo.render(vendor, example(plugins));
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(boss, workers)
                .channel(TransportClasses.serverChannel(transport))
                .option(ChannelOption.SO_BACKLOG, 512)
                .childOption(ChannelOption.RECVBUF_ALLOCATOR, new AdaptiveRecvByteBufAllocator(64, 1024,
                        ServerInitializer.MAX_READ_BYTES).maxMessagesPerRead(1))
                .childHandler(new ServerInitializer(limits, limiter, service, executor,
                        new HttpRouter(apiJson, resources)));
        Channel serverChannel;
        try {
            serverChannel = PrivateSocketBinder.bind(socket, socketPermissions,
                    at -> bootstrap.bind(TransportClasses.address(transport, at)).sync().channel(),
                    channel -> channel.close().syncUninterruptibly());
        } catch (IOException | RuntimeException e) {
            boss.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            workers.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            executor.shutdownNow();
            throw e;
        }
        LOG.info("listening on {} ({} transport)", socket, transport.name().toLowerCase(Locale.ROOT));
        return new RunningRpcServer(socket, transport, limits, boss, workers, executor, channels, limiter,
                serverChannel);
    }

    private static Optional<RawJson> example(TypedPlugins plugins) {
        try {
            return plugins.defaultPlugin().exampleProperties();
        } catch (RuntimeException e) {
            LOG.warn("the plugin's exampleProperties() failed; /info/api.json shows none", e);
            return Optional.empty();
        }
    }

    /** @return the socket path, which exists while the server runs */
    public Path socket() {
        return socket;
    }

    /** @return the transport in use ({@link RpcTransport#EPOLL} or {@link RpcTransport#NIO}) */
    public RpcTransport transport() {
        return transport;
    }

    /** @return the number of connections open now */
    public int openConnections() {
        return limiter.open();
    }

    /** Shuts down with the configured grace period ({@link RpcServerLimits#shutdownGrace()}). */
    @Override
    public void close() {
        shutdown(limits.shutdownGrace());
    }

    /**
     * Stops accepting, removes the socket file, waits up to {@code grace} for connections to finish the requests
     * they have received, closes whatever is left and releases all threads. Blocks until done.
     *
     * @param grace how long to wait for in-flight requests
     * @return true when every connection finished within the grace period
     */
    public boolean shutdown(Duration grace) {
        if (!closing.compareAndSet(false, true)) {
            awaitTermination(grace.plusSeconds(5));
            return true;
        }
        boolean clean = true;
        try {
            serverChannel.close().syncUninterruptibly();
            deleteSocketFile();
            for (Channel ch : channels) {
                ch.eventLoop().execute(() -> ch.pipeline().fireUserEventTriggered(ShutdownEvent.INSTANCE));
            }
            clean = channels.newCloseFuture().awaitUninterruptibly(grace.toMillis());
            if (!clean) {
                LOG.warn("{} connection(s) still busy after the {} ms grace period; closing them",
                        channels.size(), grace.toMillis());
            }
            channels.close().awaitUninterruptibly(1000);
            pluginExecutor.shutdown();
            if (!pluginExecutor.awaitTermination(1, TimeUnit.SECONDS)) {
                pluginExecutor.shutdownNow();
            }
            boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(2000);
            workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(2000);
            LOG.info("stopped serving {}", socket);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pluginExecutor.shutdownNow();
            clean = false;
        } finally {
            terminated.countDown();
        }
        return clean;
    }

    private void deleteSocketFile() {
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.warn("cannot remove socket {}: {}", socket, e.toString());
        }
    }

    /**
     * Waits until the server has shut down (by {@link #close()} from another thread).
     *
     * @param timeout how long to wait
     * @return true when it has shut down; false on timeout or when the waiting thread is interrupted (its
     *         interrupt flag is then set again)
     */
    public boolean awaitTermination(Duration timeout) {
        try {
            return terminated.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
