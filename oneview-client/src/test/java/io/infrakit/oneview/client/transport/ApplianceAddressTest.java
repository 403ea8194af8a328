package io.infrakit.oneview.client.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApplianceAddressTest {

    @ParameterizedTest
    @CsvSource({
            "ov.example.com, https://ov.example.com",
            "OV.Example.com:8443, https://ov.example.com:8443",
            "HTTPS://ov.example.com/, https://ov.example.com",
            "' https://10.0.0.5 ', https://10.0.0.5",
            "https://ov:443, https://ov:443",
            "http://127.0.0.1:8080, http://127.0.0.1:8080",
            "http://127.255.255.254, http://127.255.255.254",
            "http://localhost, http://localhost",
            "http://[::1]:8443, http://[::1]:8443",
            "http://[0:0:0:0:0:0:0:1], http://[0:0:0:0:0:0:0:1]",
            "https://[fe80::1], https://[fe80::1]"})
    void acceptedFormsAreNormalised(String given, String normalised) {
        ApplianceAddress a = ApplianceAddress.parse(given);
        assertThat(a).hasToString(normalised);
        assertThat(a).isEqualTo(ApplianceAddress.parse(normalised));
        assertThat(ApplianceAddress.of(URI.create(normalised))).isEqualTo(a);
    }

    /** Issue 10 item 1: loopback is decided on literals, never on a name's first characters nor by resolving it. */
    @ParameterizedTest
    @ValueSource(strings = {"http://127.10.1.2.3.nip.io", "http://127.0.0.1.nip.io", "http://localhost.example.com",
            "http://0177.0.0.1", "http://0.0.0.0", "http://10.0.0.1",
            "http://[::2]", "http://[::ffff:10.0.0.1]", "http://ov.example.com"})
    void plainHttpToAnythingButALoopbackLiteralIsRefused(String address) {
        assertThatThrownBy(() -> ApplianceAddress.parse(address))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is plain http:// to")
                .hasMessageEndingWith("the password would cross the network in clear text: use https://");
    }

    @Test
    void aTrailingDotIsNoLoopbackLiteralEither() {
        assertThatThrownBy(() -> ApplianceAddress.parse("http://localhost.")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApplianceAddress.parse("http://127.0.0.1.")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApplianceAddress.parse("http://127.1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameNamesAreFineOverHttps() {
        assertThat(ApplianceAddress.parse("https://127.10.1.2.3.nip.io").isLoopback()).isFalse();
        assertThat(ApplianceAddress.parse("127.0.0.1").isLoopback()).isTrue();
        assertThat(ApplianceAddress.parse("http://[::ffff:127.0.0.1]").isLoopback()).isTrue();
    }

    @Test
    void malformedAddressesAreRefusedWithoutEchoingCredentials() {
        assertThatThrownBy(() -> ApplianceAddress.parse("https://admin:s3cret@ov.example.com"))
                .hasMessage("The appliance address 'https://ov.example.com' must not hold a user name or password"
                        + " (user@ or user:password@): give credentials separately");
        assertThatThrownBy(() -> ApplianceAddress.parse("admin:s3cret@ov")).message().doesNotContain("s3cret");
        assertThatThrownBy(() -> ApplianceAddress.parse("ftp://ov"))
                .hasMessage("The appliance address must be https:// (or http:// to this machine), not 'ftp://ov'");
        assertThatThrownBy(() -> ApplianceAddress.parse("https://ov/rest?x=1"))
                .hasMessage("The appliance address must be scheme://host[:port] only, not 'https://ov/rest?x=1'");
        assertThatThrownBy(() -> ApplianceAddress.parse("ov:70000")).hasMessageContaining("port 70000");
        assertThatThrownBy(() -> ApplianceAddress.parse("  ")).hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> ApplianceAddress.parse("https://bad_host")).hasMessageContaining("no valid host");
        assertThatThrownBy(() -> ApplianceAddress.parse("ov ex")).hasMessageContaining("is not an appliance address");
    }

    @Test
    void sameEndpointKnowsDefaultPorts() {
        ApplianceAddress plain = ApplianceAddress.parse("ov");
        assertThat(plain.sameEndpoint(ApplianceAddress.parse("https://OV:443"))).isTrue();
        assertThat(plain).isNotEqualTo(ApplianceAddress.parse("https://ov:443"));
        assertThat(plain.sameEndpoint(ApplianceAddress.parse("ov:8443"))).isFalse();
        assertThat(ApplianceAddress.parse("http://localhost").effectivePort()).isEqualTo(80);
        assertThat(plain.resolve("/rest/version")).isEqualTo(URI.create("https://ov/rest/version"));
    }
}
