package io.infrakit.oneview.pluginclient;

import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.InstancePlugin;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Validation;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.SpecJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A client of a running InfraKit instance plugin, on its Unix socket: typed calls for every {@code Instance.*}
 * method and every handshake era, and a raw {@link #call(String, RawJson)}. Requests go out as InfraKit's Go client
 * sends them, so any plugin InfraKit can drive, this client can drive too.
 *
 * <p>It is an {@link InstancePlugin}: a remote plugin can be used wherever a local one is. Plugin errors are
 * {@link PluginCallException}s carrying the plugin's message and JSON-RPC code; an unreachable plugin is one too,
 * with code {@link PluginCallException#NO_REPLY}.
 *
 * <p>Thread-safe. Each call borrows an idle kept-alive connection or opens one; an idle connection is not reused
 * when the plugin has closed it or after {@value #MAX_IDLE_SECONDS} s. A call that changes nothing (handshakes,
 * {@code Validate}, {@code DescribeInstances}) whose reused connection turns out closed before any answer is sent
 * again once on a new connection; a call that changes something is never sent twice.
 *
 * <pre>{@code
 * try (PluginClient plugin = PluginClient.of(Path.of(System.getProperty("user.home"), ".infrakit/plugins/instance-oneview"))) {
 *     String id = plugin.provision(Spec.of(RawJson.of("{\"TemplateName\":\"Web Server Template\"}"),
 *             Map.of("infrakit.group", "workers")));
 *     plugin.describeInstances(Map.of("infrakit.group", "workers"), false).forEach(d -> System.out.println(d.id()));
 * }
 * }</pre>
 */
public final class PluginClient implements InstancePlugin, AutoCloseable {

    /** Seconds after which an idle connection is closed rather than reused. */
    public static final int MAX_IDLE_SECONDS = 5;

    private final Path socket;
    private final String type;
    private final AtomicLong ids = new AtomicLong(1);
    private final ConcurrentLinkedDeque<Idle> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    private record Idle(PluginConnection connection, long since) {
    }

    private PluginClient(Path socket, String type) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * @param socket the plugin's socket file, such as {@code ~/.infrakit/plugins/instance-oneview}
     * @return a client of the plugin's default object ({@code "Type":""}); nothing is connected yet
     */
    public static PluginClient of(Path socket) {
        return new PluginClient(socket, "");
    }

    /**
     * @param socket the plugin's socket file
     * @param type   the typed sub-plugin ({@code compute} for InfraKit's {@code instance-oneview/compute}), or
     *               {@code ""} for the default object
     * @return a client of that object; nothing is connected yet
     */
    public static PluginClient of(Path socket, String type) {
        return new PluginClient(socket, type);
    }

    /** @return the plugin's socket */
    public Path socket() {
        return socket;
    }

    /** @return the sub-plugin type sent as {@code "Type"}; {@code ""} for the default object */
    public String type() {
        return type;
    }

    // ---- handshakes

    /**
     * {@code Handshake.Hello} (InfraKit from late 2017 on).
     *
     * @return for each interface ({@code Instance/0.6.1}), the names of the objects implementing it ({@code "."}
     *         is the plugin itself, then its typed sub-plugins)
     * @throws PluginCallException when the plugin fails or cannot be reached
     */
    public Map<String, List<String>> hello() {
        return ResultDecoder.helloObjects("Handshake.Hello", call("Handshake.Hello", RawJson.EMPTY_OBJECT));
    }

    /**
     * {@code Handshake.Implements} (InfraKit v0.3 to 2017).
     *
     * @return the interfaces the plugin implements
     * @throws PluginCallException when the plugin fails or cannot be reached
     */
    public List<InterfaceSpec> handshakeImplements() {
        return ResultDecoder.apis("Handshake.Implements", call("Handshake.Implements", RawJson.EMPTY_OBJECT));
    }

    /**
     * {@code Plugin.Implements} (InfraKit v0.1 and v0.2).
     *
     * @return the interfaces the plugin implements
     * @throws PluginCallException when the plugin fails or cannot be reached
     */
    public List<InterfaceSpec> pluginImplements() {
        return ResultDecoder.apis("Plugin.Implements", call("Plugin.Implements", RawJson.EMPTY_OBJECT));
    }

    /**
     * {@code Handshake.Types} (InfraKit v0.5).
     *
     * @return for each interface ({@code Instance/0.5.0}), the object names ({@code "."} and the sub-plugin types)
     * @throws PluginCallException when the plugin fails or cannot be reached
     */
    public Map<String, List<String>> types() {
        return ResultDecoder.types("Handshake.Types", call("Handshake.Types", RawJson.EMPTY_OBJECT));
    }

    // ---- Instance.*

    /**
     * {@code Instance.Validate}.
     *
     * @throws PluginCallException with the plugin's message when it refuses the properties, or cannot be reached
     */
    @Override
    public void validate(RawJson properties) {
        validateAndReport(properties);
    }

    /**
     * {@code Instance.Validate}, with what the plugin could not check (its reply's {@code Unchecked}, which only
     * this project's plugins send).
     *
     * @throws PluginCallException with the plugin's message when it refuses the properties, or cannot be reached
     */
    @Override
    public Validation validateAndReport(RawJson properties) {
        return ResultDecoder.validation("Instance.Validate", call("Instance.Validate",
                RequestWriter.request("Instance.Validate", ids.getAndIncrement(), g -> {
                    g.writeStringField("Type", type);
                    g.writeFieldName("Properties");
                    g.writeRawValue(properties.json());
                })));
    }

    /**
     * {@code Instance.Provision}.
     *
     * @return the new instance's ID
     * @throws PluginCallException when nothing was provisioned, or the plugin cannot be reached
     */
    @Override
    public String provision(Spec spec) {
        return provision(SpecJson.toJson(spec));
    }

    /**
     * {@code Instance.Provision} of a spec given as InfraKit's JSON, sent as it is.
     *
     * @param spec {@code {"Properties":...,"Tags":{...},"Init":"","LogicalID":null,"Attachments":null}}
     * @return the new instance's ID
     * @throws PluginCallException when nothing was provisioned, the reply has no ID, or the plugin cannot be reached
     */
    public String provision(RawJson spec) {
        RawJson result = call("Instance.Provision", RequestWriter.request("Instance.Provision", ids.getAndIncrement(),
                g -> {
                    g.writeStringField("Type", type);
                    g.writeFieldName("Spec");
                    g.writeRawValue(spec.json());
                }));
        String id = ResultDecoder.string("Instance.Provision", result, "ID");
        if (id == null) {
            throw new PluginCallException("the plugin provisioned without returning an instance ID: " + result, null);
        }
        return id;
    }

    /**
     * {@code Instance.Label} (Instance/0.3.0 and later).
     *
     * @throws PluginCallException when the plugin fails (an unknown ID) or cannot be reached
     */
    @Override
    public void label(String instanceId, Map<String, String> labels) {
        call("Instance.Label", RequestWriter.request("Instance.Label", ids.getAndIncrement(), g -> {
            g.writeStringField("Type", type);
            g.writeStringField("Instance", instanceId);
            RequestWriter.stringMap(g, "Labels", labels);
        }));
    }

    /**
     * {@code Instance.Destroy}; the context's reason goes out as {@code Context.Reason} (Instance/0.6.0 and later;
     * older plugins ignore it).
     *
     * @throws PluginCallException when the plugin fails (an unknown ID) or cannot be reached
     */
    @Override
    public void destroy(String instanceId, DestroyContext context) {
        call("Instance.Destroy", RequestWriter.request("Instance.Destroy", ids.getAndIncrement(), g -> {
            g.writeStringField("Type", type);
            g.writeStringField("Instance", instanceId);
            g.writeObjectFieldStart("Context");
            g.writeStringField("Reason", context.reason().wireName());
            g.writeEndObject();
        }));
    }

    /**
     * {@code Instance.DescribeInstances}.
     *
     * @return the instances whose tags hold every given pair; {@code Properties} byte for byte as the plugin sent them
     * @throws PluginCallException when the plugin fails or cannot be reached
     */
    @Override
    public List<Description> describeInstances(Map<String, String> tags, boolean withProperties) {
        RawJson result = call("Instance.DescribeInstances", RequestWriter.request("Instance.DescribeInstances",
                ids.getAndIncrement(), g -> {
                    g.writeStringField("Type", type);
                    RequestWriter.stringMap(g, "Tags", tags);
                    g.writeBooleanField("Properties", withProperties);
                }));
        return ResultDecoder.descriptions("Instance.DescribeInstances", result);
    }

    // ---- raw

    /**
     * Calls any method.
     *
     * @param method the method, such as {@code Instance.DescribeInstances}
     * @param params the params, sent as they are
     * @return the {@code result}, raw
     * @throws PluginCallException for an error reply (its code and message) or when the plugin cannot be reached
     */
    public RawJson call(String method, RawJson params) {
        return call(method, RequestWriter.request(method, ids.getAndIncrement(), params));
    }

    /**
     * Sends {@code GET path}, for the plugin's {@code /info/api.json} and {@code /info/functions.json}.
     *
     * @param path the path
     * @return the response
     * @throws PluginCallException when the plugin cannot be reached
     */
    public HttpResponse get(String path) {
        return exchange("GET " + path, true, c -> c.get(path));
    }

    private RawJson call(String method, byte[] request) {
        return ReplyReader.result(method, exchange(method, READ_ONLY.contains(method), c -> c.post(request)));
    }

    /** Methods that change nothing, so that sending one twice is harmless. */
    private static final java.util.Set<String> READ_ONLY = java.util.Set.of("Handshake.Hello", "Handshake.Implements",
            "Handshake.Types", "Plugin.Implements", "Instance.Validate", "Instance.DescribeInstances");

    @FunctionalInterface
    private interface Exchange {
        HttpResponse on(PluginConnection connection) throws IOException;
    }

    private HttpResponse exchange(String what, boolean retryable, Exchange exchange) {
        if (closed) {
            throw new PluginCallException("this client of the plugin at " + socket + " is closed", null);
        }
        PluginConnection connection = borrow();
        boolean reused = connection != null;
        try {
            if (connection == null) {
                connection = PluginConnection.open(socket);
            }
            HttpResponse response;
            try {
                response = exchange.on(connection);
            } catch (PluginConnection.NoResponseException stale) {
                if (!reused || !(retryable || stale.beforeSending())) {
                    throw stale;
                }
                closeQuietly(connection);
                connection = PluginConnection.open(socket);
                response = exchange.on(connection);
            }
            if (response.closesConnection() || closed) {
                closeQuietly(connection);
            } else {
                idle.addFirst(new Idle(connection, System.nanoTime()));
                if (closed) {
                    close();
                }
            }
            return response;
        } catch (IOException e) {
            closeQuietly(connection);
            throw new PluginCallException("cannot talk to the plugin at " + socket + " (" + what + "): "
                    + e.getMessage(), e);
        }
    }

    private PluginConnection borrow() {
        Idle next;
        while ((next = idle.pollFirst()) != null) {
            if (System.nanoTime() - next.since() < MAX_IDLE_SECONDS * 1_000_000_000L
                    && !next.connection().closedByServer()) {
                return next.connection();
            }
            closeQuietly(next.connection());
        }
        return null;
    }

    private static void closeQuietly(PluginConnection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (IOException e) {
                // closing a Unix socket does not fail in a way worth reporting
            }
        }
    }

    /** Closes the idle connections; calls after this fail. Calls in progress finish and close theirs. */
    @Override
    public void close() {
        closed = true;
        Idle next;
        while ((next = idle.pollFirst()) != null) {
            closeQuietly(next.connection());
        }
    }
}
