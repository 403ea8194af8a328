package io.infrakit.oneview.simulator;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@DisplayName("binding the port")
class BindTest {

    @Test
    void aPortInUseIsAnIllegalStateExceptionNamingIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> OneViewSimulator.builder().plainHttp().port(taken.getLocalPort()).start())
                    .withMessageContaining("cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .withMessageContaining("in use");
        }
    }
}
