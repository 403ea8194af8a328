package io.infrakit.oneview.docs.snippets.oneviewclient;

// doc:start
import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.client.model.AvailableTarget;
import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.client.model.ServerProfileTemplate;
import io.infrakit.oneview.client.model.Task;
import java.nio.file.Path;
import java.time.Duration;

class ProvisionExample {
    public static void main(String[] args) {
        try (OneViewClient ov = OneViewClient.builder()
                .address("https://oneview.example.com")
                .credentials("administrator", System.getenv("OV_PASSWORD"))
                .caBundle(Path.of("/etc/oneview/appliance-ca.pem"))
                .build()) {
            ServerProfile profile = provision(ov, "Web Server Template", "web01");
            System.out.println(profile.uri());
        }
    }

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
}
// doc:end
