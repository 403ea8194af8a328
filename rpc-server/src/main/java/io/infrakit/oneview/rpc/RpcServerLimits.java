package io.infrakit.oneview.rpc;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds the server enforces. Every limit has a clear failure: an over-long body gets {@code 413} with a body
 * naming the limit; an idle connection is closed; a connection over the cap gets {@code 503} and is closed, with a
 * warning in the log; a plugin call over the queue bound gets a JSON-RPC error.
 *
 * @param maxBodyBytes   largest request body accepted, in bytes (default 4 MiB)
 * @param maxHeaderBytes largest request header block, in bytes (default 16 KiB); the request line is bounded too
 * @param idleTimeout    a connection that sends nothing for this long while no call of its own is running is
 *                       closed (default 60 s; InfraKit's client keeps idle connections for 10 s)
 * @param maxConnections most connections open at once (default 256)
 * @param pluginThreads  threads that run plugin calls, off the event loop (default 32)
 * @param maxQueuedCalls plugin calls waiting for a thread before new calls are refused (default 1024)
 * @param shutdownGrace  how long shutdown waits for in-flight requests (default 30 s)
 * @param ioThreads      event-loop threads (default: the number of processors, at most 4)
 */
public record RpcServerLimits(int maxBodyBytes, int maxHeaderBytes, Duration idleTimeout, int maxConnections,
                              int pluginThreads, int maxQueuedCalls, Duration shutdownGrace, int ioThreads) {

    /** The defaults listed above. */
    public static final RpcServerLimits DEFAULTS = new RpcServerLimits(4 * 1024 * 1024, 16 * 1024,
            Duration.ofSeconds(60), 256, 32, 1024, Duration.ofSeconds(30),
            Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** @throws IllegalArgumentException if a value is not positive */
    public RpcServerLimits {
        positive(maxBodyBytes, "maxBodyBytes");
        positive(maxHeaderBytes, "maxHeaderBytes");
        positive(maxConnections, "maxConnections");
        positive(pluginThreads, "pluginThreads");
        positive(maxQueuedCalls, "maxQueuedCalls");
        positive(ioThreads, "ioThreads");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive, was " + idleTimeout);
        }
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("shutdownGrace must not be negative, was " + shutdownGrace);
        }
    }

    /** @return a builder starting from {@link #DEFAULTS} */
    public static Builder builder() {
        return DEFAULTS.toBuilder();
    }

    /** @return a builder starting from these limits */
    public Builder toBuilder() {
        return new Builder(this);
    }

    private static void positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    /** Builds {@link RpcServerLimits}; unset values keep their defaults. */
    public static final class Builder {
        private int maxBodyBytes;
        private int maxHeaderBytes;
        private Duration idleTimeout;
        private int maxConnections;
        private int pluginThreads;
        private int maxQueuedCalls;
        private Duration shutdownGrace;
        private int ioThreads;

        private Builder(RpcServerLimits from) {
            maxBodyBytes = from.maxBodyBytes;
            maxHeaderBytes = from.maxHeaderBytes;
            idleTimeout = from.idleTimeout;
            maxConnections = from.maxConnections;
            pluginThreads = from.pluginThreads;
            maxQueuedCalls = from.maxQueuedCalls;
            shutdownGrace = from.shutdownGrace;
            ioThreads = from.ioThreads;
        }

        /** @param v largest request body, bytes @return this */
        public Builder maxBodyBytes(int v) {
            maxBodyBytes = v;
            return this;
        }

        /** @param v largest header block, bytes @return this */
        public Builder maxHeaderBytes(int v) {
            maxHeaderBytes = v;
            return this;
        }

        /** @param v idle-connection timeout @return this */
        public Builder idleTimeout(Duration v) {
            idleTimeout = v;
            return this;
        }

        /** @param v most connections at once @return this */
        public Builder maxConnections(int v) {
            maxConnections = v;
            return this;
        }

        /** @param v threads for plugin calls @return this */
        public Builder pluginThreads(int v) {
            pluginThreads = v;
            return this;
        }

        /** @param v plugin calls that may wait for a thread @return this */
        public Builder maxQueuedCalls(int v) {
            maxQueuedCalls = v;
            return this;
        }

        /** @param v how long shutdown waits for in-flight requests @return this */
        public Builder shutdownGrace(Duration v) {
            shutdownGrace = v;
            return this;
        }

        /** @param v event-loop threads @return this */
        public Builder ioThreads(int v) {
            ioThreads = v;
            return this;
        }

        /**
         * @return the limits
         * @throws IllegalArgumentException if a value is out of range
         */
        public RpcServerLimits build() {
            return new RpcServerLimits(maxBodyBytes, maxHeaderBytes, idleTimeout, maxConnections, pluginThreads,
                    maxQueuedCalls, shutdownGrace, ioThreads);
        }
    }
}
