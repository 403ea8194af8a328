package io.infrakit.oneview.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonCompactorTest {

    private static String bytes(String json) {
        byte[] utf8 = ("xx" + json + "yy").getBytes(StandardCharsets.UTF_8);
        return new String(JsonCompactor.compact(utf8, 2, utf8.length - 2), StandardCharsets.UTF_8);
    }

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("{ \"a\" : [ 1 , 2.50 ] }", "{\"a\":[1,2.50]}"),
                Arguments.of("{\"s\" : \"keep  these\\tspaces \\\" and \\\\\" , \"n\":\r\n 12345678901234567890}",
                        "{\"s\":\"keep  these\\tspaces \\\" and \\\\\",\"n\":12345678901234567890}"),
                Arguments.of("[ \"é 😀\" , null ,true ]", "[\"é 😀\",null,true]"),
                Arguments.of("\"a \\\\\" ", "\"a \\\\\""),
                Arguments.of("7", "7"));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void removesWhitespaceBetweenTokensOnlyInBytesAndTextAlike(String json, String compact) {
        assertThat(JsonCompactor.compact(json)).isEqualTo(compact);
        assertThat(bytes(json)).isEqualTo(compact);
    }

    @Test
    void compactTextIsReturnedAsIs() {
        String compact = "{\"a\":\"b c\"}";
        assertThat(JsonCompactor.compact(compact)).isSameAs(compact);
    }
}
