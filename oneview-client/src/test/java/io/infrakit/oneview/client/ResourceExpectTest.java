package io.infrakit.oneview.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.client.error.BadRequestException;
import io.infrakit.oneview.client.error.NotFoundException;
import io.infrakit.oneview.client.error.OneViewHttpException;
import io.infrakit.oneview.client.error.PreconditionFailedException;
import io.infrakit.oneview.client.error.UnexpectedResponseException;
import io.infrakit.oneview.client.model.AvailableTarget;
import io.infrakit.oneview.client.model.AvailableTargets;
import io.infrakit.oneview.client.model.PowerState;
import io.infrakit.oneview.client.model.ServerHardware;
import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.client.model.ServerProfileTemplate;
import io.infrakit.oneview.client.query.Filter;
import io.infrakit.oneview.client.query.ListOptions;
import io.infrakit.oneview.simulator.testing.Fixtures;
import io.infrakit.oneview.client.testing.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceExpectTest extends ExpectTestSupport {
    private static final String SPT = "/rest/server-profile-templates/d64da635-f08a-41d4-b6eb-6517206a8bae";

    @Test
    void templateByNameThenNewProfileThenCreate() {
        expectVersionAndLogin();
        server.expect("GET", "/rest/server-profile-templates?filter=%22name%3D%27Web%20Server%20Template%27%22")
                .authenticated(TOKEN, API).withoutHeader("If-Match")
                .respondJson(200, Fixtures.read("chef-provisioning-oneview/v200/server-profile-templates_WebServerTemplate.json"));
        String newProfile = Fixtures.read(
                "chef-provisioning-oneview/v200/server-profile-templates_new-profile_WebServerTemplate.json");
        server.expect("GET", SPT + "/new-profile").authenticated(TOKEN, API).respondJson(200, newProfile);
        ServerProfile expectedBody = ServerProfile.fromJson(newProfile).withName("web01")
                .withServerHardwareUri("/rest/server-hardware/31363636-3136-584D-5132-33353048544B");
        server.expect("POST", "/rest/server-profiles").authenticated(TOKEN, API)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withJsonBody(expectedBody.toJson())
                .respond(Reply.empty(202).withHeader("Location", "/rest/tasks/t-create"));
        expectLogout(TOKEN);
        client = builder().build();

        ServerProfileTemplate template = client.serverProfileTemplates().findByName("Web Server Template").orElseThrow();
        assertThat(template.uri()).isEqualTo(SPT);
        ServerProfile body = client.serverProfileTemplates().newProfile(template)
                .withName("web01")
                .withServerHardwareUri("/rest/server-hardware/31363636-3136-584D-5132-33353048544B");
        assertThat(body.type()).isEqualTo("ServerProfileV5"); // from the appliance, not a table
        TaskHandle task = client.serverProfiles().create(body);

        assertThat(task.taskUri()).isEqualTo("/rest/tasks/t-create");
        assertThat(task.initialTask()).isEmpty();
        closeAndVerify();
        assertThat(server.requests()).filteredOn(r -> r.method().equals("GET")).hasSize(3)
                .allSatisfy(r -> {
                    assertThat(r.body()).isEmpty();
                    assertThat(r.header("Content-Type")).isNull();
                    assertThat(r.header("If-Match")).isNull();
                });
    }

    @Test
    void createWithForceFlags() {
        expectVersionAndLogin();
        server.expect("POST", "/rest/server-profiles?force=ignoreSANWarnings%2CignoreServerHealth")
                .authenticated(TOKEN, API).withJsonBody("{\"name\":\"p\"}")
                .respond(Reply.empty(202).withHeader("Location", "/rest/tasks/t1"));
        expectLogout(TOKEN);
        client = builder().build();

        client.serverProfiles().create(ServerProfile.fromJson("{\"name\":\"p\"}"),
                CreateForce.IGNORE_SAN_WARNINGS, CreateForce.IGNORE_SERVER_HEALTH);
        closeAndVerify();
    }

    @Test
    void updateSendsTheWholeBodyUnchangedWithIfMatch() {
        expectVersionAndLogin();
        String fixture = Fixtures.read("oneview-redfish-toolkit/ServerProfile.json");
        ServerProfile read = ServerProfile.fromJson(fixture);
        String uri = read.uri();
        server.expect("GET", uri).authenticated(TOKEN, API).respondJson(200, fixture);
        ServerProfile changed = read.withDescription("new description");
        server.expect("PUT", uri).authenticated(TOKEN, API).withHeader("If-Match", "1526058827348/42")
                .withJsonBody(changed.toJson())
                .respond(Reply.empty(202).withHeader("Location", "/rest/tasks/t-update"));
        server.expect("PUT", uri + "?force=true").authenticated(TOKEN, API).withHeader("If-Match", "*")
                .withJsonBody(changed.toJson())
                .respond(Reply.empty(202).withHeader("Location", "/rest/tasks/t-update2"));
        server.expect("PUT", uri).authenticated(TOKEN, API).withoutHeader("If-Match")
                .respondJson(412, "{\"errorCode\":\"ETAG_MISMATCH\",\"message\":\"The resource was changed.\"}");
        expectLogout(TOKEN);
        client = builder().build();

        ServerProfile fetched = client.serverProfiles().get(uri);
        assertThat(fetched.toJson()).isEqualTo(read.toJson());
        assertThat(client.serverProfiles().update(fetched.withDescription("new description")).taskUri())
                .isEqualTo("/rest/tasks/t-update");
        assertThat(client.serverProfiles().update(changed,
                UpdateOptions.defaults().withIfMatch(UpdateOptions.IfMatch.ANY).withForce(true)).taskUri())
                .isEqualTo("/rest/tasks/t-update2");
        assertThatThrownBy(() -> client.serverProfiles().update(changed,
                UpdateOptions.defaults().withIfMatch(UpdateOptions.IfMatch.NONE)))
                .isInstanceOf(PreconditionFailedException.class)
                .hasMessage("PUT " + uri + " failed with HTTP 412: ETAG_MISMATCH: The resource was changed.");
        closeAndVerify();
    }

    @Test
    void deleteWithAndWithoutForce() {
        expectVersionAndLogin();
        server.expect("DELETE", "/rest/server-profiles/p1").authenticated(TOKEN, API).withoutBody()
                .respond(Reply.empty(202).withHeader("Location", "/rest/tasks/d1"));
        server.expect("DELETE", "/rest/server-profiles/p2?force=true").authenticated(TOKEN, API)
                .respond(Reply.empty(202).withHeader("Location", "/rest/tasks/d2"));
        server.expect("DELETE", "/rest/server-profiles/gone").authenticated(TOKEN, API)
                .respondJson(404, Fixtures.read("chef-provisioning-oneview/v120/error_404.json"));
        expectLogout(TOKEN);
        client = builder().build();

        assertThat(client.serverProfiles().delete("p1").taskUri()).isEqualTo("/rest/tasks/d1");
        assertThat(client.serverProfiles().delete("/rest/server-profiles/p2", true).taskUri())
                .isEqualTo("/rest/tasks/d2");
        assertThatThrownBy(() -> client.serverProfiles().delete("gone"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("GENERIC_HTTP_404");
                    assertThat(e.error().details()).isEqualTo("The requested resource could not be found.");
                })
                .hasMessage("DELETE /rest/server-profiles/gone failed with HTTP 404: GENERIC_HTTP_404: Not Found (The"
                        + " requested resource could not be found.) Recommended: Check the request URI, then resend"
                        + " the request.");
        closeAndVerify();
    }

    @Test
    void availableTargetsForATemplateSkipEmptyBays() {
        expectVersionAndLogin();
        ServerProfileTemplate template = ServerProfileTemplate.fromJson(
                Fixtures.read("oneview-redfish-toolkit/ServerProfileTemplate.json"));
        server.expect("GET", "/rest/server-profiles/available-targets?enclosureGroupUri="
                        + ListOptions.encode(template.enclosureGroupUri()) + "&serverHardwareTypeUri="
                        + ListOptions.encode(template.serverHardwareTypeUri()))
                .authenticated(TOKEN, API)
                .respondJson(200, Fixtures.read("oneview-redfish-toolkit/AvailableTargetsForSPT.json"));
        expectLogout(TOKEN);
        client = builder().build();

        AvailableTargets targets = client.serverProfiles().availableTargets(template);
        assertThat(targets.targets()).hasSize(3);
        assertThat(targets.servers()).extracting(AvailableTarget::serverHardwareUri)
                .containsExactly("/rest/server-hardware/30303437-3034-4D32-3230-313131324752");
        closeAndVerify();
    }

    @Test
    void serverHardwareListWithFiltersAndPowerState() {
        expectVersionAndLogin();
        server.expect("GET", "/rest/server-hardware?filter=%22serverGroupUri%3D%27%2Frest%2Fenclosure-groups%2F"
                        + "3a11ccdd-b352-4046-a568-a8b0faa6cc39%27%22")
                .authenticated(TOKEN, API)
                .respondJson(200, Fixtures.read("chef-provisioning-oneview/v120/server-hardware_Template-WebServer.json"));
        expectLogout(TOKEN);
        client = builder().build();

        assertThat(client.serverHardware().list(ListOptions.filter(
                        Filter.eq("serverGroupUri", "/rest/enclosure-groups/3a11ccdd-b352-4046-a568-a8b0faa6cc39")))
                .members()).hasSize(3).allSatisfy(h -> assertThat(h.powerState()).isIn(PowerState.ON, PowerState.OFF));
        closeAndVerify();
    }

    @Test
    void uriOfAnotherCollectionIsRejectedWithoutIo() {
        client = builder().build();
        assertThatThrownBy(() -> client.serverProfiles().get("/rest/server-hardware/1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'/rest/server-hardware/1' is not a server profile URI (expected /rest/server-profiles/{id})");
        assertThatThrownBy(() -> client.serverHardware().get(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A server hardware URI or id is required");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void absoluteUrisAndIdsAreAccepted() {
        expectVersionAndLogin();
        server.expect("GET", "/rest/server-hardware/abc").authenticated(TOKEN, API).times(2)
                .respondJson(200, "{\"uri\":\"/rest/server-hardware/abc\"}");
        expectLogout(TOKEN);
        client = builder().build();

        ServerHardware a = client.serverHardware().get("abc");
        ServerHardware b = client.serverHardware().get("https://ov.example.com/rest/server-hardware/abc");
        assertThat(a).isEqualTo(b);
        closeAndVerify();
    }

    @ParameterizedTest
    @CsvSource({"400,BadRequestException", "403,ForbiddenException", "404,NotFoundException",
            "409,ConflictException", "412,PreconditionFailedException", "500,ServerErrorException",
            "415,OneViewHttpException"})
    void statusesMapToTypedExceptions(int status, String type) {
        expectVersionAndLogin();
        server.expect("GET", "/rest/enclosure-groups/eg1").authenticated(TOKEN, API)
                .respondJson(status, "{\"errorCode\":\"CODE_" + status + "\",\"message\":\"Message " + status
                        + "\",\"details\":\"Details\",\"recommendedActions\":[\"Act.\"],\"errorSource\":null,"
                        + "\"nestedErrors\":[{\"errorCode\":\"NESTED\",\"message\":\"Inner\"}],\"data\":{}}");
        expectLogout(TOKEN);
        client = builder().maxRetries(0).build(); // a 409 would be retried (ConflictRetryExpectTest)

        assertThatThrownBy(() -> client.enclosureGroups().get("eg1"))
                .isInstanceOfSatisfying(OneViewHttpException.class, e -> {
                    assertThat(e.getClass().getSimpleName()).isEqualTo(type);
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.method()).isEqualTo("GET");
                    assertThat(e.path()).isEqualTo("/rest/enclosure-groups/eg1");
                    assertThat(e.error().nestedErrors()).extracting(n -> n.errorCode()).containsExactly("NESTED");
                    assertThat(e.error().rawJson()).contains("\"data\":{}");
                })
                .hasMessage("GET /rest/enclosure-groups/eg1 failed with HTTP " + status + ": CODE_" + status
                        + ": Message " + status + " (Details) Recommended: Act. [nested: NESTED: Inner]");
        closeAndVerify();
    }

    @Test
    void invalidFilterFixtureIsABadRequest() {
        expectVersionAndLogin();
        server.expect("GET", "/rest/server-profiles?filter=%22serialNumber%20matches%20%27%27%22")
                .authenticated(TOKEN, API)
                .respondJson(400, Fixtures.read("chef-provisioning-oneview/v120/server-profiles_invalid_filter.json"));
        expectLogout(TOKEN);
        client = builder().build();

        assertThatThrownBy(() -> client.serverProfiles().list(ListOptions.filter(Filter.matches("serialNumber", ""))))
                .isInstanceOfSatisfying(BadRequestException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("INVALID_FILTER"))
                .hasMessageContaining("The specified filter is not valid ([serialNumber matches '']).");
        closeAndVerify();
    }

    @Test
    void asyncAnswerWithoutTaskIsAClearError() {
        expectVersionAndLogin();
        server.expect("PUT", "/rest/server-hardware/sh1/powerState").authenticated(TOKEN, API)
                .respond(Reply.empty(202));
        expectLogout(TOKEN);
        client = builder().build();

        assertThatThrownBy(() -> client.serverHardware().powerOn("sh1"))
                .isInstanceOf(UnexpectedResponseException.class)
                .hasMessage("PUT /rest/server-hardware/sh1/powerState answered HTTP 202 without a task (no Location"
                        + " header and no task in the body)");
        closeAndVerify();
    }

    @Test
    void nonJsonSuccessBodyIsAClearError() {
        expectVersionAndLogin();
        server.expect("GET", "/rest/server-hardware-types/x").authenticated(TOKEN, API)
                .respond(new Reply(200, java.util.Map.of(), "<html>login portal</html>"));
        expectLogout(TOKEN);
        client = builder().build();

        assertThatThrownBy(() -> client.serverHardwareTypes().get("x"))
                .isInstanceOf(UnexpectedResponseException.class)
                .hasMessage("GET /rest/server-hardware-types/x answered HTTP 200 with a body that is not a JSON"
                        + " object: <html>login portal</html>");
        closeAndVerify();
    }
}
