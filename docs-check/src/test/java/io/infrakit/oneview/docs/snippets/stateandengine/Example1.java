package io.infrakit.oneview.docs.snippets.stateandengine;

// doc:start
import io.infrakit.oneview.engine.ProviderInstancePlugin;
import io.infrakit.oneview.spi.provider.InstanceProvider;
import io.infrakit.oneview.spi.provider.ProviderContext;
import io.infrakit.oneview.spi.provider.Providers;
import io.infrakit.oneview.store.StateStore;
import io.infrakit.oneview.store.StateStores;
import java.nio.file.Path;
import java.util.Map;
// doc:end

/** Example 1 of docs/state-and-engine.md, compiled here as the document shows it. */
final class Example1 {

    private Example1() {
    }

    static void run() throws Exception {
        // doc:start
        Path home = Path.of(System.getProperty("user.home"), ".infrakit");
        String location = home.resolve("state").resolve("instance-file.json").toString(); // or "etcd://10.0.0.5:2379/infrakit/p"
        StateStore store = StateStores.open(location, System.getenv());    // the factory of the location's scheme
        InstanceProvider provider = Providers.named("file")                // ServiceLoader lookup
                .create(new ProviderContext("instance-file", Map.of("dir", home.resolve("instance-file").toString()),
                        System.getenv(), home));
        try (ProviderInstancePlugin plugin = ProviderInstancePlugin.builder().provider(provider).store(store).build()) {
            System.out.println(plugin.describeInstances(Map.of(), false)); // serve `plugin` (an InstancePlugin) instead
        }                                                                   // close: the provider, then the store
        // doc:end
    }
}
