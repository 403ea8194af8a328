package io.infrakit.oneview.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrakit.oneview.client.model.AvailableTarget;
import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.client.model.ServerProfileTemplate;
import io.infrakit.oneview.client.model.Task;
import io.infrakit.oneview.simulator.testing.Fixtures;
import io.infrakit.oneview.client.testing.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The embedding example of {@code docs/oneview-client.md}, run against scripted appliance answers. Point
 * {@link #provision} at the OneView simulator (or an appliance) to run it for real.
 */
class EmbeddingExampleTest extends ExpectTestSupport {

    // --- begin docs example (docs/oneview-client.md, "Embedding it") ---
    static ServerProfile provision(OneViewClient ov, String templateName, String profileName) {
        ov.login();

        ServerProfileTemplate template = ov.serverProfileTemplates().findByName(templateName)
                .orElseThrow(() -> new IllegalStateException("No template named " + templateName));
        AvailableTarget target = ov.serverProfiles().availableTargets(template).servers().stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No free server for " + templateName));

        ov.serverHardware().powerOff(target.serverHardwareUri()).await(Duration.ofMinutes(5), null);

        ServerProfile body = ov.serverProfileTemplates().newProfile(template)
                .withName(profileName)
                .withServerHardwareUri(target.serverHardwareUri());
        Task created = ov.serverProfiles().create(body)
                .await(Duration.ofMinutes(60), p -> System.out.println(p.percentComplete() + "% " + p.statusMessage()));
        ServerProfile profile = ov.serverProfiles().get(created.associatedResourceUri());

        ov.serverHardware().powerOn(profile.serverHardwareUri()).await();
        return profile;
    }
    // --- end docs example ---

    @Test
    void theDocsExampleRunsTheProvisioningFlow() {
        String spt = "/rest/server-profile-templates/d64da635-f08a-41d4-b6eb-6517206a8bae";
        String hw = "/rest/server-hardware/30303437-3034-4D32-3230-313131324752";
        String profileUri = "/rest/server-profiles/9e2e3adf-790b-4272-b8a7-e693cf39ade4";
        expectVersionAndLogin();
        server.expect("GET", "/rest/server-profile-templates?filter=%22name%3D%27Web%20Server%20Template%27%22")
                .authenticated(TOKEN, API).respondJson(200, Fixtures.read(
                        "chef-provisioning-oneview/v200/server-profile-templates_WebServerTemplate.json"));
        server.expect("GET", "/rest/server-profiles/available-targets"
                        + "?enclosureGroupUri=%2Frest%2Fenclosure-groups%2Fc0f86584-5a82-4480-ad13-8ed6544d6c98"
                        + "&serverHardwareTypeUri=%2Frest%2Fserver-hardware-types%2F5B42EABE-5140-4E38-91F0-68367B529DE9")
                .authenticated(TOKEN, API)
                .respondJson(200, Fixtures.read("oneview-redfish-toolkit/AvailableTargetsForSPT.json"));
        server.expect("PUT", hw + "/powerState").authenticated(TOKEN, API)
                .withJsonBody("{\"powerState\":\"Off\",\"powerControl\":\"PressAndHold\"}")
                .respond(Reply.empty(202).withHeader("Location", "/rest/tasks/off"));
        server.expect("GET", "/rest/tasks/off").authenticated(TOKEN, API)
                .respondJson(200, "{\"uri\":\"/rest/tasks/off\",\"taskState\":\"Completed\",\"percentComplete\":100}");
        String newProfile = Fixtures.read(
                "chef-provisioning-oneview/v200/server-profile-templates_new-profile_WebServerTemplate.json");
        server.expect("GET", spt + "/new-profile").authenticated(TOKEN, API).respondJson(200, newProfile);
        server.expect("POST", "/rest/server-profiles").authenticated(TOKEN, API)
                .withJsonBody(ServerProfile.fromJson(newProfile).withName("web01").withServerHardwareUri(hw).toJson())
                .respond(Reply.json(202, Fixtures.read("oneview-golang/task-sp-create-starting.json"))
                        .withHeader("Location", "/rest/tasks/create"));
        server.expect("GET", "/rest/tasks/create").authenticated(TOKEN, API)
                .respondJson(200, Fixtures.read("oneview-golang/task-sp-create-running.json"));
        server.expect("GET", "/rest/tasks/create").authenticated(TOKEN, API)
                .respondJson(200, Fixtures.read("oneview-golang/task-sp-create-running.json")
                        .replace("\"Running\"", "\"Completed\"").replace(":50,", ":100,"));
        server.expect("GET", profileUri).authenticated(TOKEN, API)
                .respondJson(200, "{\"uri\":\"" + profileUri + "\",\"name\":\"web01\",\"serverHardwareUri\":\"" + hw
                        + "\",\"state\":\"Normal\"}");
        server.expect("PUT", hw + "/powerState").authenticated(TOKEN, API)
                .withJsonBody("{\"powerState\":\"On\",\"powerControl\":\"MomentaryPress\"}")
                .respond(Reply.empty(202).withHeader("Location", "/rest/tasks/on"));
        server.expect("GET", "/rest/tasks/on").authenticated(TOKEN, API)
                .respondJson(200, "{\"uri\":\"/rest/tasks/on\",\"taskState\":\"Completed\",\"percentComplete\":100}");
        expectLogout(TOKEN);
        client = builder().build();

        ServerProfile profile = provision(client, "Web Server Template", "web01");

        assertThat(profile.state()).isEqualTo("Normal");
        List<String> methods = new ArrayList<>();
        server.requests().forEach(r -> methods.add(r.method() + " " + r.target().replaceAll("\\?.*", "")));
        assertThat(methods).containsExactly("GET /rest/version", "POST /rest/login-sessions",
                "GET /rest/server-profile-templates", "GET /rest/server-profiles/available-targets",
                "PUT " + hw + "/powerState", "GET /rest/tasks/off", "GET " + spt + "/new-profile",
                "POST /rest/server-profiles", "GET /rest/tasks/create", "GET /rest/tasks/create",
                "GET " + profileUri, "PUT " + hw + "/powerState", "GET /rest/tasks/on");
        closeAndVerify();
    }
}
