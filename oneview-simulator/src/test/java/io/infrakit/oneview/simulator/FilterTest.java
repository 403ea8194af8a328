package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("filter expressions (unit)")
class FilterTest {

    private static final JsonNode BLADE;

    static {
        try {
            BLADE = new ObjectMapper().readTree("{\"name\":\"Encl1, bay 10\",\"position\":10,\"state\":\"NoProfileApplied\","
                    + "\"serverProfileUri\":null,\"tags\":[\"a\",\"b\"],\"host\":{\"ip\":\"10.0.0.1\"}}");
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static boolean test(String expression) throws ApiException {
        return Filter.parse(expression).test(BLADE);
    }

    @Test
    void operators() throws ApiException {
        assertThat(test("name='encl1, bay 10'")).isTrue();
        assertThat(test("name eq 'ENCL1, BAY 10'")).isTrue();
        assertThat(test("name=='encl1, bay 10'")).isFalse();
        assertThat(test("name seq 'Encl1, bay 10'")).isTrue();
        assertThat(test("state ne 'ProfileApplied'")).isTrue();
        assertThat(test("state<>'NoProfileApplied'")).isFalse();
        assertThat(test("name matches 'Encl1, bay 1_'")).isTrue();
        assertThat(test("name matches 'Encl1, bay 1'")).isFalse();
        assertThat(test("name matches '%BAY%'")).isTrue();
        assertThat(test("name smatches '%BAY%'")).isFalse();
        assertThat(test("position=10")).isTrue();
        assertThat(test("serverProfileUri=null")).isTrue();
        assertThat(test("serverProfileUri ne null")).isFalse();
        assertThat(test("tags='b'")).isTrue();
        assertThat(test("host.ip='10.0.0.1'")).isTrue();
        assertThat(test("\"not name matches 'x%'\"")).isTrue();
        assertThat(test("missing='x'")).isFalse();
        assertThat(test("missing ne 'x'")).isTrue();
    }

    @Test
    void literalPercentIsNotAWildcardOutsideMatches() throws ApiException {
        assertThat(test("name='Encl1%'")).isFalse();
        assertThat(test("name matches 'Encl1.%'")).isFalse();
    }

    @Test
    void malformed() {
        for (String bad : new String[]{"", "name", "name=", "name = 'a' extra", "name ~ 'a'", "name matches\"x\"", "'a'='a'"}) {
            assertThatThrownBy(() -> Filter.parse(bad)).as(bad).isInstanceOf(ApiException.class)
                    .satisfies(e -> assertThat(((ApiException) e).errorCode()).isEqualTo("INVALID_FILTER"));
        }
    }
}
