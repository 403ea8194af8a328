package io.infrakit.oneview.rpc;

import io.infrakit.oneview.rpc.internal.dispatch.TypedPlugins;
import io.infrakit.oneview.rpc.internal.http.HttpRouter;
import io.infrakit.oneview.spi.InstancePlugin;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An InfraKit instance-plugin server: JSON-RPC 2.0 over HTTP/1.1 over a Unix domain socket, speaking every
 * InfraKit handshake era ({@code Plugin.Implements} → Instance/0.1.0; {@code Handshake.Implements} → 0.3.0, 0.5.0,
 * 0.6.0; {@code Handshake.Types}; {@code Handshake.Hello} → Instance/0.6.1) and serving {@code Instance.*} from
 * the given {@link InstancePlugin}s. See {@code docs/protocol.md} for the support matrix.
 *
 * <pre>{@code
 * RunningRpcServer server = RpcServer.builder()
 *         .socket(pluginsDir.resolve("instance-oneview"))
 *         .plugin(plugin)                        // requests with "Type":""
 *         .typedPlugin("compute", computePlugin) // requests from "instance-oneview/compute"
 *         .vendor(Vendor.of("infrakit-instance-oneview", "0.1.0"))
 *         .limits(RpcServerLimits.builder().maxConnections(64).build())
 *         .listener(rpcMetrics)                  // optional: observes every call
 *         .resource("/metrics", metricsResource) // optional: extra GET routes
 *         .build()
 *         .start();
 * ...
 * server.close(); // stop accepting, finish in-flight requests (bounded), release everything
 * }</pre>
 *
 * <p>The server binds exactly the path it is given: the parent directory must exist and nothing may be at the
 * path. The socket has its permissions ({@link Builder#socketPermissions(Set)}, owner-only by default) from the
 * moment it can be reached: it is bound in a private folder beside the path, given its mode, then linked into place
 * (see {@code docs/architecture.md}). Placing the socket, detecting a stale one and pid files are the caller's job.
 * The socket file exists once {@link #start()} returns; closing the server removes it.
 */
public final class RpcServer {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path socket;
    private final TypedPlugins plugins;
    private final Vendor vendor;
    private final RpcServerLimits limits;
    private final RpcTransport transport;
    private final Set<PosixFilePermission> socketPermissions;
    private final RpcListener listener;
    private final Map<String, HttpResource> resources;

    private RpcServer(Builder b) {
        this.socket = b.socket;
        this.plugins = new TypedPlugins(b.plugin, b.typed);
        this.vendor = b.vendor;
        this.limits = b.limits;
        this.transport = b.transport;
        this.socketPermissions = b.socketPermissions;
        this.listener = b.listener;
        this.resources = Map.copyOf(b.resources);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the socket and starts serving.
     *
     * @return the running server
     * @throws IOException           when the socket cannot be bound (path in use, directory missing, path too long)
     * @throws IllegalStateException when {@link RpcTransport#EPOLL} is asked for but not available
     */
    public RunningRpcServer start() throws IOException {
        return RunningRpcServer.start(socket, socketPermissions, plugins, vendor, limits,
                TransportClasses.resolve(transport), listener, resources);
    }

    /** @return the socket path this server binds */
    public Path socket() {
        return socket;
    }

    /** Builds an {@link RpcServer}. {@link #socket(Path)} and {@link #plugin(InstancePlugin)} are required. */
    public static final class Builder {
        private Path socket;
        private InstancePlugin plugin;
        private final Map<String, InstancePlugin> typed = new LinkedHashMap<>();
        private Vendor vendor;
        private RpcServerLimits limits = RpcServerLimits.DEFAULTS;
        private RpcTransport transport = RpcTransport.AUTO;
        private Set<PosixFilePermission> socketPermissions = OWNER_ONLY;
        private RpcListener listener = RpcListener.NONE;
        private final Map<String, HttpResource> resources = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param listener observes every call answered (for metrics); default {@link RpcListener#NONE}
         * @return this
         */
        public Builder listener(RpcListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Serves {@code GET path} with a resource of the caller's (for example {@code /metrics}); another method on
         * that path is answered {@code 405}. The InfraKit routes cannot be replaced.
         *
         * @param path     an absolute path without query, e.g. {@code /metrics}
         * @param resource what to answer
         * @return this
         * @throws IllegalArgumentException when the path is not a plain absolute path, is an InfraKit route
         *                                  ({@code /}, {@code /info/api.json}, {@code /info/functions.json}) or
         *                                  is already registered
         */
        public Builder resource(String path, HttpResource resource) {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(resource, "resource");
            if (!path.startsWith("/") || path.length() < 2 || path.contains("?") || path.contains("#")) {
                throw new IllegalArgumentException("a resource path must be absolute, without query, and not '/': '"
                        + path + "'");
            }
            if (HttpRouter.INFRAKIT_PATHS.contains(path)) {
                throw new IllegalArgumentException("'" + path + "' is an InfraKit route and cannot be replaced");
            }
            if (resources.putIfAbsent(path, resource) != null) {
                throw new IllegalArgumentException("a resource is already registered at '" + path + "'");
            }
            return this;
        }

        /**
         * Sets the socket file's permissions, which it has from the moment it can be reached. Connecting needs write
         * permission: {@code rw-------} lets only the owner in, {@code rw-rw----} the owner's group too.
         *
         * @param permissions the permissions; default {@code rw-------}
         * @return this
         */
        public Builder socketPermissions(Set<PosixFilePermission> permissions) {
            this.socketPermissions = Set.copyOf(Objects.requireNonNull(permissions, "permissions"));
            return this;
        }

        /** @param path the Unix socket to create (shorter than 108 bytes) @return this */
        public Builder socket(Path path) {
            this.socket = Objects.requireNonNull(path, "path");
            return this;
        }

        /** @param plugin the default plugin, which answers requests with {@code "Type":""} @return this */
        public Builder plugin(InstancePlugin plugin) {
            this.plugin = Objects.requireNonNull(plugin, "plugin");
            return this;
        }

        /**
         * Adds a typed sub-plugin: InfraKit's {@code <socket name>/<type>} sends {@code "Type":"<type>"}.
         *
         * @param type   the type, not empty
         * @param plugin the plugin
         * @return this
         * @throws IllegalArgumentException when the type is empty or already registered
         */
        public Builder typedPlugin(String type, InstancePlugin plugin) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(plugin, "plugin");
            if (type.isEmpty()) {
                throw new IllegalArgumentException("a typed plugin needs a non-empty type; use plugin(..) for the default");
            }
            if (typed.putIfAbsent(type, plugin) != null) {
                throw new IllegalArgumentException("a plugin of type '" + type + "' is already registered");
            }
            return this;
        }

        /** @param vendor vendor information for {@code /info/api.json}; none gives {@code "Vendor":null} @return this */
        public Builder vendor(Vendor vendor) {
            this.vendor = vendor;
            return this;
        }

        /** @param name the plugin's name @param version its version @return this */
        public Builder vendor(String name, String version) {
            return vendor(Vendor.of(name, version));
        }

        /** @param limits the limits; default {@link RpcServerLimits#DEFAULTS} @return this */
        public Builder limits(RpcServerLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** @param transport the transport; default {@link RpcTransport#AUTO} @return this */
        public Builder transport(RpcTransport transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
            return this;
        }

        /**
         * @return the server, not started
         * @throws IllegalStateException when the socket or the default plugin is missing
         */
        public RpcServer build() {
            if (socket == null) {
                throw new IllegalStateException("socket(Path) is required");
            }
            if (plugin == null) {
                throw new IllegalStateException("plugin(InstancePlugin) is required");
            }
            return new RpcServer(this);
        }
    }
}
