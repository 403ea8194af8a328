package io.infrakit.oneview.docs.snippets.oneviewclient;

// doc:start
import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.client.model.OsDeploymentPlan;
import io.infrakit.oneview.client.model.OsDeploymentPlanAttribute;
import io.infrakit.oneview.client.model.OsDeploymentSettings;
import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.client.model.ServerProfileTemplate;
// doc:end

/** Example 6 of docs/oneview-client.md, compiled here as the document shows it. */
final class Example6 {

    private Example6() {
    }

    static void run() throws Exception {
        // doc:start
        try (OneViewClient ov = OneViewClient.builder()
                .address("https://synergy.example.com")
                .credentials("administrator", System.getenv("OV_PASSWORD"))
                .build()) {
            OsDeploymentPlan plan = ov.osDeploymentPlans().findByName("InfraKit Linux").orElseThrow();
            for (OsDeploymentPlanAttribute a : plan.customAttributes()) {
                System.out.println(a.name() + " " + a.type() + " default=" + a.defaultValue() + " editable=" + a.editable()
                        + " max=" + a.maxValueLength());
            }
            ServerProfileTemplate template = ov.serverProfileTemplates().findByName("Web Server Template").orElseThrow();
            ServerProfile body = ov.serverProfileTemplates().newProfile(template).withName("web01");
            OsDeploymentSettings settings = body.osDeploymentSettings() != null ? body.osDeploymentSettings()
                    : OsDeploymentSettings.of(plan.uri());
            body = body.withOsDeploymentSettings(settings.withOsDeploymentPlanUri(plan.uri())
                    .withCustomAttribute("HostName", "web01"));
            ov.serverProfiles().create(body).await();
        }
        // doc:end
    }
}
