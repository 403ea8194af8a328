package io.infrakit.oneview.rpc.internal.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnvelopeParserTest {

    private static Object parse(String body) {
        return EnvelopeParser.parse(body.getBytes(StandardCharsets.UTF_8), new SecretMask(Set.of("OneViewPassword")));
    }

    private static String s(byte[] b) {
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void keepsRawIdAndParams() {
        JsonRpcRequest r = (JsonRpcRequest) parse(" { \"params\" : { \"Tags\" : { \"a\" : \"b c\" }, \"n\": 1.50 } ,"
                + " \"id\" : 123456789012345678901234567890 , \"method\":\"X.Y\", \"jsonrpc\":\"2.0\" } ");
        assertThat(r.method()).isEqualTo("X.Y");
        assertThat(s(r.id())).isEqualTo("123456789012345678901234567890");
        assertThat(s(r.params())).isEqualTo("{\"Tags\":{\"a\":\"b c\"},\"n\":1.50}");
    }

    @Test
    void idsOfEveryKindAtEveryPosition() {
        for (String id : new String[] {"7", "-0.5e10", "\"a\\\"b\"", "true", "[1, 2]", "{\"k\" : null}"}) {
            JsonRpcRequest last = (JsonRpcRequest) parse("{\"jsonrpc\":\"2.0\",\"method\":\"A.B\",\"id\":" + id + "}");
            JsonRpcRequest first = (JsonRpcRequest) parse("{\"id\":" + id + ",\"jsonrpc\":\"2.0\",\"method\":\"A.B\"}");
            String compact = id.replace(" ", "");
            assertThat(s(last.id())).isEqualTo(compact);
            assertThat(s(first.id())).isEqualTo(compact);
        }
    }

    @Test
    void memberNamesAreCaseInsensitiveAndLastDuplicateWins() {
        JsonRpcRequest r = (JsonRpcRequest) parse("{\"JSONRPC\":\"2.0\",\"Method\":\"A.B\",\"method\":\"C.D\",\"ID\":1,\"Params\":[]}");
        assertThat(r.method()).isEqualTo("C.D");
        assertThat(s(r.id())).isEqualTo("1");
        assertThat(s(r.params())).isEqualTo("[]");
    }

    @Test
    void nullIdAndParamsAreAbsent() {
        JsonRpcRequest r = (JsonRpcRequest) parse("{\"jsonrpc\":\"2.0\",\"method\":\"A.B\",\"params\":null,\"id\":null}");
        assertThat(r.id()).isNull();
        assertThat(r.params()).isNull();
    }

    @Test
    void anEchoedEnvelopeHasItsSecretsMasked() {
        JsonRpcReply.Failure f = (JsonRpcReply.Failure) parse("{\"jsonrpc\":\"1.0\",\"method\":\"Instance.Validate\","
                + "\"params\":{\"Properties\":{\"OneView\":{\"OneViewPassword\":\"hunter2\"}}},\"id\":1}");
        assertThat(s(f.data())).isEqualTo("{\"jsonrpc\":\"1.0\",\"method\":\"Instance.Validate\",\"params\":"
                + "{\"Properties\":{\"OneView\":{\"OneViewPassword\":\"REDACTED\"}}},\"id\":1}");
    }

    @Test
    void badEnvelopes() {
        assertThat(parse("{\"jsonrpc\":\"2.0\",\"method\":\"A.B\"")).isEqualTo(new JsonRpcReply.Empty(false));
        assertThat(parse("[1]")).isEqualTo(new JsonRpcReply.Empty(false));
        assertThat(parse("{\"method\":\"A.B\"}")).isEqualTo(new JsonRpcReply.Empty(false));
        JsonRpcReply.Failure f = (JsonRpcReply.Failure) parse("{\"jsonrpc\":2,\"method\":\"A.B\",\"id\":3}");
        assertThat(f.code()).isEqualTo(JsonRpcReply.INVALID_REQUEST);
        assertThat(s(f.data())).isEqualTo("{\"jsonrpc\":\"\",\"method\":\"A.B\",\"params\":null,\"id\":3}");
        StringBuilder deep = new StringBuilder("{\"jsonrpc\":\"2.0\",\"method\":\"A.B\",\"id\":1,\"params\":");
        deep.append("[".repeat(5000)).append("]".repeat(5000)).append('}');
        assertThat(parse(deep.toString())).isEqualTo(new JsonRpcReply.Empty(false));
    }
}
