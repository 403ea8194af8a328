package io.infrakit.oneview.provider.file;

import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.provider.InstanceProvider;
import io.infrakit.oneview.spi.provider.InstanceProviderContractTest;
import io.infrakit.oneview.spi.provider.Machine;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The file provider passes the provider contract: breaking a machine is moving its file away. */
class FileInstanceProviderContractTest extends InstanceProviderContractTest {

    @TempDir
    Path tmp;

    @Override
    protected InstanceProvider newProvider() {
        return new FileInstanceProvider(tmp.resolve("instances"));
    }

    @Override
    protected RawJson validProperties() {
        return RawJson.of("{\"Note\":\"contract\"}");
    }

    @Override
    protected RawJson invalidProperties() {
        return RawJson.of("[1]");
    }

    @Override
    protected void breakMachine(Machine machine) throws Exception {
        Files.move(file(machine), tmp.resolve(machine.instanceId() + ".away"));
    }

    @Override
    protected void repairMachine(Machine machine) throws Exception {
        Files.move(tmp.resolve(machine.instanceId() + ".away"), file(machine));
    }

    @Override
    protected boolean anythingLeftOf(String instanceId) throws Exception {
        try (var files = Files.list(tmp.resolve("instances"))) {
            return files.anyMatch(f -> f.getFileName().toString().equals(instanceId)
                    || f.getFileName().toString().startsWith("." + instanceId + "."));
        }
    }

    private Path file(Machine machine) {
        return tmp.resolve("instances").resolve(machine.instanceId());
    }
}
