package io.infrakit.oneview.docs.snippets.oneviewclient;

// doc:start
import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.client.transport.InMemoryTransport;
import io.infrakit.oneview.client.transport.TransportResponse;
// doc:end

/** Example 4 of docs/oneview-client.md, compiled here as the document shows it. */
final class Example4 {

    private Example4() {
    }

    static void run() throws Exception {
        // doc:start
        InMemoryTransport appliance = InMemoryTransport.of(request -> switch (request.target()) {
            case "/rest/version" -> TransportResponse.json(200, "{\"minimumVersion\":120,\"currentVersion\":800}");
            case "/rest/login-sessions" -> TransportResponse.json(200, "{\"sessionID\":\"s1\"}");
            default -> TransportResponse.json(404, "{\"errorCode\":\"RESOURCE_NOT_FOUND\",\"message\":\"Not found\"}");
        });
        try (OneViewClient ov = OneViewClient.builder()
                .address("https://oneview.test")
                .credentials("administrator", "secret")
                .transport(appliance)
                .build()) {
            System.out.println(ov.apiVersion());
        }
        // doc:end
    }
}
