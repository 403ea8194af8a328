package io.infrakit.oneview.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.engine.ProviderInstancePlugin;
import io.infrakit.oneview.provider.file.FileInstanceProvider;
import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.provider.Machine;
import io.infrakit.oneview.spi.provider.ProvisionRequest;
import io.infrakit.oneview.store.StateStore;
import io.infrakit.oneview.store.StateStores;
import io.infrakit.oneview.store.etcd.EtcdServer;
import io.infrakit.oneview.store.etcd.RequireEtcd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * etcd stops (SIGKILL) while provisions run and starts again: meanwhile every call fails with an error naming etcd
 * and nothing is half written; afterwards the state is consistent with the machines (the file provider's files)
 * without anyone's help.
 */
class EtcdOutageTest {

    @TempDir
    Path tmp;

    private EtcdServer etcd;
    private ProviderInstancePlugin plugin;
    private final CountDownLatch inside = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean hold;

    @BeforeEach
    void setUp() throws Exception {
        RequireEtcd.assumeInstalled();
        etcd = EtcdServer.start(Files.createDirectories(tmp.resolve("etcd")));
        FileInstanceProvider files = new FileInstanceProvider(tmp.resolve("instances"));
        StateStore store = StateStores.open(etcd.location("/infrakit/outage", "lease-ttl=5s&timeout=2s"), Map.of());
        plugin = ProviderInstancePlugin.builder().provider(new HoldingProvider(files)).store(store).build();
    }

    @AfterEach
    void tearDown() throws Exception {
        release.countDown();
        if (plugin != null) {
            plugin.close();
        }
        if (etcd != null) {
            etcd.close();
        }
    }

    /** The file provider, stopping inside a provision when told to, until released. */
    private final class HoldingProvider extends DelegatingProvider {
        HoldingProvider(FileInstanceProvider files) {
            super(files);
        }

        @Override
        public Machine provision(ProvisionRequest request) {
            Machine made = super.provision(request);
            if (hold) {
                inside.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return made;
        }
    }

    private static Spec spec() {
        return Spec.of(RawJson.of("{\"n\":1}"), Map.of("infrakit.group", "g"));
    }

    private List<String> files() throws Exception {
        try (Stream<Path> list = Files.list(tmp.resolve("instances"))) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    @Test
    void callsFailNamingEtcdWhileItIsDownAndTheStateIsConsistentWhenItIsBack() throws Exception {
        String before = plugin.provision(spec());
        hold = true;
        CompletableFuture<String> inFlight = CompletableFuture.supplyAsync(() -> plugin.provision(spec()));
        assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
        hold = false;

        etcd.stop();
        release.countDown();
        assertThatThrownBy(() -> inFlight.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(InstancePluginException.class)
                .hasMessageContaining("was made but could not be recorded in the state etcd://" + etcd.endpoint()
                        + "/infrakit/outage (")
                .hasMessageContaining("etcd is unreachable at etcd://")
                .hasMessageContaining("the machine was destroyed again");
        assertThatThrownBy(() -> plugin.describeInstances(Map.of(), false)).isInstanceOf(InstancePluginException.class)
                .hasMessageStartingWith("cannot describe the instances: the state in etcd://" + etcd.endpoint()
                        + "/infrakit/outage cannot be read (etcd is unreachable at etcd://");
        assertThatThrownBy(() -> plugin.provision(spec())).hasMessageStartingWith("cannot provision: the state in "
                + "etcd://").hasMessageContaining("etcd is unreachable");
        assertThatThrownBy(() -> plugin.destroy(before, DestroyContext.TERMINATE))
                .hasMessageContaining("etcd is unreachable");
        assertThat(files()).as("nothing was made while etcd was down; the unrecorded machine was undone")
                .containsExactly(before);

        etcd.restart();

        assertThat(plugin.describeInstances(Map.of(), false)).extracting(Description::id).containsExactly(before);
        String after = plugin.provision(spec());
        assertThat(plugin.describeInstances(Map.of(), false)).extracting(Description::id)
                .containsExactly(before, after);
        assertThat(files()).containsExactlyInAnyOrder(before, after);
        try (StateStore look = StateStores.open(etcd.location("/infrakit/outage", ""), Map.of())) {
            assertThat(look.load().records()).extracting(r -> r.key()).as("no provision left unfinished")
                    .containsExactlyInAnyOrder("instances/" + before, "instances/" + after);
        }
    }
}
