package io.infrakit.oneview.provider.oneview;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrakit.oneview.engine.ProviderInstancePlugin;
import io.infrakit.oneview.pluginclient.PluginClient;
import io.infrakit.oneview.rpc.RpcServer;
import io.infrakit.oneview.rpc.RunningRpcServer;
import io.infrakit.oneview.simulator.OneViewSimulator;
import io.infrakit.oneview.spi.provider.InstanceProvider;
import io.infrakit.oneview.spi.provider.Providers;
import io.infrakit.oneview.store.StateStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plugins as InfraKit runs them, for the socket tests: the oneview provider found by name through ServiceLoader,
 * pointed at a simulator, in the engine with a state store, served on a Unix socket in a temporary folder, with a
 * client. Closes all it made, last made first.
 */
final class SocketPlugins implements AutoCloseable {

    private final OneViewSimulator sim;
    private final Path dir;
    private final List<AutoCloseable> open = new ArrayList<>();

    SocketPlugins(OneViewSimulator sim, Path dir) {
        this.sim = sim;
        this.dir = dir;
    }

    /** @return a new oneview provider for the simulator, through its factory (the engine made over it closes it) */
    OneViewInstanceProvider provider() {
        InstanceProvider p = Providers.named("oneview").create(Fixture.context(Fixture.settings(sim, dir), Map.of(),
                dir));
        return (OneViewInstanceProvider) p;
    }

    /** @return the engine over the provider and store (closed with the others unless {@link #forget}) */
    ProviderInstancePlugin engine(InstanceProvider provider, StateStore store) {
        ProviderInstancePlugin engine = ProviderInstancePlugin.builder().provider(provider).store(store).build();
        open.add(engine);
        return engine;
    }

    /** @return a client of the engine, served on the socket {@code name} of the temporary folder */
    PluginClient serve(ProviderInstancePlugin engine, String name) throws Exception {
        Path socket = dir.resolve(name);
        assertThat(socket.toString().length()).isLessThan(100);
        RunningRpcServer server = RpcServer.builder().socket(socket).plugin(engine).build().start();
        open.add(server);
        PluginClient client = PluginClient.of(socket);
        open.add(client);
        return client;
    }

    /** @param closeable something the test closes itself */
    void forget(AutoCloseable closeable) {
        open.remove(closeable);
    }

    /** @param closeable something else to close with the plugins */
    <T extends AutoCloseable> T add(T closeable) {
        open.add(closeable);
        return closeable;
    }

    @Override
    public void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        open.clear();
    }
}
