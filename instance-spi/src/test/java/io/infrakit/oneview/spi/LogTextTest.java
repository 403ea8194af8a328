package io.infrakit.oneview.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void escapesEveryControlCharacterSoThatAValueStaysOnItsLine() {
        assertThat(LogText.of("Web\n2026-01-01T00:00:00Z INFO forged")).isEqualTo("Web\\n2026-01-01T00:00:00Z INFO forged");
        assertThat(LogText.of("a\rb\tc\u001b[31mred\u0000\u007f\u0085\u2028\u2029"))
                .isEqualTo("a\\rb\\tc\\u001b[31mred\\u0000\\u007f\\u0085\\u2028\\u2029");
        assertThat(LogText.of(null)).isEqualTo("null");
    }

    @Test
    void keepsEverythingElseAsItIs() {
        String plain = "Web Server Template é€😀 \\n";
        assertThat(LogText.of(plain)).isSameAs(plain);
    }
}
