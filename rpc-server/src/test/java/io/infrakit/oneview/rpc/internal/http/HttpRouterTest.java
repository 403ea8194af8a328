package io.infrakit.oneview.rpc.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpRouterTest {

    @Test
    void routesOnThePathOfOriginAndAbsoluteFormTargets() {
        assertThat(HttpRouter.path("/")).isEqualTo("/");
        assertThat(HttpRouter.path("/?a=b")).isEqualTo("/");
        assertThat(HttpRouter.path("http://h/info/api.json?x")).isEqualTo("/info/api.json");
        assertThat(HttpRouter.path("http://h")).isEqualTo("/");
    }
}
