package io.infrakit.oneview.provider.oneview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.client.error.OneViewConnectionException;
import io.infrakit.oneview.simulator.OneViewSimulator;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.InvalidPropertiesException;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.provider.ProvisionRequest;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.provider.ProviderContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 item 8: the plugin offers the client's certificate pinning (setting, flag, environment; per group with
 * the group's own credentials), and its TLS messages name the fix that works for each failure.
 */
class PinnedCertificateTest {
    @TempDir
    Path tmp;
    OneViewSimulator sim;
    String fingerprint;

    @BeforeEach
    void start() throws Exception {
        sim = Fixture.simulator(Duration.ofMillis(20));
        Certificate cert = CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(sim.certificatePem().orElseThrow().getBytes(StandardCharsets.US_ASCII)));
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
        fingerprint = HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest); // as openssl prints it
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private Map<String, String> settingsWithoutCa() {
        Map<String, String> s = new HashMap<>(Fixture.settings(sim, tmp));
        s.remove(ProviderSettings.CA_BUNDLE);
        return s;
    }

    private OneViewInstanceProvider provider(Map<String, String> settings, Map<String, String> env) {
        return new OneViewInstanceProvider(ProviderSettings.from(new ProviderContext("instance-oneview", settings, env,
                tmp)), env, Clock.systemUTC());
    }

    @Test
    void theSettingPinsTheAppliancesCertificate() {
        Map<String, String> s = settingsWithoutCa();
        s.put(ProviderSettings.PINNED_CERTIFICATE_SHA256, fingerprint);
        try (OneViewInstanceProvider provider = provider(s, Map.of())) {
            provider.validate(Fixture.template(""));
        }
    }

    @Test
    void theEnvironmentVariablePinsItToo() {
        try (OneViewInstanceProvider provider = provider(settingsWithoutCa(),
                Map.of("OV_PINNED_CERTIFICATE_SHA256", fingerprint.replace(":", "").toLowerCase()))) {
            provider.validate(Fixture.template(""));
        }
    }

    @Test
    void anotherPinIsRefusedNamingTheCertificatePresented() {
        Map<String, String> s = settingsWithoutCa();
        s.put(ProviderSettings.PINNED_CERTIFICATE_SHA256, "00".repeat(32));
        try (OneViewInstanceProvider provider = provider(s, Map.of())) {
            assertThatThrownBy(() -> provider.validate(Fixture.template("")))
                    .isInstanceOf(InvalidPropertiesException.class)
                    .hasMessageStartingWith("the OneView appliance " + sim.baseUri() + " presents a certificate (SHA-256 "
                            + fingerprint.replace(":", "").toLowerCase() + ") other than the pinned one ("
                            + "00".repeat(32) + "): if the appliance's certificate was replaced");
        }
    }

    @Test
    void aProvisionOnAnUntrustedApplianceNamesThePluginsSettingsNotTheClientsMethods() {
        try (OneViewInstanceProvider provider = provider(settingsWithoutCa(), Map.of())) {
            assertThatThrownBy(() -> provider.provision(new ProvisionRequest("instance-1",
                    Spec.of(Fixture.template(""), Map.of()))))
                    .isInstanceOf(InstancePluginException.class)
                    .hasMessageContaining("is not trusted: its certificate is not signed by a CA the plugin trusts")
                    .hasMessageContaining("--ov-ca-bundle").hasMessageContaining("--ov-pinned-certificate-sha256")
                    .hasMessageNotContaining("caBundle()").hasMessageNotContaining("pinnedCertificateSha256()");
        }
        assertThat(sim.profileCount()).isZero();
    }

    @Test
    void anUntrustedApplianceIsToldBothFixes() {
        try (OneViewInstanceProvider provider = provider(settingsWithoutCa(), Map.of())) {
            assertThatThrownBy(() -> provider.validate(Fixture.template("")))
                    .isInstanceOf(InvalidPropertiesException.class)
                    .hasMessageStartingWith("the OneView appliance " + sim.baseUri() + " is not trusted: its certificate"
                            + " is not signed by a CA the plugin trusts; give that CA (or the appliance's self-signed"
                            + " certificate, PEM) with --ov-ca-bundle (setting ca-bundle; CaBundle with the group's"
                            + " own credentials), or pin the certificate with --ov-pinned-certificate-sha256 or"
                            + " $OV_PINNED_CERTIFICATE_SHA256 (setting pinned-certificate-sha256;"
                            + " PinnedCertificateSha256 with the group's own credentials)");
        }
    }

    @Test
    void aHostNameMismatchIsToldThatOnlyTheAddressOrAPinHelps() {
        ConnectionConfig c = new ConnectionResolver(Map.of("OV_ADDRESS", "ov.example.com", "OV_USERNAME", "u",
                "OV_PASSWORD", "p"), ProviderSettings.from(new ProviderContext("p", Map.of(), Map.of(), tmp)))
                .defaultConnection().orElseThrow();
        String message = TlsAdvice.message(c, new OneViewConnectionException("GET /rest/version failed",
                new SSLPeerUnverifiedException("Certificate for <ov.example.com> doesn't match")));
        assertThat(message).startsWith("the OneView appliance https://ov.example.com is not trusted: its certificate"
                        + " does not name the host ov.example.com; use an address with a host name (or IP) the"
                        + " certificate names, or pin the certificate with --ov-pinned-certificate-sha256")
                .contains("a CA bundle does not help here");
    }

    @Test
    void aGroupPinsOnlyWithItsOwnCredentials() {
        String groupPin = "\"PinnedCertificateSha256\":\"" + fingerprint + "\"";
        try (OneViewInstanceProvider provider = provider(settingsWithoutCa(), Map.of())) {
            assertThatThrownBy(() -> provider.validate(Fixture.template(groupPin)))
                    .isInstanceOf(InvalidPropertiesException.class)
                    .hasMessageStartingWith("CaBundle, PinnedCertificateSha256 and InsecureTLS apply only with"
                            + " credentials given in the Properties");
            provider.validate(Fixture.template(groupPin + ",\"OneView\":{\"OneViewAddress\":\"" + sim.baseUri()
                    + "\",\"OneViewUsername\":\"" + sim.userName() + "\",\"OneViewPassword\":\"" + sim.password()
                    + "\"}"));
        }
    }

    @Test
    void thePluginsPinNeverFollowsAGroupToAnotherAppliance() {
        ProviderSettings s = ProviderSettings.from(new ProviderContext("p", Map.of("address", "ov.example.com",
                ProviderSettings.PINNED_CERTIFICATE_SHA256, fingerprint), Map.of(), tmp));
        ConnectionResolver r = new ConnectionResolver(Map.of(), s);
        ConnectionConfig other = r.resolve(InstanceProperties.parse(RawJson.of("{\"TemplateName\":\"T\",\"OneView\":{"
                + "\"OneViewAddress\":\"other.example.com\",\"OneViewUsername\":\"g\",\"OneViewPassword\":\"gp\"}}")));
        assertThat(other.pinnedSha256()).isNull();
        ConnectionConfig own = r.resolve(InstanceProperties.parse(RawJson.of("{\"TemplateName\":\"T\",\"OneView\":{"
                + "\"OneViewUsername\":\"g\",\"OneViewPassword\":\"gp\"}}")));
        assertThat(own.pinnedSha256()).isEqualTo(fingerprint.replace(":", "").toLowerCase());
    }

    @Test
    void conflictingTrustSettingsStopStartUp() {
        Map<String, String> s = new HashMap<>(Fixture.settings(sim, tmp));
        s.put(ProviderSettings.PINNED_CERTIFICATE_SHA256, fingerprint);
        assertThatThrownBy(() -> provider(s, Map.of())).isInstanceOf(InstancePluginException.class)
                .hasMessageContaining("cannot be combined");
        assertThatThrownBy(() -> provider(Fixture.settings(sim, tmp), Map.of("OV_PINNED_CERTIFICATE_SHA256",
                fingerprint))).isInstanceOf(InstancePluginException.class)
                .hasMessageStartingWith("$OV_PINNED_CERTIFICATE_SHA256 and the settings ca-bundle / insecure cannot be"
                        + " combined");
        assertThatThrownBy(() -> provider(settingsWithoutCa(), Map.of("OV_PINNED_CERTIFICATE_SHA256", "xyz")))
                .hasMessageStartingWith("$OV_PINNED_CERTIFICATE_SHA256: Not a SHA-256 certificate fingerprint");
        assertThatThrownBy(() -> InstanceProperties.parse(RawJson.of("{\"TemplateName\":\"T\",\"CaBundle\":\"/c\","
                + "\"PinnedCertificateSha256\":\"" + fingerprint + "\"}"))).hasMessageContaining("cannot be combined");
    }
}
