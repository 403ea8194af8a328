package io.infrakit.oneview.provider.oneview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.client.Secret;
import io.infrakit.oneview.client.testing.HandlerHttpServer;
import io.infrakit.oneview.client.transport.TransportRequest;
import io.infrakit.oneview.client.transport.TransportResponse;
import io.infrakit.oneview.spi.InvalidPropertiesException;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.provider.ProviderContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 items 1 and 2: the plugin's own credentials (flags, files, environment) only ever go to the plugin's own
 * appliance, with its own user name and login domain. Each attack is played against a listening loopback "appliance"
 * the group names, which records every request: on the plugin before this fix, the operator's password arrived there.
 */
class CredentialsFlowTest {
    private static final String OPERATOR_PASSWORD = "operator-Pa55word";
    private static final Map<String, String> OPERATOR_ENV = Map.of("OV_USERNAME", "operator", "OV_PASSWORD",
            OPERATOR_PASSWORD);

    @TempDir
    Path tmp;
    private final List<TransportRequest> received = new CopyOnWriteArrayList<>();
    private HandlerHttpServer attacker;

    @BeforeEach
    void listen() {
        attacker = HandlerHttpServer.start(request -> {
            received.add(request);
            return request.target().equals("/rest/version")
                    ? TransportResponse.json(200, "{\"minimumVersion\":120,\"currentVersion\":800}")
                    : TransportResponse.json(401, "{\"errorCode\":\"AUTHN_AUTH_FAIL\",\"message\":\"no\"}");
        });
    }

    @AfterEach
    void stop() {
        attacker.close();
    }

    private OneViewInstanceProvider provider(Map<String, String> settings, Map<String, String> env) {
        return new OneViewInstanceProvider(ProviderSettings.from(new ProviderContext("instance-oneview", settings, env,
                tmp)), env, Clock.systemUTC());
    }

    private Map<String, String> operatorSettings() throws Exception {
        Path pw = Files.writeString(tmp.resolve("pw"), OPERATOR_PASSWORD);
        return Map.of("address", "ov.example.com", "username", "operator", "password-file", pw.toString());
    }

    /** Plays the group's properties against the plugin and says what reached the listening appliance. */
    private void assertRefusedAndNothingSent(OneViewInstanceProvider provider, String properties, String message) {
        try (provider) {
            assertThatThrownBy(() -> provider.validate(RawJson.of(properties)))
                    .isInstanceOf(InvalidPropertiesException.class)
                    .hasMessageContaining(message)
                    .message().doesNotContain(OPERATOR_PASSWORD);
        }
        assertThat(received).as("requests that reached the appliance the group named").isEmpty();
    }

    @Test
    void environmentCredentialsAreNotSentToTheApplianceAGroupNames() {
        assertRefusedAndNothingSent(provider(Map.of(), OPERATOR_ENV),
                "{\"TemplateName\":\"T\",\"OneView\":{\"OneViewAddress\":\"" + attacker.address() + "\"}}",
                "the Properties name the OneView appliance " + attacker.address() + ", which is not the plugin's own"
                        + " appliance (none is configured) but not a complete user name and password of their own");
    }

    @Test
    void environmentCredentialsAreNotSentToTheAddressOfAGroupsCredentialsFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("group.properties"), "address=" + attacker.address() + "\n");
        assertRefusedAndNothingSent(provider(Map.of(), OPERATOR_ENV),
                "{\"TemplateName\":\"T\",\"CredentialsFile\":\"" + file + "\"}",
                "which is not the plugin's own appliance");
    }

    @Test
    void settingsCredentialsAreNotSentToTheApplianceAGroupNames() throws Exception {
        assertRefusedAndNothingSent(provider(operatorSettings(), Map.of()),
                "{\"TemplateName\":\"T\",\"OneView\":{\"OneViewAddress\":\"" + attacker.address()
                        + "\",\"OneViewUsername\":\"operator\"}}",
                "which is not the plugin's own appliance (https://ov.example.com)");
    }

    @Test
    void theOperatorsPasswordIsNotSentWithAUserNameTheGroupChose() {
        Map<String, String> env = Map.of("OV_ADDRESS", attacker.address(), "OV_PASSWORD", OPERATOR_PASSWORD);
        assertRefusedAndNothingSent(provider(Map.of(), env),
                "{\"TemplateName\":\"T\",\"OneView\":{\"OneViewUsername\":\"someone-else\"}}",
                "the Properties set a user name but not a complete user name and password of their own");
    }

    @Test
    void theOperatorsPasswordIsNotSentToALoginDomainTheGroupChose() throws Exception {
        Path pw = Files.writeString(tmp.resolve("pw"), OPERATOR_PASSWORD);
        Map<String, String> settings = Map.of("address", attacker.address(), "username", "operator",
                "password-file", pw.toString());
        assertRefusedAndNothingSent(provider(settings, Map.of()),
                "{\"TemplateName\":\"T\",\"LoginDomain\":\"directory-the-group-controls\"}",
                "the Properties set a login domain (LoginDomain) but not a complete user name and password");
    }

    @Test
    void environmentCredentialsDoNotTakeAGroupsLoginDomain() {
        Map<String, String> env = Map.of("OV_ADDRESS", attacker.address(), "OV_USERNAME", "operator",
                "OV_PASSWORD", OPERATOR_PASSWORD);
        assertRefusedAndNothingSent(provider(Map.of(), env),
                "{\"TemplateName\":\"T\",\"LoginDomain\":\"directory-the-group-controls\"}",
                "LoginDomain applies only with the group's own credentials");
    }

    @Test
    void plainHttpToANameThatMerelyLooksLikeLoopbackIsRefused() {
        assertRefusedAndNothingSent(provider(Map.of(), Map.of("OV_ADDRESS", "http://127.10.1.2.3.nip.io:8080",
                        "OV_USERNAME", "operator", "OV_PASSWORD", OPERATOR_PASSWORD)),
                "{\"TemplateName\":\"T\"}", "$OV_ADDRESS: 'http://127.10.1.2.3.nip.io:8080' is plain http://");
        assertRefusedAndNothingSent(provider(Map.of(), Map.of()),
                "{\"TemplateName\":\"T\",\"OneView\":{\"OneViewAddress\":\"http://127.0.0.1.nip.io\","
                        + "\"OneViewUsername\":\"g\",\"OneViewPassword\":\"gp\"}}",
                "OneView.OneViewAddress: 'http://127.0.0.1.nip.io' is plain http://");
    }

    @Test
    void aGroupWithItsOwnCredentialsReachesItsOwnApplianceWithThem() {
        try (OneViewInstanceProvider provider = provider(Map.of(), OPERATOR_ENV)) {
            assertThatThrownBy(() -> provider.validate(RawJson.of("{\"TemplateName\":\"T\",\"OneView\":{"
                    + "\"OneViewAddress\":\"" + attacker.address() + "\",\"OneViewUsername\":\"group-user\","
                    + "\"OneViewPassword\":\"group-pw\"}}")))
                    .isInstanceOf(InvalidPropertiesException.class).hasMessageContaining("cannot log in");
        }
        assertThat(received).extracting(TransportRequest::target)
                .containsExactly("/rest/version", "/rest/login-sessions");
        assertThat(received.get(1).bodyText()).contains("\"group-user\"", "\"group-pw\"")
                .doesNotContain(OPERATOR_PASSWORD).doesNotContain("operator");
    }

    @Test
    void theOperatorsCredentialsStillGoToTheOperatorsAppliance() throws Exception {
        ConnectionResolver r = new ConnectionResolver(OPERATOR_ENV, ProviderSettings.from(new ProviderContext("p",
                Map.of("address", "ov.example.com"), OPERATOR_ENV, tmp)));
        for (String same : new String[] {"{\"TemplateName\":\"T\"}",
                "{\"TemplateName\":\"T\",\"OneView\":{\"OneViewAddress\":\"https://OV.example.com:443/\"}}"}) {
            ConnectionConfig c = r.resolve(InstanceProperties.parse(RawJson.of(same)));
            assertThat(c.address()).as(same).isEqualTo("https://ov.example.com");
            assertThat(c.username()).isEqualTo("operator");
            assertThat(c.password()).isEqualTo(Secret.of(OPERATOR_PASSWORD));
        }
    }
}
