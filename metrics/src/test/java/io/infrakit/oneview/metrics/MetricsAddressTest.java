package io.infrakit.oneview.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MetricsAddressTest {

    @Test
    void aPortAloneIsLoopback() {
        assertThat(MetricsAddress.parse("9464")).isEqualTo(new MetricsAddress("127.0.0.1", 9464));
        assertThat(MetricsAddress.parse(":9464")).isEqualTo(new MetricsAddress("127.0.0.1", 9464));
    }

    @Test
    void hostsAndBracketedIpv6() {
        assertThat(MetricsAddress.parse("0.0.0.0:9464")).isEqualTo(new MetricsAddress("0.0.0.0", 9464));
        assertThat(MetricsAddress.parse("metrics.example:80")).isEqualTo(new MetricsAddress("metrics.example", 80));
        assertThat(MetricsAddress.parse("[::1]:9464")).isEqualTo(new MetricsAddress("::1", 9464));
        assertThat(MetricsAddress.parse("[::1]:9464").toString()).isEqualTo("[::1]:9464");
    }

    @Test
    void malformedAddressesSayWhatIsWrong() {
        for (String bad : new String[] {"", "host:", "host:http", "host:65536", "host:-1", "::1:9464", "[::1]9464",
                "[::1]", "a b:1", "host:123456"}) {
            assertThatThrownBy(() -> MetricsAddress.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("--metrics-address must be HOST:PORT, [IPV6]:PORT or PORT (loopback), got '"
                            + bad + "': ");
        }
    }
}
