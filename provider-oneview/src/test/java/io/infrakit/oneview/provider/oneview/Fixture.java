package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.simulator.InventorySpec;
import io.infrakit.oneview.simulator.OneViewSimulator;
import io.infrakit.oneview.simulator.ServerState;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.provider.ProviderContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Test helpers: a fast simulator and a provider pointed at it through settings (password file, CA bundle). */
final class Fixture {

    static final String TEMPLATE = "Web Server Template";
    /** The simulator's password in every test: no log line, error or stored data may contain it. */
    static final String PASSWORD = "Sup3r-s3cret-PW";

    private Fixture() {
    }

    static OneViewSimulator simulator(Duration task) {
        return simulator(task, InventorySpec.defaults());
    }

    static OneViewSimulator simulator(Duration task, InventorySpec inventory) {
        return OneViewSimulator.builder().credentials("administrator", PASSWORD).taskDuration(task).powerTaskDuration(task.dividedBy(2))
                .inventory(inventory).start();
    }

    /** Settings naming the simulator, with its password in a file and its certificate as the CA bundle. */
    static Map<String, String> settings(OneViewSimulator sim, Path dir) {
        try {
            Path password = dir.resolve("ov-password");
            Files.writeString(password, sim.password() + "\n");
            Files.setPosixFilePermissions(password, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            Map<String, String> s = new HashMap<>();
            s.put(ProviderSettings.ADDRESS, sim.baseUri().toString());
            s.put(ProviderSettings.USERNAME, sim.userName());
            s.put(ProviderSettings.PASSWORD_FILE, password.toString());
            if (sim.isHttps()) {
                Path ca = dir.resolve("ov-ca.pem");
                Files.writeString(ca, sim.certificatePem().orElseThrow());
                s.put(ProviderSettings.CA_BUNDLE, ca.toString());
            }
            s.put(ProviderSettings.TASK_POLL_INTERVAL, "10ms");
            s.put(ProviderSettings.RETRY_BACKOFF, "10ms");
            s.put(ProviderSettings.ORPHAN_SCAN_INTERVAL, "0s");
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ProviderContext context(Map<String, String> settings, Map<String, String> env, Path home) {
        return new ProviderContext("instance-oneview", settings, env, home);
    }

    static OneViewInstanceProvider provider(OneViewSimulator sim, Path dir) {
        return provider(Fixture.settings(sim, dir), dir);
    }

    static OneViewInstanceProvider provider(Map<String, String> settings, Path dir) {
        return new OneViewInstanceProvider(ProviderSettings.from(context(settings, Map.of(), dir)), Map.of(),
                Clock.systemUTC());
    }

    static RawJson props(String json) {
        return RawJson.of(json);
    }

    static RawJson template(String extra) {
        return RawJson.of("{\"TemplateName\":\"" + TEMPLATE + "\"" + (extra.isEmpty() ? "" : "," + extra) + "}");
    }

    /** @return the simulator's view of one server */
    static ServerState server(OneViewSimulator sim, String uri) {
        return sim.servers().stream().filter(s -> s.uri().equals(uri)).findFirst().orElseThrow();
    }

    static Supplier<String> sequentialIds() {
        AtomicInteger next = new AtomicInteger(1000);
        return () -> "instance-" + next.incrementAndGet();
    }
}
