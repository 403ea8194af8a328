package io.infrakit.oneview.docs.snippets.oneviewclient;

// doc:start
import io.infrakit.oneview.client.ClientListener;
import io.infrakit.oneview.client.LoginEvent;
import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.client.RequestEvent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
// doc:end

/** Example 3 of docs/oneview-client.md, compiled here as the document shows it. */
final class Example3 {

    private Example3() {
    }

    static void run() throws Exception {
        // doc:start
        Map<String, LongAdder> requests = new ConcurrentHashMap<>();
        LongAdder relogins = new LongAdder();
        ClientListener counting = new ClientListener() {
            @Override
            public void requestCompleted(RequestEvent e) {
                requests.computeIfAbsent(e.method() + " " + e.pathTemplate() + " " + e.status(), k -> new LongAdder())
                        .increment();
            }

            @Override
            public void loggedIn(LoginEvent e) {
                if (e.relogin()) {
                    relogins.increment();
                }
            }
        };
        OneViewClient ov = OneViewClient.builder()
                .address("https://oneview.example.com")
                .credentials("administrator", System.getenv("OV_PASSWORD"))
                .listener(counting)
                .build();
        // doc:end
    }
}
