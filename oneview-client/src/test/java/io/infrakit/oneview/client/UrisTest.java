package io.infrakit.oneview.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UrisTest {

    @Test
    void appliancePageUrisBecomeValidRequestPaths() {
        assertThat(Uris.toPath("/rest/server-hardware?sort=name:asc&filter=serverGroupUri='3a11' and x=\"y\""))
                .isEqualTo("/rest/server-hardware?sort=name:asc&filter=serverGroupUri='3a11'%20and%20x=%22y%22");
        assertThat(Uris.toPath("https://10.0.0.1/rest/tasks/ABC")).isEqualTo("/rest/tasks/ABC");
        assertThat(Uris.toPath("/rest/x?filter=%22a%22&p=100%")).isEqualTo("/rest/x?filter=%22a%22&p=100%25");
        assertThat(Uris.toPath("/rest/server-hardware?name=bé")).isEqualTo("/rest/server-hardware?name=b%C3%A9");
    }

    @Test
    void resourcePaths() {
        assertThat(Uris.resource("/rest/tasks", "task", "ABC")).isEqualTo("/rest/tasks/ABC");
        assertThat(Uris.resource("/rest/tasks", "task", "a b/c")).isEqualTo("/rest/tasks/a%20b%2Fc");
        assertThat(Uris.resource("/rest/tasks", "task", "https://ov/rest/tasks/ABC")).isEqualTo("/rest/tasks/ABC");
        assertThatThrownBy(() -> Uris.resource("/rest/tasks", "task", "/rest/tasks/"))
                .hasMessage("'/rest/tasks/' is not a task URI (expected /rest/tasks/{id})");
        assertThatThrownBy(() -> Uris.resource("/rest/tasks", "task", "/rest/tasksX/1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
