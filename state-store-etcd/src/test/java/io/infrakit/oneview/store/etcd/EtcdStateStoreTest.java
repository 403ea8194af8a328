package io.infrakit.oneview.store.etcd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.store.Commit;
import io.infrakit.oneview.store.Expect;
import io.infrakit.oneview.store.StateStore;
import io.infrakit.oneview.store.StateStoreContractTest;
import io.infrakit.oneview.store.StateStoreException;
import io.infrakit.oneview.store.StateStores;
import io.infrakit.oneview.store.StoreChanges;
import io.infrakit.oneview.store.StoreLocation;
import io.infrakit.oneview.store.StoredRecord;
import io.infrakit.oneview.store.Write;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The etcd store against a real etcd: the store contract, replicas, sessions, and etcd going away. */
class EtcdStateStoreTest extends StateStoreContractTest {

    @TempDir
    static Path dir;

    private static EtcdServer etcd;
    private static final AtomicInteger PREFIXES = new AtomicInteger();
    private String prefix;

    @BeforeAll
    static void startEtcd() throws IOException {
        RequireEtcd.assumeInstalled();
        etcd = EtcdServer.start(dir);
    }

    @AfterAll
    static void stopEtcd() throws InterruptedException {
        if (etcd != null) {
            etcd.close();
        }
    }

    private StateStore open(String options) {
        return StateStores.open(etcd.location(prefix, options), Map.of());
    }

    @Override
    protected StateStore newStore() {
        prefix = "/test/store-" + PREFIXES.incrementAndGet();
        return open("lease-ttl=2s&timeout=3s");
    }

    @Override
    protected StateStore reopen(StateStore current) {
        current.close();
        return open("lease-ttl=2s");
    }

    @Override
    protected StateStore newReplica() {
        return open("lease-ttl=2s");
    }

    @Test
    void theLocationNamesEtcdItsEndpointsAndPrefix() {
        assertThat(store.location()).isEqualTo("etcd://" + etcd.endpoint() + prefix);
        assertThat(store.maxWritesPerCommit()).isEqualTo(127);
    }

    @Test
    void aRecordIsOneEtcdKeyUnderThePrefix() throws Exception {
        store.commit(Commit.of(Write.put("instances/i-1", "{\"ID\":\"i-1\"}", Expect.absent())));
        String body = "{\"key\":\"" + EtcdKeys.encode(prefix + "/data/instances/i-1") + "\"}";
        var http = java.net.http.HttpClient.newHttpClient();
        String answer = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://" + etcd.endpoint()
                + "/v3/kv/range")).POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(answer).contains(EtcdKeys.encode("{\"ID\":\"i-1\"}"));
    }

    @Test
    void manyRecordsAreLoadedPageByPage() {
        List<Write> writes = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            writes.add(Write.put(String.format("k%05d", i), "v" + i, Expect.absent()));
            if (writes.size() == store.maxWritesPerCommit()) {
                store.commit(Commit.of(writes));
                writes.clear();
            }
        }
        store.commit(Commit.of(writes));
        List<StoredRecord> records = store.load().records();
        assertThat(records).hasSize(1200);
        assertThat(records.get(1199)).extracting(StoredRecord::key).isEqualTo("k01199");
    }

    @Test
    void aReplicaSeesDeletesThroughTheWatch() {
        StateStore other = newReplica();
        try {
            long r1 = store.commit(Commit.of(Write.put("a", "1", Expect.absent()), Write.put("b", "2",
                    Expect.absent()))).revision();
            long r2 = store.commit(Commit.of(Write.delete("a", Expect.revision(r1)))).revision();
            StoreChanges changes = other.changesSince(r1);
            assertThat(changes.revision()).isEqualTo(r2);
            assertThat(changes.changes()).extracting(c -> c.key() + "=" + c.value() + "@" + c.revision())
                    .containsExactly("a=null@" + r2);
        } finally {
            other.close();
        }
    }

    @Test
    void aClosedClientsLeaseIsRevokedSoItsSessionIsGoneAtOnce() {
        StateStore other = newReplica();
        String session = other.session();
        assertThat(store.isSessionAlive(session)).isTrue();
        other.close();
        assertThat(store.isSessionAlive(session)).isFalse();
        assertThat(store.isSessionAlive("not-a-lease")).isFalse();
    }

    @Test
    void aPasswordInTheLocationIsRefused() {
        assertThatThrownBy(() -> StateStores.open("etcd://u:secret@" + etcd.endpoint() + "/x", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("credentials do not go in the "
                        + "location").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> StateStores.open(etcd.location("/x", "user=u&password=secret"), Map.of()))
                .hasMessageContaining("the password does not go in the location").hasMessageNotContaining("secret");
    }

    @Test
    void locationsAreCheckedPartByPart() {
        String[][] cases = {
                {"etcd:127.0.0.1:2379/x", "must start with etcd://"},
                {"etcd://127.0.0.1:2379", "names no key prefix"},
                {"etcd://127.0.0.1:99999/x", "port 99999 is out of range"},
                {"etcd://127.0.0.1:2379/x?lease-ttl=1s", "lease-ttl must be at least 2s"},
                {"etcd://127.0.0.1:2379/x?timeout=soon", "timeout must be a duration"},
                {"etcd://127.0.0.1:2379/x?cert=/c.pem", "cert and key go together"},
                {"etcd://127.0.0.1:2379/x?user=u", "user=u needs password-file=FILE or password-env=VARIABLE"},
                {"etcd://127.0.0.1:2379/x?user=u&password-env=NOPE", "NOPE that should hold the etcd password is not"},
                {"etcd://127.0.0.1:2379/x?colour=blue", "unknown option 'colour'; known: ca, cert, key,"},
                {"etcd://127.0.0.1:2379/a b", "the key prefix '/a b'"},
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> EtcdLocation.parse(StoreLocation.parse(c[0], Map.of()))).as(c[0])
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(c[1]);
        }
        EtcdLocation two = EtcdLocation.parse(StoreLocation.parse("etcd://a:1,b/p/q/?tls=true&lease-ttl=30s",
                Map.of()));
        assertThat(two.endpoints()).extracting(Object::toString).containsExactly("https://a:1", "https://b:2379");
        assertThat(two.prefix()).isEqualTo("/p/q");
        assertThat(two.leaseTtl()).hasSeconds(30);
        EtcdLocation env = EtcdLocation.parse(StoreLocation.parse("etcd://a/p?user=u&password-env=PW",
                Map.of("PW", "hunter2")));
        assertThat(env.toString()).doesNotContain("hunter2");
        assertThat(env.password()).isEqualTo("hunter2");
    }

    @Test
    void whileEtcdIsDownEveryCallFailsNamingEtcdAndNothingIsHalfWrittenThenItWorksAgain() throws Exception {
        long r1 = store.commit(Commit.of(Write.put("a", "1", Expect.absent()))).revision();
        etcd.stop();
        try {
            assertThatThrownBy(() -> store.commit(Commit.of(Write.put("b", "2", Expect.absent()),
                    Write.put("a", "2", Expect.revision(r1))))).isInstanceOf(StateStoreException.class)
                    .hasMessageContaining("etcd is unreachable at etcd://" + etcd.endpoint() + prefix);
            assertThatThrownBy(() -> store.changesSince(r1)).hasMessageContaining("etcd is unreachable");
            assertThatThrownBy(store::load).hasMessageContaining("etcd is unreachable");
        } finally {
            etcd.restart();
        }
        assertThat(store.load().records()).containsExactly(new StoredRecord("a", "1", r1));
        long r2 = store.commit(Commit.of(Write.put("a", "2", Expect.revision(r1)))).revision();
        assertThat(store.changesSince(r1).revision()).isEqualTo(r2);
    }

    @Test
    void aLeaseEtcdNoLongerHasIsReplacedByANewSession() throws Exception {
        String first = store.session();
        var http = java.net.http.HttpClient.newHttpClient();
        http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://" + etcd.endpoint()
                + "/v3/lease/revoke")).POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"ID\":\"" + first
                + "\"}")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        // the keep-alive (every third of the 2 s time to live) notices; this waits on etcd's real time, bounded
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        String now = store.session();
        while (now.equals(first) && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(100));
            now = store.session();
        }
        assertThat(now).isNotEqualTo(first);
        assertThat(store.isSessionAlive(first)).isFalse();
        assertThat(store.isSessionAlive(now)).isTrue();
    }
}
