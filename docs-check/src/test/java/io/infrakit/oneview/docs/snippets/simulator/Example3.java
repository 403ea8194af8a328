package io.infrakit.oneview.docs.snippets.simulator;

// doc:start
import io.infrakit.oneview.simulator.OneViewSimulator;
// doc:end

/** Example 3 of docs/simulator.md, compiled here as the document shows it. */
final class Example3 {

    private Example3() {
    }

    static void run() throws Exception {
        // doc:start
        try (OneViewSimulator sim = OneViewSimulator.builder().start()) {
            sim.expect("GET", "/rest/tasks/{id}").respond(200, "{\"taskState\":\"Interrupted\"}").times(2);
            sim.expect("GET", "/rest/server-hardware?count=1").respond(200, "not json").always();
            sim.expect("DELETE", "/rest/server-profiles/abc").respond(404, null);
        }
        // doc:end
    }
}
