package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("collections: paging, filter, sort")
class CollectionTest extends SimulatorTestSupport {

    private static OneViewSimulator sim;
    private static TestClient client;

    @BeforeAll
    static void start() {
        // 2 groups x 2 enclosures x 5 bays = 20 servers; pages of at most 6
        sim = OneViewSimulator.builder().plainHttp().maxPageSize(6)
                .inventory(InventorySpec.uniform().withEnclosureGroups(2).withEnclosuresPerGroup(2).withBaysPerEnclosure(5))
                .start();
        client = new TestClient(sim).login();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static List<String> names(TestClient.Resp r) {
        List<String> names = new ArrayList<>();
        r.body().get("members").forEach(m -> names.add(m.get("name").asText()));
        return names;
    }

    @Test
    void pagesAreCappedAndLinked() {
        TestClient.Resp first = client.get("/rest/server-hardware");
        JsonNode body = first.body();
        assertThat(body.get("total").asInt()).isEqualTo(20);
        assertThat(body.get("count").asInt()).isEqualTo(6);
        assertThat(body.get("start").asInt()).isZero();
        assertThat(body.get("prevPageUri").isNull()).isTrue();
        assertThat(body.get("uri").asText()).isEqualTo("/rest/server-hardware");
        assertThat(body.get("category").asText()).isEqualTo("server-hardware");
        assertThat(body.get("nextPageUri").asText()).isEqualTo("/rest/server-hardware?count=6&start=6");

        Set<String> seen = new HashSet<>();
        String next = "/rest/server-hardware?count=-1";
        int pages = 0;
        while (next != null) {
            TestClient.Resp page = client.get(next);
            seen.addAll(names(page));
            pages++;
            next = page.body().get("nextPageUri").isNull() ? null : page.body().get("nextPageUri").asText();
        }
        assertThat(pages).isEqualTo(4);
        assertThat(seen).hasSize(20);
    }

    @Test
    void countAndStartSelectAPage() {
        TestClient.Resp page = client.get("/rest/server-hardware?start=18&count=5");
        assertThat(page.body().get("count").asInt()).isEqualTo(2);
        assertThat(page.body().get("nextPageUri").isNull()).isTrue();
        assertThat(page.body().get("prevPageUri").asText()).isEqualTo("/rest/server-hardware?count=5&start=13");
        TestClient.Resp beyond = client.get("/rest/server-hardware?start=50");
        assertThat(beyond.body().get("members")).isEmpty();
        assertThat(beyond.body().get("total").asInt()).isEqualTo(20);
        assertThat(client.get("/rest/server-hardware?count=abc").errorCode()).isEqualTo(ErrorCodes.INVALID_PARAMETER);
        assertThat(client.get("/rest/server-hardware?start=-1").status()).isEqualTo(400);
    }

    @Test
    void equalityFiltersInAllForms() {
        assertThat(names(client.get("/rest/server-hardware?filter=" + enc("\"name='Encl1, bay 3'\""))))
                .containsExactly("Encl1, bay 3");
        assertThat(names(client.get("/rest/server-hardware?filter=" + enc("name='encl1, BAY 3'"))))
                .containsExactly("Encl1, bay 3");
        assertThat(names(client.get("/rest/server-hardware?filter=" + enc("name eq 'Encl1, bay 3'"))))
                .containsExactly("Encl1, bay 3");
        assertThat(names(client.get("/rest/server-hardware?filter=" + enc("name=='encl1, bay 3'")))).isEmpty();
        assertThat(names(client.get("/rest/server-hardware?filter=" + enc("name=='Encl1, bay 3'")))).hasSize(1);
        assertThat(client.get("/rest/server-hardware?filter=" + enc("position=3")).body().get("total").asInt())
                .isEqualTo(4);
        assertThat(client.get("/rest/server-hardware?filter=" + enc("serverProfileUri=null")).body().get("total").asInt())
                .isEqualTo(20);
    }

    @Test
    void plusInAQueryIsASpace() {
        String formEncoded = java.net.URLEncoder.encode("name='Encl1, bay 3'", java.nio.charset.StandardCharsets.UTF_8);
        assertThat(formEncoded).contains("+");
        assertThat(names(client.get("/rest/server-hardware?filter=" + formEncoded))).containsExactly("Encl1, bay 3");
    }

    @Test
    void notEqualAndMatches() {
        assertThat(client.get("/rest/server-hardware?filter=" + enc("position ne '1'")).body().get("total").asInt())
                .isEqualTo(16);
        assertThat(client.get("/rest/server-hardware?filter=" + enc("name matches 'encl2%'")).body().get("total").asInt())
                .isEqualTo(5);
        // '_' matches exactly one character: "Encl1, bay 1" .. "Encl4, bay 1" but not "bay 10"
        assertThat(names(client.get("/rest/server-hardware?count=50&filter=" + enc("name matches 'Encl_, bay 1'"))))
                .containsExactly("Encl1, bay 1", "Encl2, bay 1", "Encl3, bay 1", "Encl4, bay 1");
        assertThat(client.get("/rest/server-hardware?filter=" + enc("not name matches 'Encl1%'")).body().get("total")
                .asInt()).isEqualTo(15);
    }

    @Test
    void severalFiltersAreAnded() {
        JsonNode type = client.get("/rest/server-hardware-types").body().get("members").get(0);
        JsonNode group = client.get("/rest/enclosure-groups").body().get("members").get(1);
        TestClient.Resp r = client.get("/rest/server-hardware?count=50"
                + "&filter=" + enc("serverHardwareTypeUri='" + type.get("uri").asText() + "'")
                + "&filter=" + enc("serverGroupUri='" + group.get("uri").asText() + "'")
                + "&filter=" + enc("state='NoProfileApplied'"));
        // group 2 = Encl3, Encl4; first type = odd bays 1, 3, 5
        assertThat(names(r)).containsExactlyInAnyOrder("Encl3, bay 1", "Encl3, bay 3", "Encl3, bay 5",
                "Encl4, bay 1", "Encl4, bay 3", "Encl4, bay 5");
        assertThat(client.get("/rest/server-hardware?filter=" + enc("mpHostInfo.mpIpAddresses.address matches '10.%'"))
                .body().get("total").asInt()).isEqualTo(20);
    }

    @Test
    void malformedFiltersAre400InvalidFilter() {
        for (String bad : List.of("name", "name='unterminated", "name like 'x'", "='x'", "name=\"x\"", "name matches")) {
            TestClient.Resp r = client.get("/rest/server-hardware?filter=" + enc(bad));
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.errorCode()).as(bad).isEqualTo("INVALID_FILTER");
            assertThat(r.body().get("message").asText()).startsWith("The specified filter is not valid ([");
        }
    }

    @Test
    void sortAscendingDescendingAndNatural() {
        List<String> asc = names(client.get("/rest/server-hardware?count=5&sort=name:asc"));
        assertThat(asc).containsExactly("Encl1, bay 1", "Encl1, bay 2", "Encl1, bay 3", "Encl1, bay 4", "Encl1, bay 5");
        List<String> desc = names(client.get("/rest/server-hardware?count=3&sort=" + enc("name:descending")));
        assertThat(desc).containsExactly("Encl4, bay 5", "Encl4, bay 4", "Encl4, bay 3");
        List<String> byPosition = names(client.get("/rest/server-hardware?count=4&sort=" + enc("position:desc,name:asc")));
        assertThat(byPosition).containsExactly("Encl1, bay 5", "Encl2, bay 5", "Encl3, bay 5", "Encl4, bay 5");
        assertThat(client.get("/rest/server-hardware?sort=name:sideways").errorCode()).isEqualTo(ErrorCodes.INVALID_SORT);
    }

    @Test
    void naturalOrderPutsBay2BeforeBay10() {
        assertThat(NaturalOrder.compare("Encl1, bay 2", "Encl1, bay 10")).isNegative();
        assertThat(NaturalOrder.compare("a", "B")).isNegative();
        assertThat(NaturalOrder.compare("x10", "x010")).isNotZero();
    }

    @Test
    void emptyResultIsAnEmptyCollection() {
        TestClient.Resp r = client.get("/rest/server-profiles?filter=" + enc("name='nobody'"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("total").asInt()).isZero();
        assertThat(r.body().get("members")).isEmpty();
        assertThat(r.body().get("nextPageUri").isNull()).isTrue();
    }
}
