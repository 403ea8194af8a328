package io.infrakit.oneview.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.client.error.OneViewException;
import io.infrakit.oneview.client.error.UnauthorizedException;
import io.infrakit.oneview.client.error.UnsupportedApiVersionException;
import io.infrakit.oneview.client.testing.Reply;
import org.junit.jupiter.api.Test;

class SessionExpectTest extends ExpectTestSupport {

    @Test
    void buildingDoesNoIo() {
        client = builder().build();
        client.close();
        client = null;
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void loginNegotiatesHighestCommonVersionAndLogsOutOnClose() {
        expectVersionAndLogin();
        expectLogout(TOKEN);
        client = builder().build();

        client.login();
        client.login();

        assertThat(client.apiVersion()).isEqualTo(800);
        assertThat(client.applianceVersion()).isEqualTo(new ApplianceVersion(120, 800));
        closeAndVerify();
    }

    @Test
    void highestCommonIsCappedByTheClient() {
        server.expect("GET", "/rest/version").respondJson(200, "{\"minimumVersion\":120,\"currentVersion\":99999}");
        client = builder().build();
        assertThat(client.apiVersion()).isEqualTo(ApiVersionPolicy.CLIENT_MAXIMUM);
        closeAndVerify();
    }

    @Test
    void loginDomainIsSentOnlyWhenConfigured() {
        server.expect("GET", "/rest/version").respondJson(200, "{\"minimumVersion\":120,\"currentVersion\":800}");
        server.expect("POST", "/rest/login-sessions")
                .withJsonBody("{\"userName\":\"" + USER + "\",\"password\":\"" + PASSWORD
                        + "\",\"authLoginDomain\":\"corp.example\",\"loginMsgAck\":true}")
                .respondJson(200, "{\"sessionID\":\"" + TOKEN + "\"}");
        expectLogout(TOKEN);
        client = builder().loginDomain("corp.example").build();
        client.login();
        closeAndVerify();
    }

    @Test
    void pinnedVersionIsUsedWhenServed() {
        server.expect("GET", "/rest/version").respondJson(200, "{\"minimumVersion\":120,\"currentVersion\":800}");
        server.expect("POST", "/rest/login-sessions").withHeader("X-API-Version", "300")
                .respondJson(200, "{\"sessionID\":\"t\"}");
        server.expect("DELETE", "/rest/login-sessions").withHeader("X-API-Version", "300").withHeader("Auth", "t")
                .respond(Reply.empty(204));
        client = builder().apiVersion(ApiVersionPolicy.pinned(300)).build();
        client.login();
        assertThat(client.apiVersion()).isEqualTo(300);
        closeAndVerify();
    }

    @Test
    void pinnedVersionTheApplianceCannotServeIsRefusedBeforeLogin() {
        server.expect("GET", "/rest/version").respondJson(200, "{\"minimumVersion\":120,\"currentVersion\":800}");
        client = builder().apiVersion(ApiVersionPolicy.pinned(1200)).build();

        assertThatThrownBy(client::login)
                .isInstanceOf(UnsupportedApiVersionException.class)
                .hasMessage("API version 1200 is pinned but the appliance serves only 120..800");
        closeAndVerify();
    }

    @Test
    void wrongCredentialsGiveUnauthorizedWithoutThePassword() {
        server.expect("GET", "/rest/version").respondJson(200, "{\"minimumVersion\":120,\"currentVersion\":800}");
        server.expect("POST", "/rest/login-sessions").respondJson(401, "{\"errorCode\":\"AUTHN_AUTH_FAIL\","
                + "\"message\":\"Invalid username or password or directory.\",\"details\":\"\","
                + "\"recommendedActions\":[\"Enter correct credentials and try again.\"],\"nestedErrors\":[]}");
        client = builder().build();

        assertThatThrownBy(client::login)
                .isInstanceOfSatisfying(UnauthorizedException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.errorCode()).isEqualTo("AUTHN_AUTH_FAIL");
                    assertThat(e.error().recommendedActions()).containsExactly("Enter correct credentials and try again.");
                })
                .hasMessage("POST /rest/login-sessions failed with HTTP 401: AUTHN_AUTH_FAIL: Invalid username or"
                        + " password or directory. Recommended: Enter correct credentials and try again.")
                .message().doesNotContain(PASSWORD);
        closeAndVerify();
    }

    @Test
    void callsAfterCloseAreRefused() {
        client = builder().build();
        client.close();
        assertThatThrownBy(() -> client.serverHardware().get("abc"))
                .isInstanceOf(OneViewException.class)
                .hasMessage("The OneView client is closed");
        client = null;
        server.verify();
    }

    @Test
    void expiredSessionIsRenewedOnceAndTheCallRepeated() {
        expectVersionAndLogin();
        server.expect("GET", "/rest/server-hardware/1").authenticated(TOKEN, API)
                .respondJson(401, "{\"errorCode\":\"AUTHORIZATION\",\"message\":\"Authorization error\"}");
        expectLogin("fresh-token");
        expectLogoutOfExpired(TOKEN);
        server.expect("GET", "/rest/server-hardware/1").authenticated("fresh-token", API)
                .respondJson(200, "{\"uri\":\"/rest/server-hardware/1\",\"name\":\"Encl1, bay 1\"}");
        expectLogout("fresh-token");
        client = builder().build();

        assertThat(client.serverHardware().get("1").name()).isEqualTo("Encl1, bay 1");
        closeAndVerify();
    }

    @Test
    void aSecond401AfterReloginIsThrown() {
        expectVersionAndLogin();
        server.expect("GET", "/rest/tasks/1").authenticated(TOKEN, API)
                .respondJson(401, "{\"errorCode\":\"AUTHORIZATION\",\"message\":\"Authorization error\"}");
        expectLogin("fresh-token");
        expectLogoutOfExpired(TOKEN);
        server.expect("GET", "/rest/tasks/1").authenticated("fresh-token", API)
                .respondJson(401, "{\"errorCode\":\"AUTHORIZATION\",\"message\":\"User not authorized\"}");
        expectLogout("fresh-token");
        client = builder().build();

        assertThatThrownBy(() -> client.tasks().get("/rest/tasks/1"))
                .isInstanceOf(UnauthorizedException.class)
                .hasMessageContaining("User not authorized")
                .message().doesNotContain("fresh-token").doesNotContain(TOKEN);
        closeAndVerify();
    }

    @Test
    void toStringNeverShowsSecrets() {
        expectVersionAndLogin();
        expectLogout(TOKEN);
        client = builder().build();
        client.login();
        assertThat(client.toString())
                .contains(USER, server.address())
                .doesNotContain(PASSWORD)
                .doesNotContain(TOKEN);
        closeAndVerify();
    }
}
