package io.infrakit.oneview.spi.provider;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.InvalidPropertiesException;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.Tags;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
 * the {@code instance-spi} test jar and needs JUnit Jupiter only) and says how to make a provider, valid properties,
 * how to break and repair a machine behind the provider's back, and whether anything of an instance is left on the
 * backend. The kit checks provisioning, health before and after a failure and a repair, destroy (twice), parallel
 * provisions, {@code redact}, the recovery of unfinished provisions, and, for providers that implement
 * {@link MachineDiscovery}, the listing of their machines.
 */
public abstract class InstanceProviderContractTest {

    /** How many rounds {@link #settle} waits through pending answers. */
    private static final int SETTLE_ROUNDS = 50;

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

    /**
     * @param instanceId an instance ID
     * @return whether the backend still holds anything the provider made for it (a machine, a half-made one, a
     *         temporary file)
     * @throws Exception when the backend cannot be asked
     */
    protected abstract boolean anythingLeftOf(String instanceId) throws Exception;

    /**
     * Waits until work the provider runs in the background (a removal) has finished; called between two
     * {@link InstanceProvider#recover} rounds that left provisions pending. By default nothing.
     *
     * @throws Exception when waiting fails
     */
    protected void awaitBackgroundWork() throws Exception {
    }

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

    private static boolean functional(MachineStatus status) {
        return status != null && status.functional();
    }

    private UnfinishedProvision unfinished(String id) {
        return new UnfinishedProvision(id, provider.redact(spec()), Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** Recovers until nothing is pending (or gives up), and returns the final outcome of each provision. */
    private Map<String, Recovery> settle(List<UnfinishedProvision> unfinished) throws Exception {
        Map<String, Recovery> settled = new HashMap<>();
        List<UnfinishedProvision> left = new ArrayList<>(unfinished);
        for (int round = 0; round < SETTLE_ROUNDS && !left.isEmpty(); round++) {
            if (round > 0) {
                awaitBackgroundWork();
            }
            List<Recovery> answers = provider.recover(List.copyOf(left));
            assertNotNull(answers, "recover returned null");
            for (Recovery r : answers) {
                assertTrue(left.stream().anyMatch(u -> u.instanceId().equals(r.instanceId())),
                        "recover answered for " + r.instanceId() + ", which it was not given");
                if (r.outcome() != Recovery.Outcome.PENDING) {
                    settled.put(r.instanceId(), r);
                }
            }
            left.removeIf(u -> settled.containsKey(u.instanceId()));
        }
        if (!left.isEmpty()) {
            fail("still pending after " + SETTLE_ROUNDS + " rounds: " + left);
        }
        return settled;
    }

    @Test
    void validateAcceptsValidPropertiesAndRefusesInvalidOnesWithAMessage() {
        provider.validate(validProperties());
        RawJson invalid = invalidProperties();
        if (invalid != null) {
            InvalidPropertiesException e = assertThrows(InvalidPropertiesException.class,
                    () -> provider.validate(invalid));
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "the refusal says why");
        }
    }

    @Test
    void provisionReturnsAMachineForTheRequestedIdThatIsFunctional() {
        Machine machine = provision("instance-1001");
        assertEquals("instance-1001", machine.instanceId());
        assertTrue(functional(provider.health(List.of(machine)).get("instance-1001")));
    }

    @Test
    void aBrokenMachineIsNotFunctionalAndARepairedOneIsAgain() throws Exception {
        Machine machine = provision("instance-1002");
        Machine other = provision("instance-1003");
        breakMachine(machine);
        Map<String, MachineStatus> health = provider.health(List.of(machine, other));
        MachineStatus broken = health.get("instance-1002");
        assertFalse(functional(broken), "broken machine reported functional: " + broken);
        assertTrue(functional(health.get("instance-1003")));
        repairMachine(machine);
        assertTrue(functional(provider.health(List.of(machine)).get("instance-1002")));
    }

    @Test
    void aDestroyedMachineIsNotFunctionalAndDestroyingItAgainIsNoError() throws Exception {
        Machine machine = provision("instance-1004");
        provider.destroy(machine, DestroyContext.TERMINATE);
        assertFalse(functional(provider.health(List.of(machine)).get("instance-1004")));
        assertDoesNotThrow(() -> provider.destroy(machine, DestroyContext.TERMINATE));
        assertFalse(anythingLeftOf("instance-1004"), "a destroyed machine leaves nothing behind");
    }

    @Test
    void healthOfNoMachinesIsEmpty() {
        assertTrue(provider.health(List.of()).isEmpty());
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
        assertEquals(n, data.size(), "machine data must tell the machines apart");
        Map<String, MachineStatus> health = provider.health(machines);
        assertEquals(n, health.size());
        assertTrue(health.values().stream().allMatch(MachineStatus::functional), health.toString());
    }

    @Test
    void redactKeepsTagsAndLogicalId() {
        Spec spec = spec().withLogicalId("lid-1");
        Spec redacted = provider.redact(spec);
        assertEquals(spec.tags(), redacted.tags());
        assertEquals("lid-1", redacted.logicalId());
    }

    @Test
    void recoverAdoptsAMachineThatWasMadeCompletely() throws Exception {
        Machine made = provision("instance-3001");
        Recovery recovery = settle(List.of(unfinished("instance-3001"))).get("instance-3001");
        assertEquals(Recovery.Outcome.ADOPTED, recovery.outcome(), recovery.detail());
        assertEquals("instance-3001", recovery.machine().instanceId());
        assertTrue(functional(provider.health(List.of(recovery.machine())).get("instance-3001")),
                "the adopted machine is functional");
        provider.destroy(recovery.machine(), DestroyContext.TERMINATE);
        assertFalse(anythingLeftOf("instance-3001"), "destroying the adopted machine destroys the one made: "
                + made);
    }

    @Test
    void recoverCleansUpABrokenMachineAndLeavesNothing() throws Exception {
        Machine made = provision("instance-3002");
        breakMachine(made);
        Recovery recovery = settle(List.of(unfinished("instance-3002"))).get("instance-3002");
        assertEquals(Recovery.Outcome.CLEANED_UP, recovery.outcome(), recovery.detail());
        assertFalse(anythingLeftOf("instance-3002"), "nothing is left after a clean-up");
    }

    @Test
    void recoverOfAProvisionThatMadeNothingIsCleanedUp() throws Exception {
        Recovery recovery = settle(List.of(unfinished("instance-3003"))).get("instance-3003");
        assertEquals(Recovery.Outcome.CLEANED_UP, recovery.outcome(), recovery.detail());
    }

    @Test
    void recoverSettlesEachProvisionOnItsOwnAndTouchesNoOtherMachine() throws Exception {
        Machine complete = provision("instance-3004");
        Machine bystander = provision("instance-3005");
        Machine broken = provision("instance-3006");
        breakMachine(broken);
        Map<String, Recovery> settled = settle(List.of(unfinished("instance-3004"), unfinished("instance-3006"),
                unfinished("instance-3007")));
        assertEquals(Recovery.Outcome.ADOPTED, settled.get("instance-3004").outcome());
        assertEquals(Recovery.Outcome.CLEANED_UP, settled.get("instance-3006").outcome());
        assertEquals(Recovery.Outcome.CLEANED_UP, settled.get("instance-3007").outcome());
        assertTrue(functional(provider.health(List.of(bystander, complete)).get("instance-3005")),
                "a machine whose provision was not handed over is left alone");
    }

    @Test
    void discoveryListsEveryMachineMadeForThisPluginWithItsTagsAndLogicalId() throws Exception {
        assumeTrue(provider instanceof MachineDiscovery, "the provider does not implement MachineDiscovery");
        MachineDiscovery discovery = (MachineDiscovery) provider;
        Spec tagged = new Spec(validProperties(), Tags.copyOf(Map.of("infrakit.group", "workers",
                "infrakit.config.hash", "abc123")), "", "lid-7", null);
        provider.provision(new ProvisionRequest("instance-4001", tagged));
        Machine gone = provision("instance-4002");
        provider.destroy(gone, DestroyContext.TERMINATE);

        List<FoundMachine> found = discovery.findMachines();

        List<FoundMachine> mine = found.stream().filter(f -> f.instanceId().equals("instance-4001")).toList();
        assertEquals(1, mine.size(), "one entry for the machine: " + found);
        assertEquals(tagged.tags(), mine.get(0).tags());
        assertEquals("lid-7", mine.get(0).logicalId());
        assertTrue(functional(provider.health(List.of(mine.get(0).machine())).get("instance-4001")),
                "the machine found is the one made");
        assertTrue(found.stream().noneMatch(f -> f.instanceId().equals("instance-4002")),
                "a destroyed machine is not found");
    }

    @Test
    void redactMasksEverySecretField() {
        for (String field : provider.secretFields()) {
            String secret = "contract-test-secret-" + field.hashCode();
            Spec spec = Spec.of(RawJson.of("{\"Nested\":{\"" + field + "\":\"" + secret + "\"}}"), Map.of());
            assertFalse(provider.redact(spec).properties().json().contains(secret), "redacted " + field);
        }
    }
}
