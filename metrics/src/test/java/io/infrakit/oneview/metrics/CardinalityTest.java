package io.infrakit.oneview.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrakit.oneview.client.LoginEvent;
import io.infrakit.oneview.client.RequestEvent;
import io.infrakit.oneview.client.TaskEvent;
import io.infrakit.oneview.client.model.TaskState;
import io.infrakit.oneview.client.transport.ApplianceAddress;
import io.infrakit.oneview.engine.InstanceCensus;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whatever callers and appliances send, the number of series stays bounded. */
class CardinalityTest {

    private final PluginMetrics metrics = PluginMetrics.create("1.0");

    @Test
    void applianceRequestsKeepAtMostSixtyFourPathsAndKnownMethodsAndStatuses() {
        for (int i = 0; i < 500; i++) {
            metrics.oneViewListener().requestCompleted(new RequestEvent(i % 2 == 0 ? "GET" : "BREW",
                    "/rest/odd-" + i, 200 + i % 100, null, Duration.ofMillis(1), 1));
        }
        metrics.oneViewListener().requestCompleted(new RequestEvent("GET", "/rest/version", 0,
                new IOException("refused"), Duration.ofMillis(1), 1));
        Scrape s = new Scrape(new String(metrics.scrape(), java.nio.charset.StandardCharsets.UTF_8));
        List<String> paths = s.labelValues("infrakit_oneview_oneview_requests_total", "path");
        assertThat(paths).hasSize(OneViewMetrics.MAX_PATHS + 1).contains(BoundedLabel.OTHER);
        assertThat(s.labelValues("infrakit_oneview_oneview_requests_total", "method"))
                .containsExactlyInAnyOrder("GET", BoundedLabel.OTHER);
        assertThat(s.labelValues("infrakit_oneview_oneview_requests_total", "status"))
                .allMatch(v -> v.equals("none") || (v.length() == 3 && v.compareTo("100") >= 0 && v.compareTo("599") <= 0));
        assertThat(s.value("infrakit_oneview_oneview_requests_total{method=\"GET\",path=\"_other\",status=\"none\"}"))
                .isEqualTo(1.0);
    }

    @Test
    void groupsBeyondFiftyAreSummedAndUntaggedInstancesCountUnderNone() {
        List<InstanceCensus> census = new ArrayList<>();
        census.add(new InstanceCensus("", 2, 0, 0));
        for (int i = 0; i < 120; i++) {
            census.add(new InstanceCensus(String.format("g%03d", i), 1, 1, 0));
        }
        metrics.watch(() -> census);
        Scrape s = new Scrape(new String(metrics.scrape(), java.nio.charset.StandardCharsets.UTF_8));
        List<String> groups = s.labelValues("infrakit_oneview_instances", "group");
        assertThat(groups).hasSize(InstanceGauges.MAX_GROUPS + 2).contains("_none", "_other", "g000", "g049")
                .doesNotContain("g050");
        assertThat(s.value("infrakit_oneview_instances{group=\"_other\",state=\"active\"}")).isEqualTo(70.0);
        assertThat(s.value("infrakit_oneview_instances{group=\"_none\",state=\"active\"}")).isEqualTo(2.0);
    }

    @Test
    void tasksAreKindsNotPathsAndReloginsAreCounted() {
        var l = metrics.oneViewListener();
        l.taskCompleted(new TaskEvent("POST", "/rest/server-profiles", TaskState.COMPLETED, false, Duration.ofSeconds(90)));
        l.taskCompleted(new TaskEvent("PUT", "/rest/server-hardware/{id}/powerState", TaskState.RUNNING, true,
                Duration.ofSeconds(600)));
        l.taskCompleted(new TaskEvent("", "", TaskState.ERROR, false, Duration.ofSeconds(1)));
        ApplianceAddress appliance = ApplianceAddress.parse("ov.example.com");
        l.loggedIn(new LoginEvent(appliance, "admin", 800, false));
        l.loggedIn(new LoginEvent(appliance, "admin", 800, true));
        String text = new String(metrics.scrape(), java.nio.charset.StandardCharsets.UTF_8);
        Scrape s = new Scrape(text);
        assertThat(s.value("infrakit_oneview_oneview_task_duration_seconds_count{kind=\"profile_create\","
                + "outcome=\"completed\"}")).isEqualTo(1.0);
        assertThat(s.value("infrakit_oneview_oneview_task_duration_seconds_sum{kind=\"profile_create\","
                + "outcome=\"completed\"}")).isEqualTo(90.0);
        assertThat(s.value("infrakit_oneview_oneview_task_duration_seconds_count{kind=\"power\",outcome=\"timeout\"}"))
                .isEqualTo(1.0);
        assertThat(s.value("infrakit_oneview_oneview_task_duration_seconds_count{kind=\"other\",outcome=\"error\"}"))
                .isEqualTo(1.0);
        assertThat(s.value("infrakit_oneview_oneview_logins_total{kind=\"initial\"}")).isEqualTo(1.0);
        assertThat(s.value("infrakit_oneview_oneview_logins_total{kind=\"relogin\"}")).isEqualTo(1.0);
        assertThat(text).doesNotContain("ov.example.com").doesNotContain("admin");
    }
}
