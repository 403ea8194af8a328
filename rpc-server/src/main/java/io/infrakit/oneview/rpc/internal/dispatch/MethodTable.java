package io.infrakit.oneview.rpc.internal.dispatch;

import io.infrakit.oneview.rpc.internal.jsonrpc.ResultWriter;
import io.infrakit.oneview.rpc.internal.jsonrpc.SecretMask;
import io.infrakit.oneview.rpc.internal.gojson.GoQuote;
import io.infrakit.oneview.rpc.internal.gojson.GoUnmarshalException;
import io.infrakit.oneview.rpc.internal.jsonrpc.JsonRpcReply;
import io.infrakit.oneview.rpc.internal.jsonrpc.JsonRpcRequest;
import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.InstancePlugin;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.LogText;
import io.infrakit.oneview.rpc.RpcListener;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON-RPC method table, resolved as gorilla's service map does ({@code Service.Method}, case-sensitive):
 * the {@code Handshake} and {@code Plugin} services answer at once; {@code Instance.*} decodes its params, picks
 * the plugin by {@code "Type"} and runs the plugin call later, off the event loop. Plugin failures become
 * -32000 errors: an {@link InstancePluginException}'s message as is, anything else a generic message (the stack
 * trace goes to the log).
 */
public final class MethodTable {

    private static final Logger LOG = LoggerFactory.getLogger(MethodTable.class);

    /** The methods served: the values the listener sees (any other is {@link RpcListener#UNKNOWN_METHOD}). */
    static final Set<String> METHODS = Set.of("Handshake.Hello", "Handshake.Implements", "Handshake.Types",
            "Plugin.Implements", "Instance.Validate", "Instance.Provision", "Instance.Label", "Instance.Destroy",
            "Instance.DescribeInstances");

    private final TypedPlugins plugins;
    private final Handshakes handshakes;
    private final RpcListener listener;

    private final SecretMask mask;

    /** @param plugins the plugins; their {@code secretFields()} are masked in every echo of a request */
    public MethodTable(TypedPlugins plugins) {
        this(plugins, RpcListener.NONE);
    }

    /**
     * @param plugins  the plugins; their {@code secretFields()} are masked in every echo of a request
     * @param listener told of every call's outcome
     */
    public MethodTable(TypedPlugins plugins, RpcListener listener) {
        this.plugins = plugins;
        this.listener = listener;
        this.mask = new SecretMask(plugins.secretFields());
        this.handshakes = new Handshakes(plugins);
    }

    CallPlan plan(JsonRpcRequest request) {
        long start = System.nanoTime();
        String method = METHODS.contains(request.method()) ? request.method() : RpcListener.UNKNOWN_METHOD;
        CallPlan plan = route(request);
        if (plan instanceof CallPlan.Later later) {
            return new CallPlan.Later(later.id(), () -> {
                JsonRpcReply reply = later.task().get();
                report(method, outcome(method, reply), start);
                return reply;
            }, () -> report(method, RpcListener.Outcome.BUSY, start));
        }
        report(method, outcome(method, ((CallPlan.Now) plan).reply()), start);
        return plan;
    }

    private static RpcListener.Outcome outcome(String method, JsonRpcReply reply) {
        if (method.equals(RpcListener.UNKNOWN_METHOD)) {
            return RpcListener.Outcome.BAD_REQUEST;
        }
        if (reply instanceof JsonRpcReply.Failure failure) {
            return failure.code() == JsonRpcReply.SERVER_ERROR ? RpcListener.Outcome.ERROR
                    : RpcListener.Outcome.BAD_REQUEST;
        }
        return RpcListener.Outcome.OK;
    }

    private void report(String method, RpcListener.Outcome outcome, long start) {
        try {
            listener.callCompleted(method, outcome, Duration.ofNanos(System.nanoTime() - start));
        } catch (RuntimeException e) {
            LOG.warn("An RpcListener failed (ignored): {}", e.toString());
        }
    }

    private CallPlan route(JsonRpcRequest request) {
        String method = request.method();
        int dot = method.indexOf('.');
        if (dot < 0 || method.indexOf('.', dot + 1) >= 0) {
            return now(JsonRpcReply.error(request.id(), "rpc: service/method request ill-formed: " + GoQuote.quote(method)));
        }
        String service = method.substring(0, dot);
        String name = method.substring(dot + 1);
        return switch (service) {
            case "Handshake" -> handshake(request, name);
            case "Plugin" -> "Implements".equals(name)
                    ? constant(request, handshakes.pluginImplements, "plugin.EmptyRequest")
                    : unknownMethod(request);
            case "Instance" -> instance(request, name);
            default -> now(JsonRpcReply.error(request.id(), "rpc: can't find service " + GoQuote.quote(method)));
        };
    }

    private CallPlan handshake(JsonRpcRequest request, String name) {
        return switch (name) {
            case "Hello" -> constant(request, handshakes.hello, "rpc.HelloRequest");
            case "Implements" -> constant(request, handshakes.handshakeImplements, "plugin.EmptyRequest");
            case "Types" -> constant(request, handshakes.types, "rpc.TypesRequest");
            default -> unknownMethod(request);
        };
    }

    private CallPlan constant(JsonRpcRequest request, byte[] result, String goType) {
        try {
            ParamsDecoder.empty(request.params(), goType);
        } catch (GoUnmarshalException e) {
            return badParams(request, e);
        }
        return now(JsonRpcReply.success(request.id(), out -> out.put(result)));
    }

    private CallPlan instance(JsonRpcRequest request, String name) {
        try {
            return switch (name) {
                case "Validate" -> {
                    InstanceParams.Validate p = ParamsDecoder.validate(request.params());
                    yield call(request, p.type(), plugin -> {
                        return ResultWriters.validated(p.type(), plugin.validateAndReport(p.properties()));
                    });
                }
                case "Provision" -> {
                    InstanceParams.Provision p = ParamsDecoder.provision(request.params());
                    yield call(request, p.type(), plugin -> {
                        String id = plugin.provision(p.spec());
                        if (id == null) {
                            throw new IllegalStateException("the plugin returned no instance ID");
                        }
                        return ResultWriters.provisioned(p.type(), id);
                    });
                }
                case "Label" -> {
                    InstanceParams.Label p = ParamsDecoder.label(request.params());
                    yield call(request, p.type(), plugin -> {
                        plugin.label(p.instance(), p.labels());
                        return ResultWriters.ok(p.type());
                    });
                }
                case "Destroy" -> {
                    InstanceParams.Destroy p = ParamsDecoder.destroy(request.params());
                    yield call(request, p.type(), plugin -> {
                        plugin.destroy(p.instance(), p.context());
                        return ResultWriters.ok(p.type());
                    });
                }
                case "DescribeInstances" -> {
                    InstanceParams.Describe p = ParamsDecoder.describe(request.params());
                    yield call(request, p.type(), plugin -> {
                        List<Description> found = plugin.describeInstances(p.tags(), p.properties());
                        if (found == null) {
                            throw new IllegalStateException("the plugin returned no description list");
                        }
                        return ResultWriters.descriptions(p.type(), List.copyOf(found));
                    });
                }
                default -> unknownMethod(request);
            };
        } catch (GoUnmarshalException e) {
            return badParams(request, e);
        }
    }

    private CallPlan call(JsonRpcRequest request, String type, Function<InstancePlugin, ResultWriter> body) {
        InstancePlugin plugin = plugins.forType(type);
        if (plugin == null) {
            return now(JsonRpcReply.error(request.id(), "no-plugin:" + type));
        }
        return new CallPlan.Later(request.id(), () -> invoke(request, plugin, body), () -> {
        });
    }

    private static JsonRpcReply invoke(JsonRpcRequest request, InstancePlugin plugin,
                                   Function<InstancePlugin, ResultWriter> body) {
        long start = System.nanoTime();
        try {
            JsonRpcReply reply = JsonRpcReply.success(request.id(), body.apply(plugin));
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} answered in {} ms", request.method(), (System.nanoTime() - start) / 1_000_000);
            }
            return reply;
        } catch (InstancePluginException e) {
            LOG.debug("{} failed: {}", request.method(), LogText.of(e.getMessage()));
            String message = e.getMessage();
            return JsonRpcReply.error(request.id(), message == null ? e.getClass().getSimpleName() : message);
        } catch (Throwable e) {
            LOG.error("{} failed unexpectedly", request.method(), e);
            return JsonRpcReply.error(request.id(), "internal error in " + request.method() + ": "
                    + e.getClass().getSimpleName() + " (details in the plugin log)");
        }
    }

    private static CallPlan unknownMethod(JsonRpcRequest request) {
        return now(JsonRpcReply.error(request.id(), "rpc: can't find method " + GoQuote.quote(request.method())));
    }

    /** @return what masks the plugins' secrets in echoed requests */
    public SecretMask secretMask() {
        return mask;
    }

    private CallPlan badParams(JsonRpcRequest request, GoUnmarshalException e) {
        if (request.id() == null) {
            return now(new JsonRpcReply.Empty(false));
        }
        return now(new JsonRpcReply.Failure(request.id(), JsonRpcReply.INVALID_REQUEST, e.getMessage(),
                mask.apply(request.params())));
    }

    private static CallPlan now(JsonRpcReply reply) {
        return new CallPlan.Now(reply);
    }
}
