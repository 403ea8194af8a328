package io.infrakit.oneview.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.infrakit.oneview.client.testing.LogCapture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SecretsTest extends ExpectTestSupport {

    @Test
    void passwordAndTokensNeverReachLogsExceptionsOrToString() {
        try (LogCapture logs = LogCapture.capture()) {
            expectVersionAndLogin();
            server.expect("GET", "/rest/server-hardware/1").authenticated(TOKEN, API)
                    .respondJson(401, "{\"errorCode\":\"AUTHORIZATION\",\"message\":\"Authorization error\"}");
            expectLogin("fresh-token");
            expectLogoutOfExpired(TOKEN);
            server.expect("GET", "/rest/server-hardware/1").authenticated("fresh-token", API)
                    .respondJson(404, "{\"errorCode\":\"RESOURCE_NOT_FOUND\",\"message\":\"Not found\"}");
            expectLogout("fresh-token");
            client = builder().build();

            Throwable thrown = catchThrowable(() -> client.serverHardware().get("1"));
            String clientText = client.toString();
            closeAndVerify();

            assertThat(logs.lines()).isNotEmpty().anySatisfy(l -> assertThat(l).contains("Logged in"));
            for (String text : new String[] {String.join("\n", logs.lines()), String.valueOf(thrown), clientText}) {
                assertThat(text).doesNotContain(PASSWORD).doesNotContain(TOKEN).doesNotContain("fresh-token");
            }
        }
    }

    @Test
    void insecureModeLogsAWarningOnce() {
        try (LogCapture logs = LogCapture.capture()) {
            OneViewClient.builder().address("https://ov.example.com").credentials(USER, PASSWORD)
                    .insecureSkipTlsVerification().connectTimeout(Duration.ofSeconds(1)).build().close();
            assertThat(logs.lines()).filteredOn(l -> l.contains("verification are DISABLED")).hasSize(1);
        }
    }
}
