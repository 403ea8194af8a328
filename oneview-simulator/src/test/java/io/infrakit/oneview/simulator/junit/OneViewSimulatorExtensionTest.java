package io.infrakit.oneview.simulator.junit;

import io.infrakit.oneview.simulator.ManualClock;
import io.infrakit.oneview.simulator.OneViewSimulator;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OneViewSimulatorExtensionTest {

    private static int version(OneViewSimulator sim) throws Exception {
        HttpClient http = sim.isHttps() ? HttpClient.newBuilder().sslContext(sim.sslContext()).build()
                : HttpClient.newHttpClient();
        return http.send(HttpRequest.newBuilder(URI.create(sim.baseUri() + "/rest/version")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Nested
    class PerTest {
        static final Set<Integer> PORTS = new HashSet<>();

        @RegisterExtension
        final OneViewSimulatorExtension ov = new OneViewSimulatorExtension(b -> b.plainHttp().maxPageSize(7));

        @Test
        void injectsARunningSimulatorAndItsClock(OneViewSimulator sim, ManualClock clock) throws Exception {
            assertThat(sim).isSameAs(ov.simulator());
            assertThat(clock).isSameAs(ov.clock()).isSameAs(sim.clock());
            assertThat(version(sim)).isEqualTo(200);
            clock.advance(Duration.ofSeconds(1));
            PORTS.add(sim.port());
        }

        @Test
        void aFreshSimulatorPerTest(OneViewSimulator sim) {
            assertThat(sim.isHttps()).isFalse();
            PORTS.add(sim.port());
        }
    }

    @Nested
    @ExtendWith(OneViewSimulatorExtension.class)
    class PerClassDeclarative {
        @Test
        void httpsByDefault(OneViewSimulator sim) throws Exception {
            assertThat(sim.isHttps()).isTrue();
            assertThat(version(sim)).isEqualTo(200);
        }
    }

    @Test
    void outsideATestThereIsNoSimulator() {
        OneViewSimulatorExtension ext = new OneViewSimulatorExtension();
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(ext::simulator);
    }
}
