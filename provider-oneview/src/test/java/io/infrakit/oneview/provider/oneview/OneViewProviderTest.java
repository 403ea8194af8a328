package io.infrakit.oneview.provider.oneview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.client.testing.LogCapture;
import io.infrakit.oneview.simulator.InventorySpec;
import io.infrakit.oneview.simulator.OneViewSimulator;
import io.infrakit.oneview.simulator.RecordedRequest;
import io.infrakit.oneview.simulator.ServerFailure;
import io.infrakit.oneview.simulator.ServerState;
import io.infrakit.oneview.simulator.TaskKind;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.InvalidPropertiesException;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.provider.FoundMachine;
import io.infrakit.oneview.spi.provider.Machine;
import io.infrakit.oneview.spi.provider.MachineStatus;
import io.infrakit.oneview.spi.provider.ProvisionRequest;
import io.infrakit.oneview.spi.provider.Recovery;
import io.infrakit.oneview.spi.provider.UnfinishedProvision;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provider against the simulator, without the engine: provisioning, faults, destroy, health, orphans. */
class OneViewProviderTest {

    @TempDir
    Path tmp;

    private OneViewSimulator sim;
    private OneViewInstanceProvider provider;

    @BeforeEach
    void start() {
        sim = Fixture.simulator(Duration.ofMillis(100));
        provider = Fixture.provider(sim, tmp);
    }

    @AfterEach
    void stop() {
        provider.close();
        sim.close();
    }

    private static Spec spec(RawJson props) {
        return Spec.of(props, Map.of("infrakit.group", "workers", "infrakit.config.hash", "abc"));
    }

    private Machine provision(String id, RawJson props) {
        return provider.provision(new ProvisionRequest(id, spec(props)));
    }

    private ServerState server(String uri) {
        return sim.servers().stream().filter(s -> s.uri().equals(uri)).findFirst().orElseThrow();
    }

    @Test
    void provisionAppliesAMarkedProfileAndPowersTheServerOn() {
        Machine m = provision("instance-1", Fixture.template("\"ProfileName\":\"Docker\""));
        MachineData d = MachineData.of(m);
        assertThat(m.instanceId()).isEqualTo("instance-1");
        assertThat(d.profileName()).isEqualTo("Docker-1");
        assertThat(d.appliance()).isEqualTo(sim.baseUri().toString());
        assertThat(d.user()).isEqualTo("administrator");
        assertThat(d.serialNumber()).isNotBlank();
        assertThat(d.serverName()).contains("bay");
        assertThat(m.data().json()).doesNotContain(Fixture.PASSWORD);
        ServerState s = server(d.serverHardwareUri());
        assertThat(s.state()).isEqualTo("ProfileApplied");
        assertThat(s.powerState()).isEqualTo("On");
        assertThat(s.serverProfileUri()).isEqualTo(d.profileUri());

        Map<String, MachineStatus> health = provider.health(List.of(m));
        assertThat(health.get("instance-1").health()).isEqualTo(MachineStatus.Health.FUNCTIONAL);
        assertThat(health.get("instance-1").properties().json()).contains("\"PowerState\":\"On\"")
                .contains("\"SerialNumber\":\"" + d.serialNumber() + "\"").contains(d.profileUri());
    }

    @Test
    void powerOnFalseLeavesTheServerOff() {
        Machine m = provision("instance-2", Fixture.template("\"PowerOn\":false"));
        assertThat(server(MachineData.of(m).serverHardwareUri()).powerState()).isEqualTo("Off");
    }

    @Test
    void parallelProvisionsNeverPickTheSameServer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Machine>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String id = "instance-p" + i;
                futures.add(pool.submit(() -> provision(id, Fixture.template(""))));
            }
            Set<String> servers = new java.util.HashSet<>();
            for (Future<Machine> f : futures) {
                servers.add(MachineData.of(f.get()).serverHardwareUri());
            }
            assertThat(servers).hasSize(8);
            assertThat(sim.profileCount()).isEqualTo(8);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLogicalIdPicksTheServerOfThatNameOtherwiseAnyFreeOne() {
        Machine named = provider.provision(new ProvisionRequest("instance-q1",
                spec(Fixture.template("")).withLogicalId("Encl2, bay 5")));
        assertThat(MachineData.of(named).serverName()).isEqualTo("Encl2, bay 5");
        Machine any = provider.provision(new ProvisionRequest("instance-q2",
                spec(Fixture.template("")).withLogicalId("10.0.0.9")));
        assertThat(MachineData.of(any).serverName()).isNotEqualTo("Encl2, bay 5");
    }

    @Test
    void aLogicalIdMayAlsoBeASerialNumber() {
        Machine first = provider.provision(new ProvisionRequest("instance-s1",
                spec(Fixture.template("")).withLogicalId("Encl3, bay 3")));
        String serial = MachineData.of(first).serialNumber();
        provider.destroy(first, DestroyContext.TERMINATE);
        Machine again = provider.provision(new ProvisionRequest("instance-s2",
                spec(Fixture.template("")).withLogicalId(serial)));
        assertThat(MachineData.of(again).serverName()).isEqualTo("Encl3, bay 3");
        assertThat(MachineData.of(again).serialNumber()).isEqualTo(serial);
    }

    private static UnfinishedProvision unfinished(String id, RawJson properties) {
        return new UnfinishedProvision(id, Spec.of(properties, Map.of()), java.time.Instant.EPOCH);
    }

    @Test
    void recoveryAdoptsAnAppliedProfileCleansUpAProvisionThatMadeNothingAndDeletesNothing() {
        Machine made = provision("instance-o1", Fixture.template(""));
        provision("instance-o2", Fixture.template(""));
        try (OneViewInstanceProvider other = Fixture.provider(sim, tmp)) {
            List<Recovery> outcomes = other.recover(List.of(unfinished("instance-o1", Fixture.template("")),
                    unfinished("instance-none", Fixture.template(""))));
            assertThat(outcomes).extracting(Recovery::outcome).containsExactly(Recovery.Outcome.ADOPTED,
                    Recovery.Outcome.CLEANED_UP);
            assertThat(MachineData.of(outcomes.get(0).machine())).isEqualTo(MachineData.of(made));
            assertThat(outcomes.get(1).detail()).isEqualTo("no server profile of it on [" + sim.baseUri() + "]");
            assertThat(sim.profileCount()).isEqualTo(2);
        }
    }

    @Test
    void recoveryDeletesTheProfileOfABrokenMachineInTheBackgroundAndAnotherOwnerNeverTouchesIt() throws Exception {
        Machine broken = provision("instance-21", Fixture.template(""));
        sim.faults().failServer(MachineData.of(broken).serverHardwareUri(), ServerFailure.REMOVED);

        Map<String, String> other = new HashMap<>(Fixture.settings(sim, tmp));
        other.put(ProviderSettings.OWNER, "someone-else");
        try (OneViewInstanceProvider stranger = Fixture.provider(other, tmp)) {
            assertThat(stranger.recover(List.of(unfinished("instance-21", Fixture.template("")))).get(0).outcome())
                    .isEqualTo(Recovery.Outcome.CLEANED_UP);
            assertThat(sim.profileCount()).isEqualTo(1);
        }

        Recovery first = provider.recover(List.of(unfinished("instance-21", Fixture.template("")))).get(0);
        assertThat(first.outcome()).isEqualTo(Recovery.Outcome.PENDING);
        assertThat(first.detail()).startsWith("deleting server profile ");
        assertThat(provider.awaitRecoveryRemovals(Duration.ofSeconds(20))).isTrue();
        assertThat(provider.recoveryRemovals()).isEqualTo(1);
        assertThat(sim.profileCount()).isZero();
        assertThat(provider.recover(List.of(unfinished("instance-21", Fixture.template("")))).get(0).outcome())
                .isEqualTo(Recovery.Outcome.CLEANED_UP);
    }

    @Test
    void recoveryNeverLogsInWithTheMaskedPasswordOfTheJournalledProperties() {
        RawJson masked = RawJson.of("{\"TemplateName\":\"T\",\"OneView\":{\"OneViewAddress\":\"https://127.0.0.1:1\","
                + "\"OneViewUsername\":\"u\",\"OneViewPassword\":\"REDACTED\"}}");
        Recovery r = provider.recover(List.of(unfinished("instance-x", masked))).get(0);
        assertThat(r.outcome()).isEqualTo(Recovery.Outcome.PENDING);
        assertThat(r.detail()).contains("no password known for user u on the OneView appliance");
    }

    @Test
    void theMachinesFoundCarryTheMarkersTagsLogicalIdAndTemplate() {
        Spec spec = new Spec(Fixture.template(""), io.infrakit.oneview.spi.Tags.copyOf(Map.of("infrakit.group", "w",
                "infrakit.config.hash", "h")), "", "Encl1, bay 2", null);
        Machine made = provider.provision(new ProvisionRequest("instance-f1", spec));
        List<FoundMachine> found = provider.findMachines();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).instanceId()).isEqualTo("instance-f1");
        assertThat(found.get(0).tags()).isEqualTo(spec.tags());
        assertThat(found.get(0).logicalId()).isEqualTo("Encl1, bay 2");
        assertThat(found.get(0).properties().json()).isEqualTo("{\"TemplateName\":\"" + Fixture.TEMPLATE + "\"}");
        assertThat(MachineData.of(found.get(0).machine()).profileUri()).isEqualTo(MachineData.of(made).profileUri());
    }

    @Test
    void poweredOnServersAreUsedOnlyWithPowerOff() {
        provider.close();
        sim.close();
        sim = Fixture.simulator(Duration.ofMillis(100), InventorySpec.defaults().withPoweredOnPercent(100));
        provider = Fixture.provider(sim, tmp);
        assertThatThrownBy(() -> provision("instance-3", Fixture.template("")))
                .isInstanceOf(InstancePluginException.class)
                .hasMessageContaining("no free server hardware for template '" + Fixture.TEMPLATE + "'")
                .hasMessageContaining("server hardware type /rest/server-hardware-types/")
                .hasMessageContaining("; 1 with status Critical or Warning")
                .hasMessageContaining("; 10 powered on (set \"PowerOff\": true");
        Machine m = provision("instance-4", Fixture.template("\"PowerOff\":true"));
        assertThat(server(MachineData.of(m).serverHardwareUri()).state()).isEqualTo("ProfileApplied");
    }

    @Test
    void aFailedProvisionPowersTheServerItPoweredOffBackOn() {
        provider.close();
        sim.close();
        sim = Fixture.simulator(Duration.ofMillis(100), InventorySpec.defaults().withPoweredOnPercent(100));
        provider = Fixture.provider(sim, tmp);
        sim.faults().failNextTask(TaskKind.CREATE_PROFILE, "SomeValidationError");

        assertThatThrownBy(() -> provision("instance-5", Fixture.template("\"PowerOff\":true")))
                .isInstanceOf(InstancePluginException.class)
                .hasMessageContaining("which it had powered off, was powered on again");
        assertThat(sim.servers()).allMatch(s -> s.powerState().equals("On") && s.serverProfileUri() == null);
    }

    @Test
    void aFailedCreateTaskIsACleanErrorAndLeavesNothing() {
        sim.faults().failNextTask(TaskKind.CREATE_PROFILE, "MacTypeDiffGlobalMacType");
        assertThatThrownBy(() -> provision("instance-5", Fixture.template("")))
                .isInstanceOf(InstancePluginException.class)
                .hasMessageContaining("instance instance-5: creating server profile Web Server Template-5")
                .hasMessageContaining("MacTypeDiffGlobalMacType")
                .hasMessageContaining("no profile was left behind")
                .hasMessageNotContaining(Fixture.PASSWORD);
        assertThat(sim.profileCount()).isZero();
        assertThat(sim.servers()).allMatch(s -> s.serverProfileUri() == null);
        provision("instance-6", Fixture.template(""));
        assertThat(sim.profileCount()).isEqualTo(1);
    }

    @Test
    void aFailedPowerOnDeletesTheProfileAgain() {
        sim.faults().failNextTask(TaskKind.POWER_ON, "PowerOnFailed");
        assertThatThrownBy(() -> provision("instance-7", Fixture.template("")))
                .isInstanceOf(InstancePluginException.class)
                .hasMessageContaining("powering on server")
                .hasMessageContaining("the half-made profile Web Server Template-7 was deleted");
        assertThat(sim.profileCount()).isZero();
    }

    @Test
    void aServerTakenBySomeoneElseMeansTryingAnother() {
        sim.faults().failNextTask(TaskKind.CREATE_PROFILE, "ProfileAlreadyExistsInServer");
        Machine m = provision("instance-8", Fixture.template(""));
        assertThat(sim.profileCount()).isEqualTo(1);
        assertThat(server(MachineData.of(m).serverHardwareUri()).state()).isEqualTo("ProfileApplied");
    }

    @Test
    void destroyPowersOffAndDeletesAndAProfileAlreadyGoneIsFine() {
        Machine m = provision("instance-9", Fixture.template(""));
        String hw = MachineData.of(m).serverHardwareUri();
        provider.destroy(m, DestroyContext.TERMINATE);
        assertThat(sim.profileCount()).isZero();
        assertThat(server(hw).powerState()).isEqualTo("Off");
        assertThat(server(hw).state()).isEqualTo("NoProfileApplied");
        provider.destroy(m, DestroyContext.TERMINATE);
        assertThat(provider.health(List.of(m)).get("instance-9").health()).isEqualTo(MachineStatus.Health.GONE);
    }

    @Test
    void aProfileAtTheStoredUriThatIsMarkedForAnotherInstanceIsNotTheMachine() {
        Machine made = provision("instance-20", Fixture.template(""));
        Machine stale = new Machine("instance-21", made.data());

        Map<String, MachineStatus> h = provider.health(List.of(made, stale));

        assertThat(h.get("instance-20").functional()).isTrue();
        assertThat(h.get("instance-21").health()).isEqualTo(MachineStatus.Health.GONE);
    }

    @Test
    void aServerPulledFromItsBayCanStillBeDestroyed() {
        Machine m = provision("instance-16", Fixture.template(""));
        sim.faults().failServer(MachineData.of(m).serverHardwareUri(), ServerFailure.REMOVED);
        assertThat(provider.health(List.of(m)).get("instance-16").health()).isEqualTo(MachineStatus.Health.FAILED);
        provider.destroy(m, DestroyContext.TERMINATE);
        assertThat(sim.profileCount()).isZero();
    }

    @Test
    void healthFollowsHardwareFailureAndRecoveryInTwoCallsWithoutLoggingInAgain() {
        Machine a = provision("instance-10", Fixture.template(""));
        Machine b = provision("instance-11", Fixture.template(""));
        List<Machine> both = List.of(a, b);
        String hwA = MachineData.of(a).serverHardwareUri();
        String hwB = MachineData.of(b).serverHardwareUri();

        sim.counters().reset();
        assertThat(provider.health(both).values()).allMatch(MachineStatus::functional);
        assertThat(sim.counters().total()).isEqualTo(2);
        assertThat(sim.counters().get("POST /rest/login-sessions")).isZero();

        sim.faults().failServer(hwA, ServerFailure.CRITICAL);
        sim.faults().failServer(hwB, ServerFailure.REMOVED);
        Map<String, MachineStatus> h = provider.health(both);
        assertThat(h.get("instance-10").health()).isEqualTo(MachineStatus.Health.FAILED);
        assertThat(h.get("instance-10").detail()).contains("status Critical");
        assertThat(h.get("instance-11").health()).isEqualTo(MachineStatus.Health.FAILED);

        sim.faults().recoverServer(hwA);
        sim.faults().recoverServer(hwB);
        assertThat(provider.health(both).values()).allMatch(MachineStatus::functional);
    }

    @Test
    void anExpiredSessionIsRenewedOnceAndNothingFails() {
        Machine a = provision("instance-12", Fixture.template(""));
        sim.counters().reset();
        sim.faults().expireAllSessions();
        assertThat(provider.health(List.of(a)).get("instance-12").functional()).isTrue();
        assertThat(sim.counters().get("POST /rest/login-sessions")).isEqualTo(1);
        assertThat(provider.health(List.of(a)).get("instance-12").functional()).isTrue();
        assertThat(sim.counters().get("POST /rest/login-sessions")).isEqualTo(1);
    }

    @Test
    void burstsOf503AreRetriedOnReads() {
        Machine a = provision("instance-13", Fixture.template(""));
        sim.faults().failNextRequests(3, 503, "/rest/server-hardware");
        assertThat(provider.health(List.of(a)).get("instance-13").functional()).isTrue();
    }

    @Test
    void anApplianceThatRefusesTheFiltersIsListedWithoutThem() {
        Machine a = provision("instance-15", Fixture.template(""));
        sim.faults().failNextRequests(1, 400, "/rest/server-profiles");
        sim.faults().failNextRequests(1, 400, "/rest/server-hardware");
        assertThat(provider.health(List.of(a)).get("instance-15").functional()).isTrue();
        sim.counters().reset();
        assertThat(provider.health(List.of(a)).get("instance-15").functional()).isTrue();
        assertThat(sim.counters().total()).isEqualTo(2);
    }

    @Test
    void whatOneProviderLearntOfRefusedFiltersStaysWithIt() throws InterruptedException {
        Machine a = provision("instance-16", Fixture.template(""));
        sim.faults().failNextRequests(1, 400, "/rest/server-profiles");
        assertThat(provider.health(List.of(a)).get("instance-16").functional()).isTrue();
        try (OneViewInstanceProvider other = Fixture.provider(sim, tmp)) {
            sim.clearRecordedRequests();
            assertThat(other.health(List.of(a)).get("instance-16").functional()).isTrue();
            List<String> listings = new ArrayList<>();
            for (RecordedRequest r; (r = sim.takeRequest(Duration.ZERO)) != null; ) {
                if (r.uri().startsWith("/rest/server-profiles?")) {
                    listings.add(r.uri());
                }
            }
            assertThat(listings).isNotEmpty().allMatch(uri -> uri.contains("filter="));
        }
    }

    @Test
    void burstsOf503WhileWaitingForTasksAreRetried() {
        sim.faults().failNextRequests(3, 503, "/rest/tasks");
        Machine m = provision("instance-19", Fixture.template(""));
        assertThat(server(MachineData.of(m).serverHardwareUri()).state()).isEqualTo("ProfileApplied");
    }

    @Test
    void validateChecksTheTemplateAndNamesOnTheAppliance() {
        provider.validate(Fixture.template("\"ServerHardwareTypeName\":\"SY 480 Gen10 1\",\"EnclosureGroupName\":\"EG1\""));
        assertThatThrownBy(() -> provider.validate(RawJson.of("{\"TemplateName\":\"No Such Template\"}")))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageStartingWith("TemplateName: there is no server profile template named 'No Such Template'");
        assertThatThrownBy(() -> provider.validate(Fixture.template("\"ServerHardwareTypeName\":\"Nope\"")))
                .hasMessageStartingWith("ServerHardwareTypeName: there is no server hardware type named 'Nope'");
        assertThatThrownBy(() -> provider.validate(Fixture.template("\"ServerHardwareTypeName\":\"SY 660 Gen10 1\"")))
                .hasMessageStartingWith("ServerHardwareTypeName: the server hardware type")
                .hasMessageContaining("does not match");
        assertThatThrownBy(() -> provider.validate(Fixture.template("\"EnclosureGroupName\":\"EG9\"")))
                .hasMessageStartingWith("EnclosureGroupName: there is no enclosure group named 'EG9'");
    }

    @Test
    void wrongCredentialsAreRefusedWithoutShowingAnyPasswordAndDoNotBreakHealthChecks() {
        Machine m = provision("instance-14", Fixture.template(""));
        String json = "{\"TemplateName\":\"T\",\"OneView\":{\"OneViewUsername\":\"administrator\","
                + "\"OneViewPassword\":\"wrong-" + Fixture.PASSWORD + "\"}}";
        assertThatThrownBy(() -> provider.validate(RawJson.of(json)))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("cannot log in")
                .hasMessageNotContaining(Fixture.PASSWORD);
        assertThat(provider.health(List.of(m)).get("instance-14").functional()).isTrue();
    }

    @Test
    void oneSessionIsSharedAndClosingLogsItOut() {
        provision("instance-17", Fixture.template(""));
        provision("instance-18", Fixture.template(""));
        provider.close();
        assertThat(sim.counters().get("POST /rest/login-sessions")).isEqualTo(1);
        assertThat(sim.counters().get("DELETE /rest/login-sessions")).isEqualTo(1);
    }

    @Test
    void validationRefusesWhatEveryProvisionWouldFailOn() {
        Map<String, String> pinned = new HashMap<>(Fixture.settings(sim, tmp));
        pinned.put(ProviderSettings.API_VERSION, "9999");
        try (OneViewInstanceProvider tooNew = Fixture.provider(pinned, tmp)) {
            assertThatThrownBy(() -> tooNew.validate(Fixture.template("")))
                    .isInstanceOf(InvalidPropertiesException.class).hasMessageContaining("9999");
        }
        Map<String, String> untrusted = new HashMap<>(Fixture.settings(sim, tmp));
        untrusted.remove(ProviderSettings.CA_BUNDLE);
        try (OneViewInstanceProvider noCa = Fixture.provider(untrusted, tmp)) {
            assertThatThrownBy(() -> noCa.validate(Fixture.template("")))
                    .isInstanceOf(InvalidPropertiesException.class).hasMessageContaining("is not trusted");
        }
    }

    @Test
    void anUnreachableApplianceDoesNotFailValidationButIsReportedAsUnchecked() {
        var validation = provider.validateAndReport(RawJson.of("{\"TemplateName\":\"T\",\"OneView\":{"
                + "\"OneViewAddress\":\"127.0.0.1:1\",\"OneViewUsername\":\"u\",\"OneViewPassword\":\"p\"}}"));
        assertThat(validation.complete()).isFalse();
        assertThat(validation.unchecked()).singleElement().asString()
                .startsWith("cannot reach the OneView appliance https://127.0.0.1:1")
                .endsWith("template 'T' was not checked").doesNotContain("\"p\"");
        assertThat(provider.validateAndReport(Fixture.template("")).complete()).isTrue();
    }

    @Test
    void noLogLineEverHoldsThePassword() {
        try (LogCapture logs = LogCapture.capture()) {
            Machine m = provision("instance-30", Fixture.template(""));
            provider.health(List.of(m));
            provider.destroy(m, DestroyContext.TERMINATE);
            assertThat(logs.lines()).anyMatch(l -> l.startsWith("INFO instance instance-30: create profile")
                    && l.contains("Completed 100%"));
            assertThat(logs.lines()).anyMatch(l -> l.contains("instance instance-30: power on") && l.contains("Completed"));
            assertThat(logs.lines().stream().filter(l -> l.contains(Fixture.PASSWORD))
                    .collect(Collectors.toList())).isEmpty();
        }
    }
}
