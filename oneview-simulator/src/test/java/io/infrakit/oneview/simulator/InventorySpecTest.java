package io.infrakit.oneview.simulator;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@DisplayName("inventory specification")
class InventorySpecTest {

    @Test
    void defaults() {
        InventorySpec spec = InventorySpec.defaults();
        assertThat(spec.serverCount()).as("24 bays and 2 rack servers").isEqualTo(26);
        assertThat(spec.populatedServerCount()).as("one bay empty").isEqualTo(25);
        assertThat(InventorySpec.uniform().serverCount()).isEqualTo(24);
        assertThat(InventorySpec.uniform().conditions()).isEmpty();
        assertThat(spec.templates()).extracting(TemplateSpec::name)
                .containsExactly("Web Server Template", "Database Server Template");
    }

    @Test
    void validation() {
        assertThatIllegalArgumentException().isThrownBy(() -> InventorySpec.defaults().withBaysPerEnclosure(65));
        assertThatIllegalArgumentException().isThrownBy(() -> InventorySpec.defaults().withEnclosureGroups(0));
        assertThatIllegalArgumentException().isThrownBy(() -> InventorySpec.defaults().withPoweredOnPercent(101));
        assertThatIllegalArgumentException().isThrownBy(() -> InventorySpec.defaults().withHardwareTypes(List.of("one")))
                .withMessageContaining("template 'Database Server Template' refers to hardware type 1");
        assertThatIllegalArgumentException().isThrownBy(() -> InventorySpec.defaults()
                .withTemplates(List.of(new TemplateSpec("a", 0, 0), new TemplateSpec("a", 1, 0))))
                .withMessageContaining("duplicate template name 'a'");
        assertThatIllegalArgumentException().isThrownBy(() -> InventorySpec.defaults()
                .withEnclosureGroups(100).withEnclosuresPerGroup(100).withBaysPerEnclosure(16))
                .withMessageContaining("exceeds");
    }

    @Test
    void generatedInventoryFollowsTheSpec() {
        InventorySpec spec = InventorySpec.uniform().withEnclosureGroups(2).withEnclosuresPerGroup(2)
                .withBaysPerEnclosure(3).withHardwareTypes(List.of("A 1", "B 1", "C 1"))
                .withTemplates(List.of(new TemplateSpec("t", 2, 1)));
        try (OneViewSimulator sim = OneViewSimulator.builder().plainHttp().inventory(spec).start()) {
            assertThat(sim.servers()).hasSize(12);
            assertThat(sim.servers()).extracting(ServerState::name).startsWith("Encl1, bay 1", "Encl1, bay 2")
                    .endsWith("Encl4, bay 3");
            TestClient c = new TestClient(sim).login();
            assertThat(c.get("/rest/enclosure-groups").body().get("total").asInt()).isEqualTo(2);
            assertThat(c.get("/rest/server-hardware-types").body().get("total").asInt()).isEqualTo(3);
            var template = c.get("/rest/server-profile-templates").body().get("members").get(0);
            var group2 = c.get("/rest/enclosure-groups?filter=name='EG2'").body().get("members").get(0);
            assertThat(template.get("enclosureGroupUri").asText()).isEqualTo(group2.get("uri").asText());
        }
    }

    @Test
    void sameSeedSameIds() {
        try (OneViewSimulator a = OneViewSimulator.builder().plainHttp().seed(3).start();
             OneViewSimulator b = OneViewSimulator.builder().plainHttp().seed(3).start();
             OneViewSimulator c = OneViewSimulator.builder().plainHttp().seed(4).start()) {
            assertThat(a.servers()).isEqualTo(b.servers());
            assertThat(a.servers().get(0).uri()).isNotEqualTo(c.servers().get(0).uri());
        }
    }
}
