package io.infrakit.oneview.engine;

import static io.infrakit.oneview.engine.EngineFixture.engine;
import static io.infrakit.oneview.engine.EngineFixture.ids;
import static io.infrakit.oneview.engine.EngineFixture.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.spi.Attachment;
import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.DestroyReason;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.InvalidPropertiesException;
import io.infrakit.oneview.spi.JsonRedaction;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.Tags;
import io.infrakit.oneview.spi.UnknownInstanceException;
import io.infrakit.oneview.spi.provider.MachineStatus;
import io.infrakit.oneview.store.MemoryStateStore;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProviderInstancePluginTest {

    private final FakeProvider provider = new FakeProvider();
    private final MemoryStateStore store = new MemoryStateStore();
    private final ProviderInstancePlugin plugin = engine(provider, store);

    @AfterEach
    void close() {
        plugin.close();
    }

    @Test
    void provisionAsksTheProviderAndRecordsTheInstanceWithTheSpecsTagsAndLogicalId() {
        Spec spec = new Spec(RawJson.of("{\"Note\":\"x\"}"), Tags.copyOf(Map.of("infrakit.group", "cattle")),
                "echo hi", "10.0.0.2", List.of(new Attachment("vol-1", "ebs")));

        String id = plugin.provision(spec);

        assertThat(id).isEqualTo("instance-1");
        assertThat(provider.machines.get(id).spec()).isEqualTo(spec);
        assertThat(plugin.describeInstances(Map.of(), false))
                .containsExactly(new Description("instance-1", "10.0.0.2", Tags.copyOf(Map.of("infrakit.group", "cattle")),
                        null));
    }

    @Test
    void provisionSkipsIdsAlreadyInUse() {
        Iterator<String> ids = List.of("instance-a", "instance-a", "instance-b").iterator();
        try (ProviderInstancePlugin p = ProviderInstancePlugin.builder().provider(provider)
                .store(new MemoryStateStore()).idGenerator(ids::next).build()) {
            assertThat(p.provision(spec("{}", Map.of()))).isEqualTo("instance-a");
            assertThat(p.provision(spec("{}", Map.of()))).isEqualTo("instance-b");
        }
    }

    @Test
    void provisionRetriesWithANewIdWhenTheProviderSaysTheIdIsTaken() {
        provider.takenIds.add("instance-1");
        assertThat(plugin.provision(spec("{}", Map.of()))).isEqualTo("instance-2");
        assertThat(ids(plugin.describeInstances(Map.of(), false))).containsExactly("instance-2");
    }

    @Test
    void aFailedProvisionRecordsNothingAndKeepsTheProvidersMessage() {
        provider.failProvision = new InstancePluginException("no free server hardware");
        assertThatThrownBy(() -> plugin.provision(spec("{}", Map.of())))
                .isInstanceOf(InstancePluginException.class).hasMessage("no free server hardware");
        provider.failProvision = new IllegalStateException("bug");
        assertThatThrownBy(() -> plugin.provision(spec("{}", Map.of())))
                .isInstanceOf(InstancePluginException.class)
                .hasMessage("provisioning instance instance-2 failed: java.lang.IllegalStateException: bug");
        assertThat(EngineFixture.journal(store)).containsExactly("instance-1", "instance-2");
        assertThat(plugin.describeInstances(Map.of(), false)).isEmpty();
        assertThat(provider.recoverCalls).hasSize(1);
        assertThat(provider.recoverCalls.get(0)).containsExactlyInAnyOrder("instance-1", "instance-2");
        assertThat(EngineFixture.journal(store)).isEmpty();
    }

    @Test
    void aProvisionIsJournalledFirstSoNothingIsMadeWhenTheStateCannotBeWritten() {
        FailingStore failing = new FailingStore();
        try (ProviderInstancePlugin p = engine(provider, failing)) {
            failing.failWrites = true;
            assertThatThrownBy(() -> p.provision(spec("{}", Map.of())))
                    .isInstanceOf(InstancePluginException.class)
                    .hasMessage("cannot provision: the state /x/state.json cannot be written (cannot write the state "
                            + "file /x/state.json: No space left on device); nothing was made");
            assertThat(provider.machines).isEmpty();
        }
    }

    @Test
    void theJournalEntryCarriesTheSessionTheStartTimeAndTheRedactedSpec() {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        provider.onProvision = r -> {
            inside.countDown();
            awaitQuietly(release);
        };
        Thread running = new Thread(() -> plugin.provision(spec("{\"a\":1}", Map.of("g", "1"))));
        running.start();
        try {
            inside.await();
            assertThat(EngineFixture.stored(store)).isEqualTo("journal/instance-1 = {\"ID\":\"instance-1\","
                    + "\"Session\":\"" + store.session() + "\",\"Started\":\"2026-11-24T01:00:00Z\",\"Spec\":"
                    + "{\"Properties\":{\"a\":1},\"Tags\":{\"g\":\"1\"},\"Init\":\"\",\"LogicalID\":null,"
                    + "\"Attachments\":null}}");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        } finally {
            release.countDown();
        }
        awaitQuietly(running);
        assertThat(EngineFixture.journal(store)).isEmpty();
    }

    @Test
    void unfinishedProvisionsAreSettledByTheProviderButNeverOneStillRunning() throws Exception {
        provider.failAfterMaking = new InstancePluginException("half made");
        assertThatThrownBy(() -> plugin.provision(spec("{}", Map.of()))).hasMessage("half made");
        provider.failAfterMaking = null;
        provider.pendingIds = Set.of("instance-1");
        plugin.describeInstances(Map.of(), false);
        assertThat(EngineFixture.journal(store)).containsExactly("instance-1");
        provider.pendingIds = Set.of();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        provider.onProvision = r -> {
            inside.countDown();
            awaitQuietly(release);
        };
        Thread running = new Thread(() -> plugin.provision(spec("{}", Map.of())));
        running.start();
        inside.await();

        assertThat(ids(plugin.describeInstances(Map.of(), false))).containsExactly("instance-1");
        release.countDown();
        running.join();

        assertThat(provider.recoverCalls).containsExactly(List.of("instance-1"), List.of("instance-1"));
        assertThat(EngineFixture.journal(store)).isEmpty();
        assertThat(ids(plugin.describeInstances(Map.of(), false))).containsExactly("instance-1", "instance-2");
    }

    @Test
    void anAdoptedMachineIsRecordedWithTheJournalledSpecAndACleanedUpOneIsForgotten() {
        provider.failAfterMaking = new InstancePluginException("power-on task failed");
        assertThatThrownBy(() -> plugin.provision(new Spec(RawJson.of("{\"x\":1}"),
                Tags.copyOf(Map.of("infrakit.group", "g")), "", "lid-1", null)));
        assertThatThrownBy(() -> plugin.provision(spec("{}", Map.of())));
        provider.failAfterMaking = null;
        provider.health.put("instance-2", MachineStatus.failed("broken"));

        List<Description> described = plugin.describeInstances(Map.of(), true);

        assertThat(described).containsExactly(new Description("instance-1", "lid-1",
                Tags.copyOf(Map.of("infrakit.group", "g")), RawJson.of("{\"Properties\":{\"x\":1},\"Tags\":"
                + "{\"infrakit.group\":\"g\"},\"Init\":\"\",\"LogicalID\":\"lid-1\",\"Attachments\":null}")));
        assertThat(provider.machines).containsOnlyKeys("instance-1");
        assertThat(EngineFixture.journal(store)).isEmpty();
    }

    @Test
    void aFailingRecoveryNeverFailsADescribeAndIsRetried() {
        provider.failAfterMaking = new InstancePluginException("half made");
        assertThatThrownBy(() -> plugin.provision(spec("{}", Map.of())));
        provider.failAfterMaking = null;
        provider.failRecover = new InstancePluginException("appliance unreachable");
        assertThat(plugin.describeInstances(Map.of(), false)).isEmpty();
        provider.failRecover = null;
        assertThat(ids(plugin.describeInstances(Map.of(), false))).containsExactly("instance-1");
        assertThat(provider.recoverCalls).hasSize(2);
    }

    @Test
    void aReadFailureFailsTheCallNamingTheStoreInsteadOfAnsweringFromMemory() {
        FailingStore failing = new FailingStore();
        try (ProviderInstancePlugin p = engine(provider, failing)) {
            p.provision(spec("{}", Map.of()));
            failing.failReads = true;
            assertThatThrownBy(() -> p.describeInstances(Map.of(), false))
                    .isInstanceOf(InstancePluginException.class)
                    .hasMessage("cannot describe the instances: the state in /x/state.json cannot be read (cannot "
                            + "reach the state store /x/state.json: connection refused)");
            assertThatThrownBy(() -> p.provision(spec("{}", Map.of()))).hasMessageStartingWith("cannot provision: ");
            assertThat(provider.machines).hasSize(1);
            failing.failReads = false;
            assertThat(p.describeInstances(Map.of(), false)).hasSize(1);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aFailedCommitAfterASuccessfulProvisionDestroysTheMachineAgain() {
        FailingStore failing = new FailingStore();
        try (ProviderInstancePlugin p = engine(provider, failing)) {
            failing.failWrites = true;
            failing.writesBeforeFailing = 1;
            assertThatThrownBy(() -> p.provision(spec("{}", Map.of())))
                    .isInstanceOf(InstancePluginException.class)
                    .hasMessage("instance instance-1 was made but could not be recorded in the state /x/state.json "
                            + "(cannot write the state file /x/state.json: No space left on device); the machine was "
                            + "destroyed again");
            assertThat(provider.destroyed).containsExactly("instance-1");
            assertThat(provider.machines).isEmpty();
            failing.failWrites = false;
            assertThat(p.describeInstances(Map.of(), false)).isEmpty();
        }
    }

    @Test
    void aFailedCommitWhoseUndoAlsoFailsSaysSo() {
        FailingStore failing = new FailingStore();
        try (ProviderInstancePlugin p = engine(provider, failing)) {
            failing.failWrites = true;
            failing.writesBeforeFailing = 1;
            provider.failDestroy = new InstancePluginException("appliance unreachable");
            assertThatThrownBy(() -> p.provision(spec("{}", Map.of())))
                    .hasMessageEndingWith("destroying the machine again failed too (appliance unreachable): it is "
                            + "cleaned up by a later describe, or remove it by hand");
            assertThat(EngineFixture.journal(failing)).containsExactly("instance-1");
        }
    }

    @Test
    void theSpecIsStoredAndReportedAsTheProviderRedactsItButProvisionedInFull() {
        FakeProvider redacting = new FakeProvider() {
            @Override
            public Spec redact(Spec spec) {
                return new Spec(JsonRedaction.mask(spec.properties(), Set.of("OneViewPassword")), spec.tags(),
                        spec.init(), spec.logicalId(), spec.attachments());
            }
        };
        MemoryStateStore memory = new MemoryStateStore();
        try (ProviderInstancePlugin p = engine(redacting, memory)) {
            String id = p.provision(spec("{\"OneView\":{\"OneViewPassword\":\"hunter2\"},\"n\":1.50}",
                    Map.of("g", "1")));

            assertThat(redacting.machines.get(id).spec().properties().json()).contains("hunter2");
            assertThat(EngineFixture.stored(memory)).doesNotContain("hunter2").contains("\"REDACTED\"");
            assertThat(p.describeInstances(Map.of(), true).get(0).properties().json())
                    .startsWith("{\"Properties\":{\"OneView\":{\"OneViewPassword\":\"REDACTED\"},\"n\":1.50},");
        }
    }

    @Test
    void aFailingRedactionMakesNothing() {
        FakeProvider failing = new FakeProvider() {
            @Override
            public Spec redact(Spec spec) {
                throw new IllegalStateException("cannot parse");
            }
        };
        try (ProviderInstancePlugin p = engine(failing, new MemoryStateStore())) {
            assertThatThrownBy(() -> p.provision(spec("{}", Map.of())))
                    .hasMessage("cannot provision: the provider could not prepare the spec for the state (cannot "
                            + "parse); nothing was made");
            assertThat(failing.machines).isEmpty();
        }
    }

    @Test
    void labelMergesIntoTheTagsAndTellsTheProvider() {
        String id = plugin.provision(spec("{}", Map.of("infrakit.group", "cattle", "infrakit.config.hash",
                "bootstrap")));

        plugin.label(id, Map.of("infrakit.config.hash", "abc", "extra", "1"));

        Map<String, String> expected = Map.of("infrakit.group", "cattle", "infrakit.config.hash", "abc",
                "extra", "1");
        assertThat(plugin.describeInstances(Map.of(), false).get(0).tags()).isEqualTo(expected);
        assertThat(provider.tagsChanged.get(id)).isEqualTo(expected);
    }

    @Test
    void labelAndDestroyOfAnUnknownIdFailClearly() {
        assertThatThrownBy(() -> plugin.label("instance-9", Map.of("a", "b")))
                .isInstanceOf(UnknownInstanceException.class).hasMessage("unknown instance: instance-9");
        assertThatThrownBy(() -> plugin.destroy("instance-9", DestroyContext.TERMINATE))
                .isInstanceOf(UnknownInstanceException.class).hasMessage("unknown instance: instance-9");
        assertThat(provider.destroyed).isEmpty();
    }

    @Test
    void destroyAsksTheProviderThenForgetsTheInstance() {
        String a = plugin.provision(spec("{}", Map.of()));
        String b = plugin.provision(spec("{}", Map.of()));

        plugin.destroy(a, new DestroyContext(DestroyReason.ROLLING_UPDATE));

        assertThat(provider.destroyed).containsExactly(a);
        assertThat(provider.destroyContexts).containsExactly(new DestroyContext(DestroyReason.ROLLING_UPDATE));
        assertThat(ids(plugin.describeInstances(Map.of(), false))).containsExactly(b);
        assertThatThrownBy(() -> plugin.destroy(a, DestroyContext.TERMINATE))
                .isInstanceOf(UnknownInstanceException.class);
    }

    @Test
    void aFailedDestroyKeepsTheInstance() {
        String a = plugin.provision(spec("{}", Map.of()));
        provider.failDestroy = new InstancePluginException("profile deletion failed: task error");
        assertThatThrownBy(() -> plugin.destroy(a, DestroyContext.TERMINATE))
                .hasMessage("profile deletion failed: task error");
        assertThat(ids(plugin.describeInstances(Map.of(), false))).containsExactly(a);
    }

    @Test
    void labelAndDestroyWorkOnNonFunctionalInstances() {
        String a = plugin.provision(spec("{}", Map.of("k", "v")));
        provider.health.put(a, MachineStatus.failed("fan failure"));
        assertThat(plugin.describeInstances(Map.of(), false)).isEmpty();

        plugin.label(a, Map.of("k", "w"));
        provider.health.remove(a);
        assertThat(plugin.describeInstances(Map.of(), false).get(0).tags()).isEqualTo(Map.of("k", "w"));

        provider.health.put(a, MachineStatus.failed("fan failure"));
        assertThat(plugin.describeInstances(Map.of(), false)).isEmpty();
        plugin.destroy(a, DestroyContext.TERMINATE);
        assertThat(provider.destroyed).containsExactly(a);
        provider.health.clear();
        assertThat(plugin.describeInstances(Map.of(), false)).isEmpty();
    }

    @Test
    void theTagFilterIsAnAndOverAllPairs() {
        String web = plugin.provision(spec("{}", Map.of("infrakit.group", "cattle", "tier", "web")));
        String db = plugin.provision(spec("{}", Map.of("infrakit.group", "cattle", "tier", "db")));
        String other = plugin.provision(spec("{}", Map.of("infrakit.group", "other", "tier", "web")));

        assertThat(ids(plugin.describeInstances(Map.of(), false))).containsExactly(web, db, other);
        assertThat(ids(plugin.describeInstances(null, false))).containsExactly(web, db, other);
        assertThat(ids(plugin.describeInstances(Map.of("infrakit.group", "cattle"), false)))
                .containsExactly(web, db);
        assertThat(ids(plugin.describeInstances(Map.of("infrakit.group", "cattle", "tier", "web"), false)))
                .containsExactly(web);
        assertThat(ids(plugin.describeInstances(Map.of("tier", "web", "missing", "x"), false))).isEmpty();
    }

    @Test
    void propertiesAreReportedOnlyWhenAskedAsTheWholeStoredSpec() {
        plugin.provision(new Spec(RawJson.of("{\"Note\": \"hello\", \"size\": 3}"),
                Tags.copyOf(Map.of("infrakit.group", "cattle", "tier", "web")), "#!/bin/sh\necho hi", "lid-1",
                List.of(new Attachment("vol-1", "ebs"))));
        plugin.provision(spec("{\"x\":1}", Map.of("infrakit.group", "other")));

        assertThat(plugin.describeInstances(Map.of(), false)).extracting(Description::properties)
                .containsOnlyNulls();
        assertThat(plugin.describeInstances(Map.of(), true)).extracting(d -> d.properties().json()).containsExactly(
                "{\"Properties\":{\"Note\":\"hello\",\"size\":3},\"Tags\":{\"infrakit.group\":\"cattle\","
                        + "\"tier\":\"web\"},\"Init\":\"#!/bin/sh\\necho hi\",\"LogicalID\":\"lid-1\","
                        + "\"Attachments\":[{\"ID\":\"vol-1\",\"Type\":\"ebs\"}]}",
                "{\"Properties\":{\"x\":1},\"Tags\":{\"infrakit.group\":\"other\"},\"Init\":\"\","
                        + "\"LogicalID\":null,\"Attachments\":null}");
    }

    @Test
    void propertiesComeFromTheProviderWhenItReportsSome() {
        String a = plugin.provision(spec("{}", Map.of()));
        provider.health.put(a, MachineStatus.functional(RawJson.of("{\"power\":\"On\"}")));
        assertThat(plugin.describeInstances(Map.of(), true).get(0).properties())
                .isEqualTo(RawJson.of("{\"power\":\"On\"}"));
    }

    @Test
    void propertiesSurviveByteForByte() {
        String properties = "{\"price\":1.50,\"big\":12345678901234567890,\"tiny\":1e-400,\"s\":\"a\\u0041\","
                + "\"nested\":[1.0,{\"z\":null,\"a\":true}]}";
        plugin.provision(spec(properties, Map.of()));
        String described = plugin.describeInstances(Map.of(), true).get(0).properties().json();
        assertThat(described).startsWith("{\"Properties\":" + properties + ",\"Tags\"");
    }

    @Test
    void validateAndTheExampleComeFromTheProvider() {
        plugin.validate(RawJson.of("{}"));
        plugin.validate(RawJson.NULL);
        plugin.validate(null);
        assertThatThrownBy(() -> plugin.validate(RawJson.of("\"x\""))).isInstanceOf(InvalidPropertiesException.class);
        assertThat(plugin.exampleProperties()).contains(RawJson.of("{\"Note\":\"example\"}"));
    }

    @Test
    void closeClosesTheProviderAndTheStore() {
        plugin.close();
        assertThat(provider.closed).isTrue();
        assertThatThrownBy(store::load).hasMessageContaining("closed");
    }
}
