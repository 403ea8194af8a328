package io.infrakit.oneview.docs.snippets.oneviewclientreadme;

// doc:start
import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.client.model.ServerProfileTemplate;
// doc:end

/** Example 1 of oneview-client/README.md, compiled here as the document shows it. */
final class Example1 {

    private Example1() {
    }

    static void run() throws Exception {
        // doc:start
        try (OneViewClient ov = OneViewClient.builder()
                .address("https://oneview.example.com")
                .credentials("administrator", System.getenv("OV_PASSWORD"))
                .pinnedCertificateSha256(System.getenv("OV_PINNED_CERTIFICATE_SHA256"))
                .build()) {
            ServerProfileTemplate template = ov.serverProfileTemplates().findByName("Web Server Template").orElseThrow();
            System.out.println(template.uri());
        }
        // doc:end
    }
}
