package io.infrakit.oneview.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuilderTest {

    @Test
    void addressForms() {
        try (OneViewClient c = OneViewClient.builder().address("ov.example.com:8443").credentials("u", "p").build()) {
            assertThat(c.toString()).contains("address=https://ov.example.com:8443");
        }
        try (OneViewClient c = OneViewClient.builder().address("https://ov.example.com/").credentials("u", "p").build()) {
            assertThat(c.toString()).contains("address=https://ov.example.com,");
        }
        assertThatThrownBy(() -> OneViewClient.builder().address("ftp://ov"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The appliance address must be https:// (or http:// to this machine), not 'ftp://ov'");
        assertThatThrownBy(() -> OneViewClient.builder().address("https://ov/rest"))
                .hasMessage("The appliance address must be scheme://host[:port] only, not 'https://ov/rest'");
        assertThatThrownBy(() -> OneViewClient.builder().address("https://user:pw@ov"))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("pw");
    }

    /** Issue 10 item 1: a name that merely starts like a loopback address is a DNS name that may resolve anywhere. */
    @Test
    void plainHttpGoesOnlyToLoopbackLiteralsNeverToANameThatLooksLikeOne() {
        for (String attack : new String[] {"http://127.10.1.2.3.nip.io", "http://127.0.0.1.nip.io:8080",
                "http://localhost.evil.example"}) {
            assertThatThrownBy(() -> OneViewClient.builder().address(attack))
                    .as(attack)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("plain http://")
                    .hasMessageContaining("use https://");
        }
        for (String odd : new String[] {"http://127.0.0.1.", "http://0x7f.0.0.1", "http://127.1"}) {
            assertThatThrownBy(() -> OneViewClient.builder().address(odd)).isInstanceOf(IllegalArgumentException.class);
        }
        for (String local : new String[] {"http://127.0.0.1:8080", "http://127.10.1.2", "http://localhost:1",
                "http://[::1]:8080", "http://LOCALHOST"}) {
            try (OneViewClient c = OneViewClient.builder().address(local).credentials("u", "p").build()) {
                assertThat(c.toString()).as(local).contains("address=http://");
            }
        }
    }

    @Test
    void aTransportOfYourOwnExcludesTheDefaultTransportsSettings() {
        OneViewClient.Builder b = OneViewClient.builder().address("ov").credentials("u", "p")
                .transport(io.infrakit.oneview.client.transport.InMemoryTransport.of(r -> null))
                .connectTimeout(Duration.ofSeconds(1)).caBundle(Path.of("/ca.pem"));
        assertThatThrownBy(b::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("connectTimeout, caBundle configure the default HTTP transport; with transport(...)"
                        + " configure the transport you give instead");
        try (OneViewClient c = OneViewClient.builder().address("ov").credentials("u", "p")
                .transport(io.infrakit.oneview.client.transport.InMemoryTransport.of(r -> null)).build()) {
            assertThat(c.toString()).contains("transport=InMemoryTransport");
        }
    }

    @Test
    void requiredSettings() {
        assertThatThrownBy(() -> OneViewClient.builder().credentials("u", "p").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The appliance address is required (Builder.address)");
        assertThatThrownBy(() -> OneViewClient.builder().address("ov").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Credentials are required (Builder.credentials)");
        assertThatThrownBy(() -> OneViewClient.builder().credentials(" ", "p"))
                .hasMessage("userName must not be blank");
    }

    @Test
    void invalidValues() {
        OneViewClient.Builder b = OneViewClient.builder();
        assertThatThrownBy(() -> b.connectTimeout(Duration.ZERO)).hasMessage("connectTimeout must be positive but was PT0S");
        assertThatThrownBy(() -> b.maxConnections(0)).hasMessage("maxConnections must be >= 1 but was 0");
        assertThatThrownBy(() -> b.maxRetries(-1)).hasMessage("maxRetries must be >= 0 but was -1");
        assertThatThrownBy(() -> b.retryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessage("retry max backoff must be >= PT2S but was PT1S");
        assertThatThrownBy(() -> b.taskPollInterval(Duration.ofSeconds(-1), Duration.ofSeconds(1)))
                .hasMessage("task poll initial interval must be positive but was PT-1S");
        assertThatThrownBy(() -> ApiVersionPolicy.pinned(0)).hasMessage("API version must be positive but was 0");
        assertThatThrownBy(() -> ApiVersionPolicy.between(800, 300)).hasMessage("Invalid API version range 800..300");
    }

    @Test
    void insecureAndCaBundleConflict(@TempDir Path dir) throws Exception {
        Path pem = Files.writeString(dir.resolve("ca.pem"), "not a certificate");
        assertThatThrownBy(() -> OneViewClient.builder().address("ov").credentials("u", "p").caBundle(pem)
                .insecureSkipTlsVerification().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Choose one of caBundle(), pinnedCertificateSha256() and insecureSkipTlsVerification()");
        assertThatThrownBy(() -> OneViewClient.builder().address("ov").credentials("u", "p").caBundle(pem).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("CA bundle " + pem + " holds no valid PEM certificate (expected"
                        + " -----BEGIN CERTIFICATE----- blocks)");
        assertThatThrownBy(() -> OneViewClient.builder().address("ov").credentials("u", "p")
                .caBundle(dir.resolve("missing.pem")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cannot read CA bundle " + dir.resolve("missing.pem"));
    }

    @Test
    void versionPolicies() {
        ApplianceVersion v = new ApplianceVersion(120, 2000);
        assertThat(ApiVersionPolicy.highestCommon().select(v)).isEqualTo(2000);
        assertThat(ApiVersionPolicy.between(300, 800).select(v)).isEqualTo(800);
        assertThat(ApiVersionPolicy.pinned(1200).select(v)).isEqualTo(1200);
        assertThatThrownBy(() -> ApiVersionPolicy.between(3000, 4000).select(v))
                .hasMessage("No common API version: the appliance serves 120..2000, the client accepts 3000..4000");
        assertThatThrownBy(() -> ApiVersionPolicy.highestCommon().select(new ApplianceVersion(1, 100)))
                .hasMessage("No common API version: the appliance serves 1..100, the client accepts 120..8600");
    }
}
