package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;

/**
 * Shared setup: a plain-HTTP simulator on a manual clock with 10 s profile tasks and 4 s power tasks, on the
 * {@linkplain InventorySpec#uniform() uniform} inventory (tests of the default inventory's conditions say so).
 */
abstract class SimulatorTestSupport {

    static final Duration TASK = Duration.ofSeconds(10);
    static final Duration POWER = Duration.ofSeconds(4);

    static OneViewSimulator.Builder manualSimulator(ManualClock clock) {
        return OneViewSimulator.builder().plainHttp().clock(clock).taskDuration(TASK).powerTaskDuration(POWER)
                .inventory(InventorySpec.uniform()).recordedRequests(0);
    }

    static JsonNode firstServer(TestClient client, String filter) {
        TestClient.Resp list = client.get("/rest/server-hardware?filter=" + enc(filter) + "&count=1");
        return list.body().get("members").get(0);
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** new-profile of the first template, named and placed on the server. */
    static ObjectNode newProfile(TestClient client, String name, String serverUri) {
        JsonNode template = client.get("/rest/server-profile-templates?filter=" + enc("name='Web Server Template'"))
                .body().get("members").get(0);
        ObjectNode profile = (ObjectNode) client.get(template.get("uri").asText() + "/new-profile").body();
        profile.put("name", name);
        if (serverUri == null) {
            profile.putNull("serverHardwareUri");
        } else {
            profile.put("serverHardwareUri", serverUri);
        }
        return profile;
    }

    /** A server compatible with "Web Server Template" (first hardware type, odd bays), by name. */
    static String webServerName(int enclosure, int oddBay) {
        return "Encl" + enclosure + ", bay " + oddBay;
    }
}
