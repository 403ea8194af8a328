package io.infrakit.oneview.client.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import org.junit.jupiter.api.Test;

/** What the in-memory transport adds to the TCK: how a failing handler looks to the client. */
class InMemoryTransportTest {
    private static final TransportRequest GET = TransportRequest.builder("GET", "/rest/version").build();

    @Test
    void aHandlerWithoutAnswerOrThatFailsIsAConnectionFailure() {
        assertThatThrownBy(() -> InMemoryTransport.of(r -> null).send(GET))
                .isInstanceOf(IOException.class)
                .hasMessage("GET /rest/version: the in-memory appliance gave no answer (its handler returned null)");
        assertThatThrownBy(() -> InMemoryTransport.of(r -> {
            throw new IllegalStateException("boom");
        }).send(GET)).isInstanceOf(IOException.class).hasCauseInstanceOf(IllegalStateException.class);
        IOException own = new IOException("reset");
        assertThatThrownBy(() -> InMemoryTransport.of(r -> {
            throw own;
        }).send(GET)).isSameAs(own);
    }

    @Test
    void anInterruptedHandlerKeepsTheInterruptFlag() {
        try {
            assertThatThrownBy(() -> InMemoryTransport.of(r -> {
                throw new InterruptedException();
            }).send(GET)).isInstanceOf(InterruptedIOException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void requestsRefuseHeaderInjectionAndUnencodedTargets() {
        assertThatThrownBy(() -> TransportRequest.builder("GET", "/rest/x").header("Auth", "t\r\nX-Evil: 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The value of header Auth holds control character 13 at 1 (line breaks would start a new"
                        + " header)");
        assertThatThrownBy(() -> TransportRequest.builder("GET", "/rest/a b"))
                .hasMessageContaining("must be percent-encoded");
        assertThatThrownBy(() -> TransportRequest.builder("get", "/rest")).hasMessageContaining("not an HTTP method");
        assertThatThrownBy(() -> TransportResponse.of(600)).hasMessage("An HTTP status is 100 to 599, not 600");
        assertThatThrownBy(() -> TransportHeaders.builder().add("Bad Name", "v"))
                .hasMessageContaining("is not a valid header name");
    }

    @Test
    void toStringShowsNeitherHeaderValuesNorBodies() {
        TransportRequest login = TransportRequest.builder("POST", "/rest/login-sessions").header("Auth", "tok-1")
                .body("{\"password\":\"pw-1\"}").build();
        assertThat(login.toString()).isEqualTo("POST /rest/login-sessions (19 bytes)");
        assertThat(login.headers().toString()).isEqualTo("TransportHeaders[Auth]");
        assertThat(TransportResponse.json(200, "{\"sessionID\":\"tok-1\"}").toString())
                .isEqualTo("HTTP 200 (21 bytes)");
    }

    @Test
    void valuesAreImmutable() {
        byte[] body = {1, 2, 3};
        TransportRequest request = TransportRequest.builder("PUT", "/x").body(body).build();
        body[0] = 9;
        request.body()[1] = 9;
        assertThat(request.body()).containsExactly(1, 2, 3);
        TransportHeaders headers = TransportHeaders.builder().add("A", "1").add("a", "2").set("B", "3").build();
        assertThat(headers.all("A")).containsExactly("1", "2");
        assertThat(headers.names()).containsExactly("A", "B");
        assertThat(headers).isEqualTo(TransportHeaders.builder().add("a", "1").add("A", "2").add("b", "3").build());
        assertThatThrownBy(() -> headers.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
