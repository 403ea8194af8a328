package io.infrakit.oneview.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.client.error.UnexpectedResponseException;
import io.infrakit.oneview.client.model.OneViewResource;
import io.infrakit.oneview.client.model.Page;
import io.infrakit.oneview.client.model.ServerHardware;
import io.infrakit.oneview.client.query.Filter;
import io.infrakit.oneview.client.query.ListOptions;
import io.infrakit.oneview.client.query.Sort;
import java.util.Iterator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PagingExpectTest extends ExpectTestSupport {

    private static String page(String uri, int start, int total, String next, int... ids) {
        String members = IntStream.of(ids).mapToObj(i -> "{\"uri\":\"/rest/server-hardware/" + i
                + "\",\"name\":\"Encl1, bay " + i + "\"}").collect(Collectors.joining(","));
        return "{\"type\":\"server-hardware-list-3\",\"category\":\"server-hardware\",\"start\":" + start
                + ",\"count\":" + ids.length + ",\"total\":" + total + ",\"uri\":\"" + uri + "\",\"nextPageUri\":"
                + (next == null ? "null" : "\"" + next + "\"") + ",\"members\":[" + members + "]}";
    }

    @Test
    void singlePageListingIsOneRestCallWithExactQuery() {
        expectVersionAndLogin();
        String target = "/rest/server-hardware?start=0&count=2"
                + "&filter=%22serverGroupUri%3D%27%2Frest%2Fenclosure-groups%2Feg1%27%22"
                + "&filter=%22state%3D%27NoProfileApplied%27%22&sort=name%3Aasc";
        server.expect("GET", target).authenticated(TOKEN, API).withoutHeader("If-Match")
                .respondJson(200, page("/rest/server-hardware?start=0&count=2", 0, 5,
                        "/rest/server-hardware?start=2&count=2", 1, 2));
        expectLogout(TOKEN);
        client = builder().build();

        Page<ServerHardware> page = client.serverHardware().list(ListOptions.builder()
                .filter(Filter.eq("serverGroupUri", "/rest/enclosure-groups/eg1"))
                .filter(Filter.eq("state", "NoProfileApplied"))
                .sort(Sort.asc("name")).start(0).count(2).build());

        assertThat(page.members()).extracting(OneViewResource::name).containsExactly("Encl1, bay 1", "Encl1, bay 2");
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.nextPageUri()).isEqualTo("/rest/server-hardware?start=2&count=2");
        closeAndVerify();
    }

    @Test
    void streamFollowsNextPageUriThroughShortPagesLazily() {
        expectVersionAndLogin();
        server.expect("GET", "/rest/server-hardware?count=3").authenticated(TOKEN, API)
                .respondJson(200, page("/rest/server-hardware?count=3", 0, 5,
                        "/rest/server-hardware?start=2&count=3", 1, 2)); // short page: 2 of 3
        server.expect("GET", "/rest/server-hardware?start=2&count=3").authenticated(TOKEN, API)
                .respondJson(200, page("/rest/server-hardware?start=2&count=3", 2, 5,
                        "https://ov.example.com/rest/server-hardware?start=3&count=3", 3)); // short, absolute next
        server.expect("GET", "/rest/server-hardware?start=3&count=3").authenticated(TOKEN, API)
                .respondJson(200, page("/rest/server-hardware?start=3&count=3", 3, 5, null, 4, 5));
        expectLogout(TOKEN);
        client = builder().build();

        Stream<ServerHardware> stream = client.serverHardware().stream(ListOptions.builder().count(3).build());
        assertThat(server.count("GET", "/rest/server-hardware?count=3")).isZero(); // lazy

        Iterator<ServerHardware> it = stream.iterator();
        assertThat(it.next().name()).isEqualTo("Encl1, bay 1");
        assertThat(server.requests()).hasSize(3); // version, login, first page only
        assertThat(it.next().name()).isEqualTo("Encl1, bay 2");
        assertThat(it.next().name()).isEqualTo("Encl1, bay 3");
        assertThat(it.next().name()).isEqualTo("Encl1, bay 4");
        assertThat(it.next().name()).isEqualTo("Encl1, bay 5");
        assertThat(it.hasNext()).isFalse();
        closeAndVerify();
    }

    @Test
    void shortPageWithoutNextPageUriAsksForTheRestByStart() {
        expectVersionAndLogin();
        server.expect("GET", "/rest/server-hardware").authenticated(TOKEN, API)
                .respondJson(200, page("/rest/server-hardware", 0, 3, null, 1, 2));
        server.expect("GET", "/rest/server-hardware?start=2").authenticated(TOKEN, API)
                .respondJson(200, page("/rest/server-hardware?start=2", 2, 3, null, 3));
        expectLogout(TOKEN);
        client = builder().build();

        assertThat(client.serverHardware().stream().map(ServerHardware::name))
                .containsExactly("Encl1, bay 1", "Encl1, bay 2", "Encl1, bay 3");
        closeAndVerify();
    }

    @Test
    void pagingLoopStops() {
        expectVersionAndLogin();
        server.expect("GET", "/rest/server-hardware").authenticated(TOKEN, API)
                .respondJson(200, page("/rest/server-hardware", 0, 99, "/rest/server-hardware?start=1", 1));
        server.expect("GET", "/rest/server-hardware?start=1").authenticated(TOKEN, API)
                .respondJson(200, page("/rest/server-hardware?start=1", 1, 99, "/rest/server-hardware", 2));
        expectLogout(TOKEN);
        client = builder().build();

        assertThat(client.serverHardware().stream().map(ServerHardware::name))
                .containsExactly("Encl1, bay 1", "Encl1, bay 2");
        closeAndVerify();
    }

    @Test
    void nextPageUriEqualToTheCurrentPageStops() {
        expectVersionAndLogin();
        server.expect("GET", "/rest/server-hardware").authenticated(TOKEN, API)
                .respondJson(200, page("/rest/server-hardware", 0, 99, "/rest/server-hardware", 1));
        expectLogout(TOKEN);
        client = builder().build();

        assertThat(client.serverHardware().stream().count()).isEqualTo(1);
        closeAndVerify();
    }

    @Test
    void emptyPageStopsEvenWithANextPageUri() {
        expectVersionAndLogin();
        server.expect("GET", "/rest/server-hardware").authenticated(TOKEN, API)
                .respondJson(200, page("/rest/server-hardware", 0, 10, "/rest/server-hardware?start=0&count=5"));
        expectLogout(TOKEN);
        client = builder().build();

        assertThat(client.serverHardware().stream()).isEmpty();
        closeAndVerify();
    }

    @Test
    void pageCapFailsLoudly() {
        expectVersionAndLogin();
        for (int i = 0; i < 3; i++) {
            String uri = i == 0 ? "/rest/server-hardware" : "/rest/server-hardware?start=" + i;
            server.expect("GET", uri).authenticated(TOKEN, API)
                    .respondJson(200, page(uri, i, 100, "/rest/server-hardware?start=" + (i + 1), i + 1));
        }
        expectLogout(TOKEN);
        client = builder().maxPages(3).build();

        assertThatThrownBy(() -> client.serverHardware().stream().count())
                .isInstanceOf(UnexpectedResponseException.class)
                .hasMessage("Collection paging went beyond 3 pages at /rest/server-hardware?start=3; stopping"
                        + " (a paging loop, or raise maxPages)");
        closeAndVerify();
    }

    @Test
    void findByNameFiltersOnTheApplianceAndRechecksClientSide() {
        expectVersionAndLogin();
        server.expect("GET", "/rest/server-hardware?filter=%22name%3D%27Encl1%2C%20bay%201%27%22")
                .authenticated(TOKEN, API)
                .respondJson(200, "{\"members\":[{\"uri\":\"/rest/server-hardware/x\",\"name\":\"ENCL1, BAY 1\"},"
                        + "{\"uri\":\"/rest/server-hardware/1\",\"name\":\"Encl1, bay 1\"}],\"total\":2}");
        server.expect("GET", "/rest/server-hardware?filter=%22name%3D%27nobody%27%22").authenticated(TOKEN, API)
                .respondJson(200, "{\"members\":[],\"total\":0,\"nextPageUri\":null}");
        expectLogout(TOKEN);
        client = builder().build();

        assertThat(client.serverHardware().findByName("Encl1, bay 1")).get()
                .extracting(OneViewResource::uri).isEqualTo("/rest/server-hardware/1");
        assertThat(client.serverHardware().findByName("nobody")).isEmpty();
        closeAndVerify();
    }

    @Test
    void findByNameWithASingleQuoteListsEverythingAndFiltersClientSide() {
        expectVersionAndLogin();
        server.expect("GET", "/rest/server-profiles").authenticated(TOKEN, API)
                .respondJson(200, "{\"members\":[{\"uri\":\"/rest/server-profiles/a\",\"name\":\"web01\"},"
                        + "{\"uri\":\"/rest/server-profiles/b\",\"name\":\"bob's \\\"web\\\", 2\"}],\"total\":2}");
        expectLogout(TOKEN);
        client = builder().build();

        assertThat(client.serverProfiles().findByName("bob's \"web\", 2")).get()
                .extracting(OneViewResource::uri).isEqualTo("/rest/server-profiles/b");
        closeAndVerify();
    }
}
