package io.infrakit.oneview.rpc.internal.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrakit.oneview.rpc.internal.gojson.JsonBuffer;
import io.infrakit.oneview.spi.Validation;
import java.util.Collections;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ResultWritersTest {

    @Test
    void mapKeysInCodePointOrder() {
        TreeMap<String, String> m = new TreeMap<>();
        m.put("b", "2");
        m.put("a", "1");
        m.put("\uffff", "bmp-max");
        m.put("😀", "astral");
        JsonBuffer out = new JsonBuffer(4);
        out.put('x');
        ResultWriters.map(out, Collections.unmodifiableSortedMap(m));
        assertThat(out.toString()).isEqualTo("x{\"a\":\"1\",\"b\":\"2\",\"\uffff\":\"bmp-max\",\"😀\":\"astral\"}");
    }

    @Test
    void aValidationWithSomethingUncheckedKeepsOkTrueAndAddsUnchecked() throws Exception {
        JsonBuffer complete = new JsonBuffer(4);
        ResultWriters.validated("", Validation.COMPLETE).write(complete);
        assertThat(complete.toString()).isEqualTo("{\"Type\":\"\",\"OK\":true}");

        JsonBuffer partial = new JsonBuffer(4);
        ResultWriters.validated("compute", Validation.unchecked("cannot reach \"ov\"")).write(partial);
        assertThat(partial.toString())
                .isEqualTo("{\"Type\":\"compute\",\"OK\":true,\"Unchecked\":[\"cannot reach \\\"ov\\\"\"]}");
    }
}
