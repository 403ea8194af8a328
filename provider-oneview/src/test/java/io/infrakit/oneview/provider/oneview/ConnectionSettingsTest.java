package io.infrakit.oneview.provider.oneview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.client.Secret;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.InvalidPropertiesException;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.provider.InstanceProviderFactory;
import io.infrakit.oneview.spi.provider.ProviderContext;
import io.infrakit.oneview.spi.provider.Providers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Provider settings, and where the address and credentials come from (environment first, as in the C plugin). */
class ConnectionSettingsTest {

    @TempDir
    Path tmp;

    private ProviderSettings settings(Map<String, String> s) {
        return ProviderSettings.from(new ProviderContext("instance-oneview", s, Map.of(), tmp));
    }

    private static InstanceProperties props(String json) {
        return InstanceProperties.parse(RawJson.of(json));
    }

    private static final String OV_OBJECT = "{\"TemplateName\":\"T\",\"OneView\":{\"OneViewAddress\":\"props-ov:8443\","
            + "\"OneViewUsername\":\"props-user\",\"OneViewPassword\":\"props-pw\"}}";

    @Test
    void theProviderIsFoundByNameThroughServiceLoader() {
        InstanceProviderFactory f = Providers.named("oneview");
        assertThat(f).isInstanceOf(OneViewProviderFactory.class);
        assertThat(f.description()).contains("OneView");
    }

    @Test
    void theCliCanTellWhetherAnApplianceIsConfigured() {
        assertThat(OneViewProviderFactory.hasDefaultAppliance(new ProviderContext("p", Map.of(), Map.of(), tmp)))
                .isFalse();
        assertThat(OneViewProviderFactory.hasDefaultAppliance(new ProviderContext("p", Map.of("address", "ov"),
                Map.of(), tmp))).isTrue();
        assertThat(OneViewProviderFactory.hasDefaultAppliance(new ProviderContext("p", Map.of(),
                Map.of("OV_ADDRESS", "ov"), tmp))).isTrue();
    }

    @Test
    void defaultsWithNoSettings() {
        ProviderSettings s = settings(Map.of());
        assertThat(s.owner()).isEqualTo("instance-oneview");
        assertThat(s.taskTimeout()).isEqualTo(Duration.ofMinutes(60));
        assertThat(s.taskPollInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(s.orphanScanInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(s.maxConnections()).isEqualTo(16);
        assertThat(s.apiVersion()).isNull();
        assertThat(s.insecure()).isFalse();
        assertThat(s.defaults()).isEqualTo(PartialCredentials.NONE);
    }

    @Test
    void everySettingIsRead() throws Exception {
        Path pw = tmp.resolve("pw");
        Files.writeString(pw, "file-secret\n");
        Map<String, String> m = new HashMap<>(Map.of("address", "ov.example.com", "username", "infrakit",
                "password-file", pw.toString(), "login-domain", "corp", "api-version", "2400", "task-timeout", "30m"));
        m.putAll(Map.of("task-poll-interval", "250ms", "retry-backoff", "1s", "max-connections", "4",
                "orphan-scan-interval", "0", "owner", "team-a"));
        ProviderSettings s = settings(m);
        assertThat(s.defaults()).isEqualTo(new PartialCredentials("ov.example.com", "infrakit",
                Secret.of("file-secret"), "corp"));
        assertThat(s.apiVersion()).isEqualTo(2400);
        assertThat(s.taskTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(s.taskPollInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(s.retryBackoff()).isEqualTo(Duration.ofSeconds(1));
        assertThat(s.maxConnections()).isEqualTo(4);
        assertThat(s.orphanScanInterval()).isZero();
        assertThat(s.owner()).isEqualTo("team-a");
        assertThat(s.toString()).doesNotContain("file-secret");
    }

    @Test
    void badSettingsAreNamed() {
        assertThatThrownBy(() -> settings(Map.of("api-version", "abc"))).isInstanceOf(InstancePluginException.class)
                .hasMessageContaining("setting api-version");
        assertThatThrownBy(() -> settings(Map.of("insecure", "maybe"))).hasMessageContaining("setting insecure");
        assertThatThrownBy(() -> settings(Map.of("insecure", "true", "ca-bundle", "/ca.pem")))
                .hasMessage("settings ca-bundle, pinned-certificate-sha256 and insecure=true cannot be combined:"
                        + " choose one way to trust the appliance");
        assertThatThrownBy(() -> settings(Map.of("pinned-certificate-sha256", "AB:CD")))
                .hasMessageStartingWith("setting pinned-certificate-sha256: Not a SHA-256 certificate fingerprint");
        assertThatThrownBy(() -> settings(Map.of("task-timeout", "soon"))).hasMessageContaining("setting task-timeout");
        assertThatThrownBy(() -> settings(Map.of("task-poll-interval", "0s")))
                .hasMessageContaining("setting task-poll-interval must be more than zero");
        assertThatThrownBy(() -> settings(Map.of("max-connections", "0"))).hasMessageContaining("max-connections");
        assertThatThrownBy(() -> settings(Map.of("owner", "a b"))).hasMessageContaining("setting owner");
        assertThatThrownBy(() -> settings(Map.of("address", "ftp://x"))).hasMessageContaining("setting address");
        assertThatThrownBy(() -> settings(Map.of("password-file", tmp.resolve("missing").toString())))
                .hasMessageContaining("setting password-file");
    }

    @Test
    void aCredentialsFileSetsEverything() throws Exception {
        Path f = tmp.resolve("ov.properties");
        Files.writeString(f, "address=file-ov\nusername=file-user\npassword=file-pw\nlogin-domain=ad\n");
        ProviderSettings s = settings(Map.of("credentials-file", f.toString()));
        assertThat(s.defaults()).isEqualTo(new PartialCredentials("file-ov", "file-user", Secret.of("file-pw"), "ad"));
        Files.writeString(f, "adress=x\n");
        assertThatThrownBy(() -> settings(Map.of("credentials-file", f.toString())))
                .hasMessageContaining("unknown keys [adress]");
    }

    @Test
    void theEnvironmentWinsOverThePropertiesWhichWinOverTheSettings() throws Exception {
        Path pw = tmp.resolve("pw");
        Files.writeString(pw, "settings-pw");
        ProviderSettings s = settings(Map.of("address", "settings-ov", "username", "settings-user",
                "password-file", pw.toString()));
        Map<String, String> env = new HashMap<>();
        env.put("OV_ADDRESS", "env-ov");
        ConnectionConfig c = new ConnectionResolver(env, s).resolve(props(OV_OBJECT));
        assertThat(c.address()).isEqualTo("https://env-ov");
        assertThat(c.username()).isEqualTo("props-user");
        assertThat(c.password()).isEqualTo(Secret.of("props-pw"));

        env.put("OV_USERNAME", "env-user");
        env.put("OV_PASSWORD", "env-pw");
        c = new ConnectionResolver(env, s).resolve(props(OV_OBJECT));
        assertThat(c.username()).isEqualTo("env-user");
        assertThat(c.password()).isEqualTo(Secret.of("env-pw"));

        c = new ConnectionResolver(Map.of(), s).resolve(props(OV_OBJECT));
        assertThat(c.address()).isEqualTo("https://props-ov:8443");

        c = new ConnectionResolver(Map.of(), s).resolve(props("{\"TemplateName\":\"T\"}"));
        assertThat(c.address()).isEqualTo("https://settings-ov");
        assertThat(c.username()).isEqualTo("settings-user");
        assertThat(c.password()).isEqualTo(Secret.of("settings-pw"));
        assertThat(c.toString()).doesNotContain("settings-pw");
    }

    @Test
    void thePropertiesCredentialsFileComesAfterTheOneViewObject() throws Exception {
        Path f = tmp.resolve("group.properties");
        Files.writeString(f, "address=file-ov\nusername=file-user\npassword=file-pw\n");
        ConnectionConfig c = new ConnectionResolver(Map.of(), settings(Map.of())).resolve(props(
                "{\"TemplateName\":\"T\",\"CredentialsFile\":\"" + f + "\",\"OneView\":{\"OneViewUsername\":\"u\"}}"));
        assertThat(c.address()).isEqualTo("https://file-ov");
        assertThat(c.username()).isEqualTo("u");
        assertThat(c.password()).isEqualTo(Secret.of("file-pw"));
        assertThatThrownBy(() -> new ConnectionResolver(Map.of(), settings(Map.of())).resolve(props(
                "{\"TemplateName\":\"T\",\"CredentialsFile\":\"" + tmp.resolve("nope") + "\"}")))
                .isInstanceOf(InvalidPropertiesException.class).hasMessageStartingWith("CredentialsFile: cannot read");
    }

    @Test
    void missingCredentialsSayWhereToSetThem() {
        ConnectionResolver r = new ConnectionResolver(Map.of(), settings(Map.of()));
        assertThatThrownBy(() -> r.resolve(props("{\"TemplateName\":\"T\"}")))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("$OV_ADDRESS").hasMessageContaining("OneView.OneViewAddress")
                .hasMessageContaining("setting address");
        assertThatThrownBy(() -> r.resolve(props("{\"TemplateName\":\"T\",\"OneView\":{\"OneViewAddress\":\"a\"}}")))
                .hasMessageContaining("OneView.OneViewUsername and OneView.OneViewPassword");
        ConnectionResolver withAddress = new ConnectionResolver(Map.of("OV_ADDRESS", "a"), settings(Map.of()));
        assertThatThrownBy(() -> withAddress.resolve(props("{\"TemplateName\":\"T\"}")))
                .hasMessageContaining("No OneView user name: set $OV_USERNAME");
        ConnectionResolver withUser = new ConnectionResolver(Map.of("OV_ADDRESS", "a", "OV_USERNAME", "u"),
                settings(Map.of()));
        assertThatThrownBy(() -> withUser.resolve(props("{\"TemplateName\":\"T\"}")))
                .hasMessageContaining("No OneView password: set $OV_PASSWORD");
    }

    @Test
    void tlsPropertiesApplyOnlyWithCredentialsTheGroupGaveItself() {
        ProviderSettings insecure = settings(Map.of("insecure", "true"));
        ConnectionResolver operator = new ConnectionResolver(Map.of("OV_ADDRESS", "a", "OV_USERNAME", "u",
                "OV_PASSWORD", "p"), insecure);
        assertThat(operator.resolve(props("{\"TemplateName\":\"T\"}")).insecure()).isTrue();
        assertThatThrownBy(() -> operator.resolve(props("{\"TemplateName\":\"T\",\"InsecureTLS\":true}")))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("apply only with credentials given in the Properties");

        ConnectionResolver groupOwn = new ConnectionResolver(Map.of(), insecure);
        ConnectionConfig c = groupOwn.resolve(props("{\"TemplateName\":\"T\",\"CaBundle\":\"/ca.pem\","
                + "\"OneView\":{\"OneViewAddress\":\"a\",\"OneViewUsername\":\"u\",\"OneViewPassword\":\"p\"}}"));
        assertThat(c.insecure()).isFalse();
        assertThat(c.caBundle()).isEqualTo(Path.of("/ca.pem"));
    }

    @Test
    void thePluginsOwnPasswordIsNeverSentToAnApplianceTheGroupNames() throws Exception {
        java.nio.file.Path passwordFile = java.nio.file.Files.createTempFile("ov", ".pw");
        try {
            java.nio.file.Files.writeString(passwordFile, "operator-secret");
            ProviderSettings operator = settings(Map.of("address", "ov.example.com", "username", "admin",
                    "password-file", passwordFile.toString()));
            ConnectionResolver r = new ConnectionResolver(Map.of(), operator);

            assertThat(r.resolve(props("{\"TemplateName\":\"T\"}")).address()).isEqualTo("https://ov.example.com");
            assertThatThrownBy(() -> r.resolve(props("{\"TemplateName\":\"T\",\"OneView\":{\"OneViewAddress\":"
                    + "\"evil.example.com\"}}")))
                    .isInstanceOf(InvalidPropertiesException.class)
                    .hasMessageStartingWith("the Properties name the OneView appliance https://evil.example.com, which is"
                            + " not the plugin's own appliance (https://ov.example.com) but not a complete user name"
                            + " and password of their own");
            assertThatThrownBy(() -> r.resolve(props("{\"TemplateName\":\"T\",\"OneView\":{\"OneViewAddress\":"
                    + "\"evil.example.com\",\"OneViewUsername\":\"admin\"}}")))
                    .isInstanceOf(InvalidPropertiesException.class)
                    .hasMessageContaining("are only ever sent to the plugin's own appliance");
        } finally {
            java.nio.file.Files.deleteIfExists(passwordFile);
        }
    }

    @Test
    void plainHttpIsRefusedExceptToThisMachine() {
        ConnectionResolver r = new ConnectionResolver(Map.of("OV_USERNAME", "u", "OV_PASSWORD", "p"),
                settings(Map.of()));
        assertThat(new ConnectionResolver(Map.of("OV_ADDRESS", "http://127.0.0.1:8080", "OV_USERNAME", "u",
                "OV_PASSWORD", "p"), settings(Map.of())).resolve(props("{\"TemplateName\":\"T\"}")).address())
                .isEqualTo("http://127.0.0.1:8080");
        assertThat(settings(Map.of("address", "http://localhost")).defaults().address()).isEqualTo("http://localhost");
        assertThatThrownBy(() -> settings(Map.of("address", "http://ov.example.com")))
                .hasMessageStartingWith("setting address: ").hasMessageContaining("clear text");
        assertThatThrownBy(() -> r.resolve(props("{\"TemplateName\":\"T\",\"OneView\":{\"OneViewAddress\":"
                + "\"http://ov.example.com\",\"OneViewUsername\":\"g\",\"OneViewPassword\":\"gp\"}}")))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageStartingWith("OneView.OneViewAddress: ").hasMessageContaining("clear text");
    }

    @Test
    void profileMarkersRoundTripAndStayShort() {
        ProfileMarker m = new ProfileMarker("instance-oneview", "instance-42", Map.of("infrakit.group", "workers"));
        assertThat(m.toDescription()).startsWith("infrakit:{").contains("instance-42");
        assertThat(ProfileMarker.parse(m.toDescription())).contains(m);
        assertThat(ProfileMarker.parse("web server template")).isEmpty();
        assertThat(ProfileMarker.parse("infrakit:not json")).isEmpty();
        ProfileMarker big = new ProfileMarker("o", "instance-1", Map.of("infrakit.group", "g", "x", "y".repeat(300)));
        assertThat(big.toDescription()).hasSizeLessThanOrEqualTo(ProfileMarker.MAX_LENGTH).contains("infrakit.group")
                .doesNotContain("yyy");
    }

    @Test
    void profileNamesComeFromTheInstanceIdNeverTheRpcId() {
        assertThat(ProfileNames.render(null, "Docker", "instance-5078200716177350816", null, Map.of()))
                .isEqualTo("Docker-5078200716177350816");
        assertThat(ProfileNames.render("{group}-{logicalId}", "Docker", "instance-1", "10.0.0.1",
                Map.of("infrakit.group", "quorum"))).isEqualTo("quorum-10.0.0.1");
        assertThatThrownBy(() -> ProfileNames.render("{group}-{logicalId}", "D", "instance-1", null, Map.of()))
                .hasMessageContaining("needs a LogicalID");
    }
}
