package io.infrakit.oneview.client.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FilterTest {

    @Test
    void valuesWithCommasSpacesAndDoubleQuotesAreQuotedAndEncoded() {
        Filter f = Filter.eq("name", "Encl1, bay 3 \"blue\"");
        assertThat(f.parameterValue()).isEqualTo("\"name='Encl1, bay 3 \"blue\"'\"");
        assertThat(ListOptions.filter(f).toQueryString())
                .isEqualTo("filter=%22name%3D%27Encl1%2C%20bay%203%20%22blue%22%27%22");
    }

    @Test
    void percentAndPlusAndNonAsciiAreEncoded() {
        assertThat(ListOptions.filter(Filter.matches("name", "web%+é")).toQueryString())
                .isEqualTo("filter=%22name%20matches%20%27web%25%2B%C3%A9%27%22");
    }

    @Test
    void operators() {
        assertThat(Filter.eqCaseSensitive("name", "A").expression()).isEqualTo("name=='A'");
        assertThat(Filter.ne("state", "NoProfileApplied").expression()).isEqualTo("state ne 'NoProfileApplied'");
        assertThat(Filter.isNull("serverProfileUri").expression()).isEqualTo("serverProfileUri=NULL");
        assertThat(Filter.eq("connections.networkUri", "/rest/x").not().expression())
                .isEqualTo("not connections.networkUri='/rest/x'");
        assertThat(Filter.compare("memoryMb", "ge", "16384").expression()).isEqualTo("memoryMb ge '16384'");
    }

    @Test
    void singleQuotesAndBadNamesAreRejected() {
        assertThatThrownBy(() -> Filter.eq("name", "bob's"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A OneView filter value cannot contain a single quote (') or a line break: bob's");
        assertThatThrownBy(() -> Filter.eq("name' or 'a", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid filter attribute name 'name' or 'a'");
        assertThatThrownBy(() -> Filter.compare("name", "like", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown filter operator 'like'");
    }

    @Test
    void severalFiltersSortStartAndCount() {
        ListOptions options = ListOptions.builder()
                .filter(Filter.eq("serverHardwareTypeUri", "/rest/server-hardware-types/A"))
                .filter(Filter.eq("state", "NoProfileApplied"))
                .sort(Sort.asc("name")).sort(Sort.desc("position"))
                .start(10).count(25).build();
        assertThat(options.toQueryString()).isEqualTo("start=10&count=25"
                + "&filter=%22serverHardwareTypeUri%3D%27%2Frest%2Fserver-hardware-types%2FA%27%22"
                + "&filter=%22state%3D%27NoProfileApplied%27%22&sort=name%3Aasc%2Cposition%3Adesc");
        assertThat(ListOptions.none().toQueryString()).isEmpty();
    }

    @Test
    void invalidStartAndCount() {
        assertThatThrownBy(() -> ListOptions.builder().count(0).build())
                .hasMessage("count must be >= 1 but was 0");
        assertThatThrownBy(() -> ListOptions.builder().start(-1).build())
                .hasMessage("start must be >= 0 but was -1");
        assertThatThrownBy(() -> Sort.asc("name:desc")).hasMessage("Invalid sort attribute 'name:desc'");
    }
}
