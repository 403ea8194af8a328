package io.infrakit.oneview.docs.snippets.simulator;

// doc:start
import io.infrakit.oneview.simulator.ManualClock;
import io.infrakit.oneview.simulator.OneViewSimulator;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
// doc:end

/** Example 7 of docs/simulator.md, compiled here as the document shows it. */
final class Example7 {

    private Example7() {
    }

    static void run() throws Exception {
        // doc:start
        ManualClock clock = new ManualClock();
        try (OneViewSimulator sim = OneViewSimulator.builder().clock(clock).start()) {
            HttpClient http = HttpClient.newBuilder().sslContext(sim.sslContext()).build();
            HttpRequest login = HttpRequest.newBuilder(sim.baseUri().resolve("/rest/login-sessions"))
                    .header("X-API-Version", "2400").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"userName\":\"" + sim.userName() + "\",\"password\":\"" + sim.password() + "\"}"))
                    .build();
            String body = http.send(login, HttpResponse.BodyHandlers.ofString()).body();  // {"partnerData":{},"sessionID":"..."}
            // ... POST a profile, then:
            clock.advance(sim.taskDuration());                  // the task is now Completed
        }
        // doc:end
    }
}
