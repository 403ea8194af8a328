package io.infrakit.oneview.docs.snippets.metricsreadme;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** The example of metrics/README.md runs as documented (its endpoint on a loopback port). */
class MetricsExamplesTest {

    @Test
    void scrapeAndServe() {
        assertThatCode(Example1::run).doesNotThrowAnyException();
    }
}
