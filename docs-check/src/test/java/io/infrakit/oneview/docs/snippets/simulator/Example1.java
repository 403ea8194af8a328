package io.infrakit.oneview.docs.snippets.simulator;

// doc:start
import io.infrakit.oneview.simulator.OneViewSimulator;
import java.net.URI;
import javax.net.ssl.SSLContext;
// doc:end

/** Example 1 of docs/simulator.md, compiled here as the document shows it. */
final class Example1 {

    private Example1() {
    }

    static void run() throws Exception {
        // doc:start
        try (OneViewSimulator sim = OneViewSimulator.builder().start()) {
            URI base = sim.baseUri();              // https://127.0.0.1:<ephemeral port>
            SSLContext tls = sim.sslContext();     // trusts the generated self-signed certificate
            String pem = sim.certificatePem().orElseThrow();
            // log in with sim.userName() / sim.password() (random unless the builder set them)
            // admin API: header "Authorization: Bearer " + sim.adminToken()
        }
        // doc:end
    }
}
