package io.infrakit.oneview.provider.oneview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.client.testing.LogCapture;
import io.infrakit.oneview.simulator.InventorySpec;
import io.infrakit.oneview.simulator.OneViewSimulator;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.InvalidPropertiesException;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.Tags;
import io.infrakit.oneview.spi.provider.Machine;
import io.infrakit.oneview.spi.provider.ProvisionRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OS deployment through the provider against the simulator: Validate and Provision of groups that set the plan,
 * the Init attribute and custom attributes, and of groups whose Init cannot be delivered.
 */
class OsDeploymentProviderTest {

    @TempDir
    Path tmp;

    private OneViewSimulator sim;
    private OneViewInstanceProvider provider;

    @BeforeEach
    void start() {
        sim = Fixture.simulator(Duration.ofMillis(50));
        provider = Fixture.provider(sim, tmp);
    }

    @AfterEach
    void stop() {
        provider.close();
        sim.close();
    }

    private static Spec spec(String group, RawJson props, String init) {
        return new Spec(props, Tags.copyOf(Map.of("infrakit.group", group)), init, null, null);
    }

    @Test
    void aGroupWhoseTemplateDeploysNoOsIsWarnedOnceThatItsInitIsNotDeliveredAndStillProvisions() {
        RawJson props = Fixture.template("");
        assertThat(provider.validateAndReport(props).complete()).isTrue();
        try (LogCapture logs = LogCapture.capture()) {
            Machine a = provider.provision(new ProvisionRequest("instance-1", spec("workers", props, "echo a")));
            Machine b = provider.provision(new ProvisionRequest("instance-2", spec("workers", props, "echo b")));
            provider.provision(new ProvisionRequest("instance-3", spec("workers", props, "")));
            provider.provision(new ProvisionRequest("instance-4", spec("others", props, "echo c")));
            assertThat(logs.lines().stream().filter(l -> l.contains("Spec.Init is not delivered"))).containsExactly(
                    "WARN group 'workers': Spec.Init is not delivered to the servers: template 'Web Server Template'"
                            + " names no OS deployment plan and the properties give no OSDeploymentPlan (OS"
                            + " deployment needs HPE Synergy with Image Streamer; on other platforms deliver the Init"
                            + " another way)",
                    "WARN group 'others': Spec.Init is not delivered to the servers: template 'Web Server Template'"
                            + " names no OS deployment plan and the properties give no OSDeploymentPlan (OS"
                            + " deployment needs HPE Synergy with Image Streamer; on other platforms deliver the Init"
                            + " another way)");
            assertThat(logs.lines()).noneMatch(l -> l.contains("echo a") || l.contains("echo b"));
            assertThat(MachineData.of(a).osDeploymentPlan()).isNull();
            assertThat(MachineData.of(a).toJson().json()).doesNotContain("OSDeploymentPlan");
            provider.destroy(b, DestroyContext.TERMINATE);
        }
    }

    @Test
    void initAttributeOrCustomAttributesWithoutAnyPlanAreAValidateAndProvisionError() {
        RawJson init = Fixture.template("\"InitAttribute\":\"InfraKitInit\"");
        String message = "InitAttribute: template 'Web Server Template' deploys no OS (it names no OS deployment plan)"
                + " and OSDeploymentPlan is not given: there is no plan to set custom attributes of";
        assertThatThrownBy(() -> provider.validate(init)).isInstanceOf(InvalidPropertiesException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> provider.provision(new ProvisionRequest("instance-1", spec("g", init, "echo"))))
                .isInstanceOf(InvalidPropertiesException.class).hasMessage(message);
        assertThatThrownBy(() -> provider.validate(Fixture.template("\"OSCustomAttributes\":{\"HostName\":\"x\"}")))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageStartingWith("OSCustomAttributes: template 'Web Server Template' deploys no OS");
        assertThat(sim.profileCount()).isZero();
    }

    static final String PLAN = "\"OSDeploymentPlan\":\"InfraKit Linux\"";
    static final String INIT = PLAN + ",\"InitAttribute\":\"InfraKitInit\"";

    private String validateError(String extra) {
        try {
            provider.validate(Fixture.template(extra));
        } catch (InvalidPropertiesException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + extra);
    }

    @Test
    void validateAcceptsAPlanItsInitAttributeAndFittingValues() {
        assertThat(provider.validateAndReport(Fixture.template(INIT + ",\"OSCustomAttributes\":{\"HostName\":"
                + "\"{profileName}\",\"DomainName\":\"{group}.example.com\",\"SSH\":\"Disabled\"}")).unchecked())
                .isEmpty();
        assertThat(provider.validateAndReport(Fixture.template(INIT + ",\"InitEncoding\":\"plain\"")).complete())
                .isTrue();
    }

    @Test
    void validateSaysWhenThePlanIsDeployedButNoInitAttributeReceivesTheInit() {
        assertThat(provider.validateAndReport(Fixture.template(PLAN)).unchecked()).containsExactly("Init delivery:"
                + " the profiles deploy OS deployment plan 'InfraKit Linux' but no InitAttribute is set, so a"
                + " Spec.Init from the flavor will not reach the servers (Validate is not given the Init: set"
                + " InitAttribute if the group has one)");
    }

    @Test
    void eachValidateErrorNamesItsField() {
        String appliance = sim.baseUri().toString();
        assertThat(validateError("\"OSDeploymentPlan\":\"infrakit linux\"")).isEqualTo("OSDeploymentPlan: there"
                + " is no OS deployment plan named 'infrakit linux' on " + appliance + " (names are case-sensitive)");
        assertThat(validateError(PLAN + ",\"InitAttribute\":\"UserData\"")).isEqualTo("InitAttribute: OS"
                + " deployment plan 'InfraKit Linux' declares no custom attribute 'UserData'; it declares HostName,"
                + " InfraKitInit, DomainName, SSH, RootPassword");
        assertThat(validateError(PLAN + ",\"InitAttribute\":\"SSH\"")).isEqualTo("InitAttribute: attribute 'SSH'"
                + " of OS deployment plan 'InfraKit Linux' is of type option; the Init goes into a string attribute");
        assertThat(validateError(INIT + ",\"OSCustomAttributes\":{\"Hostname\":\"x\"}")).startsWith(
                "OSCustomAttributes.Hostname: OS deployment plan 'InfraKit Linux' declares no custom attribute"
                        + " 'Hostname'");
        assertThat(validateError(INIT + ",\"OSCustomAttributes\":{\"HostName\":\"{group}.{suffix}\"}"))
                .startsWith("OSCustomAttributes.HostName: the value 'group.1' is not a host name");
        assertThat(validateError(INIT + ",\"OSCustomAttributes\":{\"SSH\":true}")).isEqualTo(
                "OSCustomAttributes.SSH: the value 'true' is not one of the attribute's options [Enabled, Disabled]"
                        + " (attribute 'SSH' of OS deployment plan 'InfraKit Linux', type option)");
        assertThat(validateError(INIT + ",\"OSCustomAttributes\":{\"DomainName\":\"local\"}")).startsWith(
                "OSCustomAttributes.DomainName: the value 'local' is not a fully qualified domain name");
        assertThat(validateError(INIT + ",\"OSCustomAttributes\":{\"HostName\":\"" + "h".repeat(255) + "\"}"))
                .startsWith("OSCustomAttributes.HostName: the value (255 characters) is 255 characters long; the"
                        + " attribute takes at most 254");
        assertThat(validateError(INIT + ",\"OSCustomAttributes\":{\"RootPassword\":\"Sup3rSecret\"}"))
                .startsWith("OSCustomAttributes.RootPassword: attribute 'RootPassword' of OS deployment plan"
                        + " 'InfraKit Linux' is a password: set it in template 'Web Server Template'")
                .doesNotContain("Sup3rSecret");
        assertThat(validateError(INIT + ",\"OSCustomAttributes\":{\"HostName\":\"a@b\"}")).startsWith(
                "OSCustomAttributes.HostName: the value 'a@b' contains @");
        assertThat(sim.profileCount()).isZero();
    }

    @Test
    void aPlanOnAnApplianceWithoutImageStreamerIsAValidateError() {
        try (OneViewSimulator c7000 = Fixture.simulator(Duration.ofMillis(50), InventorySpec.defaults()
                .withoutDeploymentServer()); OneViewInstanceProvider p = Fixture.provider(c7000, tmp)) {
            assertThatThrownBy(() -> p.validate(Fixture.template(INIT))).isInstanceOf(InvalidPropertiesException.class)
                    .hasMessage("OSDeploymentPlan: the OneView appliance " + c7000.baseUri() + " has no OS deployment"
                            + " plans (GET /rest/os-deployment-plans/ answered 404): OS deployment needs HPE Synergy"
                            + " with Image Streamer");
            // a group that asks for nothing validates as before
            assertThat(p.validateAndReport(Fixture.template("")).complete()).isTrue();
        }
    }

    @Test
    void anInitTooLargeForItsAttributeFailsTheProvisionBeforeAnyServerIsTouched() {
        RawJson props = Fixture.template(INIT + ",\"PowerOff\":true");
        String init = "#!/bin/sh\n" + "echo 'a line of a first-boot script'\n".repeat(6);
        sim.counters().reset();
        assertThatThrownBy(() -> provider.provision(new ProvisionRequest("instance-9", spec("workers", props, init))))
                .isInstanceOf(io.infrakit.oneview.spi.InstancePluginException.class)
                .hasMessage("instance instance-9: Init (" + init.length() + " bytes, 312 characters in base64) does"
                        + " not fit attribute 'InfraKitInit' of OS deployment plan 'InfraKit Linux': it is 312"
                        + " characters long; the attribute takes at most 254; the Init is never cut: shorten it (for"
                        + " example a script that fetches the rest), or use a plan whose attribute takes more;"
                        + " nothing was provisioned");
        assertThat(sim.profileCount()).isZero();
        assertThat(sim.counters().get("PUT /rest/server-hardware/{id}/powerState")).isZero();
        assertThat(sim.counters().get("POST /rest/server-profiles")).isZero();
    }

    /** @return the body of the next {@code POST /rest/server-profiles} the simulator received */
    static com.fasterxml.jackson.databind.JsonNode postedProfile(OneViewSimulator sim) throws Exception {
        for (var r = sim.takeRequest(Duration.ofSeconds(5)); r != null; r = sim.takeRequest(Duration.ofSeconds(5))) {
            if (r.method().equals("POST") && r.endpoint().equals("POST /rest/server-profiles")) {
                return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.bodyAsString());
            }
        }
        throw new AssertionError("no POST /rest/server-profiles");
    }

    private static Map<String, String> attributes(com.fasterxml.jackson.databind.JsonNode profile) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        profile.get("osDeploymentSettings").get("osCustomAttributes").forEach(a -> assertThat(m.put(
                a.get("name").asText(), a.get("value").asText())).as("duplicate " + a.get("name")).isNull());
        return m;
    }

    @Test
    void theTemplatesPlanServesAndTheProfileGetsTheTemplatesThePlansAndTheGroupsValuesAndTheInit() throws Exception {
        InventorySpec inventory = InventorySpec.defaults().withTemplates(java.util.List.of(
                new io.infrakit.oneview.simulator.TemplateSpec("Synergy Template", 0, 0).withOsDeployment(
                        "InfraKit Linux", Map.of("DomainName", "example.com", "SSH", "Disabled"))));
        try (OneViewSimulator synergy = Fixture.simulator(Duration.ofMillis(50), inventory);
             OneViewInstanceProvider p = Fixture.provider(synergy, tmp)) {
            RawJson props = RawJson.of("{\"TemplateName\":\"Synergy Template\",\"ProfileName\":\"web\","
                    + "\"InitAttribute\":\"InfraKitInit\",\"OSCustomAttributes\":{\"HostName\":\"{profileName}\","
                    + "\"SSH\":\"Enabled\"}}");
            assertThat(p.validateAndReport(props).complete()).isTrue();
            synergy.clearRecordedRequests();
            Machine m = p.provision(new ProvisionRequest("instance-7", spec("web", props, "echo hello\n")));
            var body = postedProfile(synergy);
            assertThat(body.get("osDeploymentSettings").get("osDeploymentPlanUri").asText())
                    .startsWith("/rest/os-deployment-plans/");
            // the template's DomainName stays, its SSH is overridden by the group, no empty plan default is sent
            assertThat(attributes(body)).containsOnly(Map.entry("DomainName", "example.com"),
                    Map.entry("SSH", "Enabled"), Map.entry("HostName", "web-7"),
                    Map.entry("InfraKitInit", "ZWNobyBoZWxsbwo="));
            assertThat(MachineData.of(m).osDeploymentPlan()).isEqualTo("InfraKit Linux");
        }
    }

    @Test
    void theGroupsPlanOnATemplateWithoutOneSendsThePlansDefaults() throws Exception {
        sim.clearRecordedRequests();
        provider.provision(new ProvisionRequest("instance-8", spec("web", Fixture.template(INIT), "")));
        var body = postedProfile(sim);
        assertThat(attributes(body)).containsOnly(Map.entry("DomainName", "infrakit.local"),
                Map.entry("SSH", "Enabled"), Map.entry("InfraKitInit", ""));
    }

    @Test
    void aFailedDeploymentIsAClearErrorLeavesNoProfileAndFreesThePoweredBackOnServer() {
        try (OneViewSimulator on = Fixture.simulator(Duration.ofMillis(50), InventorySpec.defaults()
                .withPoweredOnPercent(100)); OneViewInstanceProvider p = Fixture.provider(on, tmp)) {
            RawJson props = Fixture.template(INIT + ",\"PowerOff\":true,\"ProfileName\":\"worker\"");
            on.faults().failNextOsDeployment();
            on.counters().reset();
            assertThatThrownBy(() -> p.provision(new ProvisionRequest("instance-5", spec("workers", props,
                    "echo SWMTKN-1-secret\n"))))
                    .isInstanceOf(io.infrakit.oneview.spi.InstancePluginException.class)
                    .hasMessageStartingWith("instance instance-5: creating server profile worker-5 on server ")
                    .hasMessageContaining(" (and deploying OS deployment plan 'InfraKit Linux') on " + on.baseUri()
                            + " failed: ")
                    .hasMessageContaining("DeployOSVolumeFailed").hasMessageContaining("Deploy OS volume failed")
                    .hasMessageContaining("; no profile was left behind; server ")
                    .hasMessageEndingWith(", which it had powered off, was powered on again")
                    .hasMessageNotContaining("SWMTKN");
            // one create only (a failed deployment is no reason to try another server), nothing left applied
            assertThat(on.counters().get("POST /rest/server-profiles")).isEqualTo(1);
            assertThat(on.profileCount()).isZero();
            assertThat(on.servers()).allMatch(s -> s.serverProfileUri() == null && s.osDeployment() == null
                    && s.powerState().equals("On"));
            // the server is free again: the next provision may take it and deploys
            Machine m = p.provision(new ProvisionRequest("instance-6", spec("workers", props, "echo ok\n")));
            assertThat(Fixture.server(on, MachineData.of(m).serverHardwareUri()).osDeployment().attributes())
                    .containsEntry("InfraKitInit", "ZWNobyBvawo=");
        }
    }

    @Test
    void theDeploymentIsAwaitedWithItsProgressInTheLog() {
        try (LogCapture logs = LogCapture.capture()) {
            provider.provision(new ProvisionRequest("instance-3", spec("workers", Fixture.template(INIT
                    + ",\"ProfileName\":\"w\""), "echo SWMTKN-1-logged\n")));
            assertThat(logs.lines()).anyMatch(l -> l.startsWith("INFO instance instance-3: making server profile w-3"
                    + " from template 'Web Server Template' on server ") && l.endsWith(" deploying OS deployment plan"
                    + " 'InfraKit Linux' with the Init in InfraKitInit"));
            assertThat(logs.lines()).anyMatch(l -> l.startsWith("INFO instance instance-3: create profile w-3 and"
                    + " deploy OS deployment plan 'InfraKit Linux': task /rest/tasks/") && l.contains("Completed 100%"));
            assertThat(logs.lines()).anyMatch(l -> l.contains("OS deployment plan 'InfraKit Linux' deployed"));
            assertThat(logs.lines()).noneMatch(l -> l.contains("SWMTKN") || l.contains(java.util.Base64.getEncoder()
                    .encodeToString("echo SWMTKN-1-logged\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        }
    }

    @Test
    void doctorChecksTheGroupsPlanAndAttributesAsValidateDoes() {
        java.util.List<io.infrakit.oneview.spi.provider.DoctorCheck> checks = new java.util.ArrayList<>();
        new OneViewProviderFactory().diagnose(Fixture.context(Fixture.settings(sim, tmp), Map.of(), tmp),
                java.util.List.of(new io.infrakit.oneview.spi.provider.DoctorGroup("good", Fixture.template(INIT)),
                        new io.infrakit.oneview.spi.provider.DoctorGroup("no-init", Fixture.template(PLAN)),
                        new io.infrakit.oneview.spi.provider.DoctorGroup("bad", Fixture.template(PLAN
                                + ",\"InitAttribute\":\"UserData\""))), checks::add);
        java.util.function.Function<String, io.infrakit.oneview.spi.provider.DoctorCheck> plan = group -> checks
                .stream().filter(c -> c.check().equals("group.os-deployment-plan") && c.subject().equals(group))
                .findFirst().orElseThrow();
        assertThat(plan.apply("good").failed()).isFalse();
        assertThat(plan.apply("good").message()).startsWith("OS deployment plan 'InfraKit Linux' (/rest/os-deployment"
                + "-plans/").endsWith(") found; the Init goes into its attribute InfraKitInit");
        assertThat(plan.apply("no-init").message()).endsWith("found; no InitAttribute: an Init is not delivered");
        assertThat(plan.apply("bad").failed()).isTrue();
        assertThat(plan.apply("bad").message()).startsWith("InitAttribute: OS deployment plan 'InfraKit Linux'"
                + " declares no custom attribute 'UserData'");
        assertThat(sim.profileCount()).isZero();
    }

    static final String RHEL = "\"OSDeploymentPlan\":\"RHEL 8 Web Server\"";

    @Test
    void aNotEditableAttributeAndAnUnknownNicSubAttributeAreValidateErrors() {
        assertThat(validateError(RHEL + ",\"OSCustomAttributes\":{\"ImageRevision\":\"2024-01-01\"}"))
                .isEqualTo("OSCustomAttributes.ImageRevision: attribute 'ImageRevision' of OS deployment plan 'RHEL 8"
                        + " Web Server' is not editable: a profile cannot set it");
        assertThat(validateError(RHEL + ",\"OSCustomAttributes\":{\"ManagementNIC.speed\":\"10\"}"))
                .startsWith("OSCustomAttributes.ManagementNIC.speed: NIC attribute 'ManagementNIC' of OS deployment"
                        + " plan 'RHEL 8 Web Server' has no sub-attribute 'speed'; it has ");
        assertThat(validateError(RHEL + ",\"OSCustomAttributes\":{\"DataVolumeSizeGB\":4096}")).startsWith(
                "OSCustomAttributes.DataVolumeSizeGB: the value '4096' is above the attribute's maximum 2048");
        assertThat(provider.validateAndReport(Fixture.template(RHEL + ",\"OSCustomAttributes\":{"
                + "\"ManagementNIC.dhcp\":true,\"DataVolumeSizeGB\":64}")).unchecked()).hasSize(1);
    }

    @Test
    void aValueTheApplianceRefusesAtTheCreateIsACleanProvisionErrorThatLeavesNothing() {
        // the provider checks what the plan states; the connection a NIC attribute names only the appliance knows
        RawJson props = Fixture.template(RHEL + ",\"OSCustomAttributes\":{\"ManagementNIC.connectionid\":\"99\"}");
        provider.validate(props);
        assertThatThrownBy(() -> provider.provision(new ProvisionRequest("instance-4", spec("web", props, ""))))
                .isInstanceOf(io.infrakit.oneview.spi.InstancePluginException.class)
                .hasMessageContaining("(and deploying OS deployment plan 'RHEL 8 Web Server')")
                .hasMessageContaining("HTTP 400").hasMessageContaining("INVALID_OS_CUSTOM_ATTRIBUTE")
                .hasMessageEndingWith("; no profile was left behind");
        assertThat(sim.profileCount()).isZero();
        assertThat(sim.servers()).allMatch(s -> s.serverProfileUri() == null && s.osDeployment() == null);
    }
}
