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

    /** @return the task a 202 answer's {@code Location} names, as it is now */
    static JsonNode task(TestClient client, TestClient.Resp accepted) {
        return client.get(client.pathOf(accepted.header("Location"))).body();
    }

    /**
     * Creates a profile of the first template on a server and lets its task finish.
     *
     * @return the profile's URI
     */
    static String createProfile(TestClient client, ManualClock clock, String name, String serverName) {
        String serverUri = firstServer(client, "name='" + serverName + "'").get("uri").asText();
        client.post("/rest/server-profiles", newProfile(client, name, serverUri));
        clock.advance(TASK);
        return client.get("/rest/server-profiles?filter=" + enc("name='" + name + "'")).body().get("members").get(0)
                .get("uri").asText();
    }

    /** A server compatible with "Web Server Template" (first hardware type, odd bays), by name. */
    static String webServerName(int enclosure, int oddBay) {
        return "Encl" + enclosure + ", bay " + oddBay;
    }
}
