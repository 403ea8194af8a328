package io.infrakit.oneview.docs.snippets.oneviewclient;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** The example of docs/oneview-client.md that needs no appliance (the in-memory transport) runs as documented. */
class OneViewClientExamplesTest {

    @Test
    void anInMemoryAppliance() {
        assertThatCode(Example4::run).doesNotThrowAnyException();
    }
}
