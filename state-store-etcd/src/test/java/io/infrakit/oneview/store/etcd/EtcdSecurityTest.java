package io.infrakit.oneview.store.etcd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.infrakit.oneview.store.Commit;
import io.infrakit.oneview.store.Expect;
import io.infrakit.oneview.store.StateStore;
import io.infrakit.oneview.store.StateStoreException;
import io.infrakit.oneview.store.StateStores;
import io.infrakit.oneview.store.Write;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The etcd store with TLS and a client certificate, and with etcd's user authentication, against a real etcd. */
class EtcdSecurityTest {

    @TempDir
    Path dir;

    private void openssl(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("openssl.log").toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as("openssl %s: %s", command,
                Files.exists(dir.resolve("openssl.log")) ? Files.readString(dir.resolve("openssl.log")) : "").isTrue();
    }

    /** A CA, and a certificate and PKCS#8 key signed by it for {@code name} (with 127.0.0.1 as an address). */
    private void certificate(String name) throws Exception {
        openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", name + ".key");
        openssl("req", "-new", "-key", name + ".key", "-subj", "/CN=" + name, "-out", name + ".csr");
        Files.writeString(dir.resolve(name + ".ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                + "extendedKeyUsage=serverAuth,clientAuth\n");
        openssl("x509", "-req", "-in", name + ".csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                "-days", "2", "-extfile", name + ".ext", "-out", name + ".pem");
    }

    @Test
    void tlsWithAClientCertificate() throws Exception {
        RequireEtcd.assumeInstalled();
        assumeTrue(EtcdServer.binary().isPresent() && new ProcessBuilder("openssl", "version").start().waitFor() == 0,
                "openssl is not installed: TLS test skipped");
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                "ca.key", "-subj", "/CN=test-ca", "-days", "2", "-out", "ca.pem");
        certificate("server");
        certificate("client");
        try (EtcdServer etcd = EtcdServer.start(Files.createDirectories(dir.resolve("etcd")),
                "--cert-file", dir.resolve("server.pem").toString(), "--key-file", dir.resolve("server.key").toString(),
                "--client-cert-auth", "--trusted-ca-file", dir.resolve("ca.pem").toString())) {
            String base = etcd.location("/tls", "ca=" + dir.resolve("ca.pem"));
            try (StateStore store = StateStores.open(base + "&cert=" + dir.resolve("client.pem") + "&key="
                    + dir.resolve("client.key"), Map.of())) {
                long rev = store.commit(Commit.of(Write.put("a", "1", Expect.absent()))).revision();
                assertThat(store.load().records()).hasSize(1);
                assertThat(store.load().revision()).isEqualTo(rev);
            }
            assertThatThrownBy(() -> StateStores.open(base, Map.of())).isInstanceOf(StateStoreException.class)
                    .hasMessageContaining("etcd is unreachable at etcd://" + etcd.endpoint() + "/tls")
                    .hasMessageContaining("over TLS: check that the location's ca trusts etcd's certificate and, when "
                            + "etcd asks for one, its cert and key");
            assertThatThrownBy(() -> StateStores.open(etcd.location("/tls", "tls=true"), Map.of()))
                    .as("the JVM does not trust the test CA").hasMessageContaining("etcd is unreachable")
                    .hasMessageContaining("over TLS: check that the location's ca trusts etcd's certificate");
        }
    }

    private static String post(HttpClient http, String endpoint, String path, String body, String token)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + endpoint + path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void aUserAndAPasswordFromAFileOrTheEnvironment() throws Exception {
        RequireEtcd.assumeInstalled();
        try (EtcdServer etcd = EtcdServer.start(Files.createDirectories(dir.resolve("etcd")))) {
            HttpClient http = HttpClient.newHttpClient();
            post(http, etcd.endpoint(), "/v3/auth/user/add", "{\"name\":\"root\",\"password\":\"r00t-pw\"}", null);
            post(http, etcd.endpoint(), "/v3/auth/user/grant", "{\"user\":\"root\",\"role\":\"root\"}", null);
            assertThat(post(http, etcd.endpoint(), "/v3/auth/enable", "{}", null)).doesNotContain("error");
            Path password = Files.writeString(dir.resolve("etcd-password"), "r00t-pw\n");

            try (StateStore fromFile = StateStores.open(etcd.location("/auth", "user=root&password-file=" + password),
                    Map.of());
                 StateStore fromEnv = StateStores.open(etcd.location("/auth", "user=root&password-env=ETCD_PW"),
                         Map.of("ETCD_PW", "r00t-pw"))) {
                fromFile.commit(Commit.of(Write.put("a", "1", Expect.absent())));
                assertThat(fromEnv.changesSince(0).revision()).isPositive();
                assertThat(fromEnv.load().records()).hasSize(1);
            }
            assertThatThrownBy(() -> StateStores.open(etcd.location("/auth", "user=root&password-env=ETCD_PW"),
                    Map.of("ETCD_PW", "wrong"))).isInstanceOf(StateStoreException.class)
                    .hasMessageContaining("etcd at " + etcd.endpoint() + " refused /v3/auth/authenticate")
                    .hasMessageNotContaining("wrong");
            try (StateStore anonymous = StateStores.open(etcd.location("/auth", ""), Map.of())) {
                assertThatThrownBy(anonymous::load).isInstanceOf(StateStoreException.class)
                        .hasMessageContaining("etcd at " + etcd.endpoint() + " refused /v3/kv/range");
            } catch (StateStoreException refusedAtOpen) {
                assertThat(refusedAtOpen).hasMessageContaining("etcd at " + etcd.endpoint());
            }
        }
    }
}
