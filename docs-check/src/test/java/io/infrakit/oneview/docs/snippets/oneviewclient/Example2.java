package io.infrakit.oneview.docs.snippets.oneviewclient;

// doc:start
import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.client.model.Page;
import io.infrakit.oneview.client.model.ServerHardware;
import io.infrakit.oneview.client.model.ServerProfileTemplate;
import io.infrakit.oneview.client.query.Filter;
import io.infrakit.oneview.client.query.ListOptions;
import io.infrakit.oneview.client.query.Sort;
// doc:end

/** Example 2 of docs/oneview-client.md, compiled here as the document shows it. */
final class Example2 {

    private Example2() {
    }

    static void run() throws Exception {
        // doc:start
        OneViewClient ov = OneViewClient.builder()
                .address("https://oneview.example.com")
                .credentials("administrator", System.getenv("OV_PASSWORD"))
                .build();
        ServerProfileTemplate template = ov.serverProfileTemplates().findByName("Web Server Template").orElseThrow();
        Page<ServerHardware> page = ov.serverHardware().list(ListOptions.builder()
                .filter(Filter.eq("serverHardwareTypeUri", template.serverHardwareTypeUri()))
                .filter(Filter.eq("state", "NoProfileApplied"))
                .sort(Sort.asc("name"))
                .count(50)
                .build());
        // doc:end
    }
}
