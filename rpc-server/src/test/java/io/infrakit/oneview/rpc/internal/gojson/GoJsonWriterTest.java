package io.infrakit.oneview.rpc.internal.gojson;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GoJsonWriterTest {

    private static String string(String s) {
        JsonBuffer out = new JsonBuffer(4);
        GoJsonWriter.string(out, s);
        return out.toString();
    }

    private static String raw(String s) {
        JsonBuffer out = new JsonBuffer(4);
        GoJsonWriter.raw(out, s);
        String viaString = out.toString();
        JsonBuffer out2 = new JsonBuffer(4);
        GoJsonWriter.raw(out2, s.getBytes(StandardCharsets.UTF_8));
        assertThat(out2.toString()).isEqualTo(viaString);
        return viaString;
    }

    @Test
    void stringsEscapeLikeGo() {
        assertThat(string("plain")).isEqualTo("\"plain\"");
        assertThat(string("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
        assertThat(string("<a href='x'>&amp;</a>")).isEqualTo("\"\\u003ca href='x'\\u003e\\u0026amp;\\u003c/a\\u003e\"");
        assertThat(string("l\nr\rt\tb\bf\f\u0001\u001f")).isEqualTo("\"l\\nr\\rt\\tb\\u0008f\\u000c\\u0001\\u001f\"");
        assertThat(string("\u2028\u2029")).isEqualTo("\"\\u2028\\u2029\"");
        assertThat(string("é€😀\u007f")).isEqualTo("\"é€😀\u007f\"");
        assertThat(string("lone \ud800 and \udc00")).isEqualTo("\"lone \\ufffd and \\ufffd\"");
        assertThat(string(null)).isEqualTo("null");
    }

    @Test
    void rawJsonEscapesOnlyWhatGoEscapes() {
        assertThat(raw("{\"a\":\"<&>\",\"b\":1.50}")).isEqualTo("{\"a\":\"\\u003c\\u0026\\u003e\",\"b\":1.50}");
        assertThat(raw("[\"\u2028x\u2029\",\"é😀\"]")).isEqualTo("[\"\\u2028x\\u2029\",\"é😀\"]");
        assertThat(raw("\"\\u003c already escaped\"")).isEqualTo("\"\\u003c already escaped\"");
    }

    @Test
    void goQuote() {
        assertThat(GoQuote.quote("Instance.Foo")).isEqualTo("\"Instance.Foo\"");
        assertThat(GoQuote.quote("a\"b\n\u0001é😀")).isEqualTo("\"a\\\"b\\n\\x01é😀\"");
    }
}
