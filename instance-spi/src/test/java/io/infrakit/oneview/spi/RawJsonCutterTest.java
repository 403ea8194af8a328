package io.infrakit.oneview.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RawJsonCutterTest {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final String DOC = "{ \"id\" : 12345678901234567890 , \"s\":\"x \\\" y\", \"o\" : { \"n\" : 1.50 ,"
            + " \"é\":[ true , null ] } , \"last\" : -0.5e10 }";

    /** Every member of the document, cut from bytes and from text. */
    private static Map<String, String> members(boolean fromBytes) throws IOException {
        byte[] bytes = DOC.getBytes(StandardCharsets.UTF_8);
        Map<String, String> found = new LinkedHashMap<>();
        try (JsonParser p = fromBytes ? FACTORY.createParser(bytes) : FACTORY.createParser(DOC)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                found.put(name, fromBytes ? new String(RawJsonCutter.cut(p, bytes), StandardCharsets.UTF_8)
                        : RawJsonCutter.cut(p, DOC).json());
            }
        }
        return found;
    }

    @Test
    void cutsEachValueExactlyAndCompactedFromBytesAndFromText() throws IOException {
        Map<String, String> expected = Map.of("id", "12345678901234567890", "s", "\"x \\\" y\"",
                "o", "{\"n\":1.50,\"é\":[true,null]}", "last", "-0.5e10");

        assertThat(members(true)).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(members(false)).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void leavesTheParserOnTheValuesLastToken() throws IOException {
        try (JsonParser p = FACTORY.createParser("[{\"a\":[1]}, 2]")) {
            p.nextToken();
            p.nextToken();
            assertThat(RawJsonCutter.span(p)).isEqualTo(new RawJsonCutter.Span(1, 10));
            assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
            assertThat(p.getIntValue()).isEqualTo(2);
        }
    }

    @Test
    void rawJsonOfChecksAndCompacts() {
        assertThat(RawJson.of(" { \"a\" : 1.50 } ").json()).isEqualTo("{\"a\":1.50}");
        assertThatThrownBy(() -> RawJson.of("{\"a\":1} {")).hasMessageContaining("unexpected data after the JSON value");
        assertThatThrownBy(() -> RawJson.of("{\"a\":")).hasMessageStartingWith("malformed JSON");
        assertThatThrownBy(() -> RawJson.of("  ")).hasMessage("JSON text is empty");
        assertThatThrownBy(() -> RawJson.of(null)).hasMessage("JSON text is missing");
    }
}
