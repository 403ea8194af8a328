package io.infrakit.oneview.spi.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.Tags;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link InstanceProvider} must do for the engine to work. A provider's test subclasses this (it is in
 * the {@code instance-spi} test jar) and says how to make a provider, valid properties, and how to break and
 * repair a machine behind the provider's back.
 */
public abstract class InstanceProviderContractTest {

    /** The provider under test, made fresh for each test by {@link #newProvider()}. */
    protected InstanceProvider provider;

    /** @return a new provider on a clean backend */
    protected abstract InstanceProvider newProvider();

    /** @return properties this provider accepts and can provision */
    protected abstract RawJson validProperties();

    /** @return properties this provider refuses, or null if it accepts everything */
    protected abstract RawJson invalidProperties();

    /**
     * Makes the machine fail or disappear on the backend, as an operator or a fault would.
     *
     * @param machine a machine the provider made
     * @throws Exception when the backend cannot be changed
     */
    protected abstract void breakMachine(Machine machine) throws Exception;

    /**
     * Undoes {@link #breakMachine}: the machine is functional again.
     *
     * @param machine a machine broken by {@link #breakMachine}
     * @throws Exception when the backend cannot be changed
     */
    protected abstract void repairMachine(Machine machine) throws Exception;

    /** @return how many provisions to run at once in {@link #parallelProvisionsMakeDistinctMachines()} */
    protected int parallelProvisions() {
        return 8;
    }

    @BeforeEach
    void createProvider() {
        provider = newProvider();
    }

    @AfterEach
    void closeProvider() {
        provider.close();
    }

    private Spec spec() {
        return new Spec(validProperties(), Tags.copyOf(Map.of("infrakit.group", "contract")), "", null, null);
    }

    private Machine provision(String id) {
        return provider.provision(new ProvisionRequest(id, spec()));
    }

    @Test
    void validateAcceptsValidPropertiesAndRefusesInvalidOnesWithAMessage() {
        provider.validate(validProperties());
        RawJson invalid = invalidProperties();
        if (invalid != null) {
            assertThatThrownBy(() -> provider.validate(invalid))
                    .isInstanceOf(io.infrakit.oneview.spi.InvalidPropertiesException.class)
                    .message().isNotBlank();
        }
    }

    @Test
    void provisionReturnsAMachineForTheRequestedIdThatIsFunctional() {
        Machine machine = provision("instance-1001");
        assertThat(machine.instanceId()).isEqualTo("instance-1001");
        assertThat(provider.health(List.of(machine)).get("instance-1001"))
                .isNotNull().matches(MachineStatus::functional, "functional");
    }

    @Test
    void aBrokenMachineIsNotFunctionalAndARepairedOneIsAgain() throws Exception {
        Machine machine = provision("instance-1002");
        Machine other = provision("instance-1003");
        breakMachine(machine);
        Map<String, MachineStatus> health = provider.health(List.of(machine, other));
        MachineStatus broken = health.get("instance-1002");
        assertThat(broken == null || !broken.functional()).as("broken machine reported functional: %s", broken)
                .isTrue();
        assertThat(health.get("instance-1003")).matches(MachineStatus::functional, "functional");
        repairMachine(machine);
        assertThat(provider.health(List.of(machine)).get("instance-1002")).matches(MachineStatus::functional,
                "functional");
    }

    @Test
    void aDestroyedMachineIsNotFunctionalAndDestroyingItAgainIsNoError() {
        Machine machine = provision("instance-1004");
        provider.destroy(machine, DestroyContext.TERMINATE);
        MachineStatus after = provider.health(List.of(machine)).get("instance-1004");
        assertThat(after == null || !after.functional()).isTrue();
        provider.destroy(machine, DestroyContext.TERMINATE);
    }

    @Test
    void healthOfNoMachinesIsEmpty() {
        assertThat(provider.health(List.of())).isEmpty();
    }

    @Test
    void parallelProvisionsMakeDistinctMachines() throws Exception {
        int n = parallelProvisions();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Machine> machines = new ArrayList<>();
        try {
            List<Future<Machine>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String id = "instance-" + (2000 + i);
                futures.add(pool.submit(() -> provision(id)));
            }
            for (Future<Machine> f : futures) {
                machines.add(f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        Set<RawJson> data = new HashSet<>();
        machines.forEach(m -> data.add(m.data()));
        assertThat(data).as("machine data must tell the machines apart").hasSize(n);
        assertThat(provider.health(machines).values()).hasSize(n).allMatch(MachineStatus::functional);
    }

    @Test
    void redactKeepsTagsAndLogicalId() {
        Spec spec = spec().withLogicalId("lid-1");
        Spec redacted = provider.redact(spec);
        assertThat(redacted.tags()).isEqualTo(spec.tags());
        assertThat(redacted.logicalId()).isEqualTo("lid-1");
    }
}
