package io.infrakit.oneview.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrakit.oneview.client.model.ServerHardware;
import io.infrakit.oneview.client.testing.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrentReloginTest extends ExpectTestSupport {
    private static final int CALLERS = 8;

    @Test
    void concurrentCallersHittingAnExpiredSessionShareExactlyOneRelogin() throws Exception {
        expectVersionAndLogin();
        CountDownLatch allRejected = new CountDownLatch(CALLERS);
        // Every caller's first attempt is held until all of them carry the expired token, then rejected.
        server.expect("GET", "/rest/server-hardware/1").authenticated(TOKEN, API).times(CALLERS)
                .respondWith(r -> {
                    allRejected.countDown();
                    try {
                        allRejected.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return Reply.json(401, "{\"errorCode\":\"AUTHORIZATION\",\"message\":\"Authorization error\"}");
                });
        expectLogin("fresh-token"); // exactly once: a second re-login would be an unmatched request
        expectLogoutOfExpired(TOKEN);
        server.expect("GET", "/rest/server-hardware/1").authenticated("fresh-token", API).times(CALLERS)
                .respondJson(200, "{\"uri\":\"/rest/server-hardware/1\",\"name\":\"bay 1\"}");
        expectLogout("fresh-token");
        client = builder().build();
        client.login();

        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Future<ServerHardware>> results = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                results.add(pool.submit(() -> client.serverHardware().get("/rest/server-hardware/1")));
            }
            for (Future<ServerHardware> f : results) {
                assertThat(f.get(10, TimeUnit.SECONDS).name()).isEqualTo("bay 1");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.count("POST", "/rest/login-sessions")).isEqualTo(2);
        closeAndVerify();
    }

    @Test
    void concurrentFirstCallsLogInOnce() throws Exception {
        expectVersionAndLogin();
        server.expect("GET", "/rest/enclosure-groups/eg1").authenticated(TOKEN, API).times(CALLERS)
                .respondJson(200, "{\"uri\":\"/rest/enclosure-groups/eg1\",\"name\":\"EG1\"}");
        expectLogout(TOKEN);
        client = builder().build();

        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                results.add(pool.submit(() -> client.enclosureGroups().get("eg1").name()));
            }
            for (Future<String> f : results) {
                assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo("EG1");
            }
        } finally {
            pool.shutdownNow();
        }
        closeAndVerify();
    }
}
