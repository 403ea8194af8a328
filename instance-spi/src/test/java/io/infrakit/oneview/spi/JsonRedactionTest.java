package io.infrakit.oneview.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonRedactionTest {

    @Test
    void masksNamedMembersAtAnyDepthAndKeepsEveryOtherByte() {
        RawJson in = RawJson.of("{\"TemplateName\":\"T\\u0041\",\"price\":1.50,\"OneView\":{\"OneViewAddress\":\"ov\","
                + "\"OneViewPassword\":\"s3cr\\\"et\"},\"list\":[{\"OneViewPassword\":{\"nested\":[1,2]}},"
                + "12345678901234567890],\"OneViewPassword\":null}");
        assertThat(JsonRedaction.mask(in, Set.of("OneViewPassword")).json()).isEqualTo(
                "{\"TemplateName\":\"T\\u0041\",\"price\":1.50,\"OneView\":{\"OneViewAddress\":\"ov\","
                        + "\"OneViewPassword\":\"REDACTED\"},\"list\":[{\"OneViewPassword\":\"REDACTED\"},"
                        + "12345678901234567890],\"OneViewPassword\":\"REDACTED\"}");
    }

    @Test
    void masksNumbersAndBooleansToo() {
        assertThat(JsonRedaction.mask(RawJson.of("{\"a\":1.0,\"b\":true,\"c\":2}"), Set.of("a", "b")).json())
                .isEqualTo("{\"a\":\"REDACTED\",\"b\":\"REDACTED\",\"c\":2}");
    }

    @Test
    void returnsTheSameValueWhenNothingMatches() {
        RawJson in = RawJson.of("{\"a\":{\"b\":[1]}}");
        assertThat(JsonRedaction.mask(in, Set.of("password"))).isSameAs(in);
        assertThat(JsonRedaction.mask(RawJson.NULL, Set.of("a"))).isSameAs(RawJson.NULL);
        assertThat(JsonRedaction.mask(in, Set.of())).isSameAs(in);
    }

    @Test
    void aNameWrittenWithEscapesIsMaskedToo() {
        RawJson escaped = RawJson.of("{\"OneView\\u0050assword\":\"s3cret\",\"n\":1}");

        assertThat(JsonRedaction.mask(escaped, Set.of("OneViewPassword")).json())
                .isEqualTo("{\"OneView\\u0050assword\":" + JsonRedaction.MASK + ",\"n\":1}");
    }
}
