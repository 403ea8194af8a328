package io.infrakit.oneview.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.client.error.ErrorMessage;
import io.infrakit.oneview.client.error.TaskFailedException;
import io.infrakit.oneview.client.error.TaskTimeoutException;
import io.infrakit.oneview.client.model.Task;
import io.infrakit.oneview.client.model.TaskState;
import io.infrakit.oneview.simulator.testing.Fixtures;
import io.infrakit.oneview.client.testing.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TaskWaitExpectTest extends ExpectTestSupport {
    private static final String TASK = "/rest/tasks/DCB672A9-BC74-49DB-9D8F-798F3E82EC4C";

    private static String task(String state, int percent, String status) {
        return "{\"type\":\"TaskResourceV2\",\"category\":\"tasks\",\"uri\":\"" + TASK + "\",\"name\":\"Power on\","
                + "\"taskState\":\"" + state + "\",\"percentComplete\":" + percent + ",\"taskStatus\":\"" + status
                + "\",\"taskErrors\":[]}";
    }

    private TaskHandle powerOn() {
        server.expect("PUT", "/rest/server-hardware/sh1/powerState").authenticated(TOKEN, API)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withJsonBody("{\"powerState\":\"On\",\"powerControl\":\"MomentaryPress\"}")
                .respond(Reply.json(202, task("New", 0, "Power on")).withHeader("Location", "https://ov" + TASK));
        return client.serverHardware().powerOn("sh1");
    }

    @Test
    void waitsOnTaskStateWithBackoffAndReportsProgress() {
        expectVersionAndLogin();
        server.expect("GET", TASK).authenticated(TOKEN, API).respondJson(200, task("Starting", 0, "Starting"));
        server.expect("GET", TASK).authenticated(TOKEN, API).times(2).respondJson(200, task("Running", 50, "Powering on"));
        // 100 % but still Running: the percentage never ends the wait
        server.expect("GET", TASK).authenticated(TOKEN, API).respondJson(200, task("Running", 100, "Almost"));
        server.expect("GET", TASK).authenticated(TOKEN, API).respondJson(200, task("Completed", 100, "Done"));
        expectLogout(TOKEN);
        client = builder().taskPollInterval(Duration.ofSeconds(1), Duration.ofSeconds(3)).build();
        List<TaskProgress> progress = new ArrayList<>();

        TaskHandle handle = powerOn();
        assertThat(handle.taskUri()).isEqualTo(TASK);
        assertThat(handle.initialTask()).get().extracting(Task::taskState).isEqualTo(TaskState.NEW);
        Task done = handle.await(Duration.ofMinutes(5), progress::add);

        assertThat(done.taskState()).isEqualTo(TaskState.COMPLETED);
        assertThat(progress).containsExactly(
                new TaskProgress(TASK, TaskState.STARTING, 0, "Starting"),
                new TaskProgress(TASK, TaskState.RUNNING, 50, "Powering on"),
                new TaskProgress(TASK, TaskState.RUNNING, 100, "Almost"),
                new TaskProgress(TASK, TaskState.COMPLETED, 100, "Done"));
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(3), Duration.ofSeconds(3));
        closeAndVerify();
    }

    @Test
    void taskFailingDuringPollingSurfacesItsTaskErrors() {
        expectVersionAndLogin();
        Task starting = Task.fromJson(Fixtures.read("oneview-golang/task-sp-create-starting.json"));
        String taskPath = starting.uri();
        server.expect("POST", "/rest/server-profiles").authenticated(TOKEN, API)
                .withJsonBody("{\"type\":\"ServerProfileV5\",\"name\":\"docker_machine_test01\"}")
                .respond(Reply.json(202, starting.toJson()).withHeader("Location", "https://10.0.0.1" + taskPath));
        server.expect("GET", taskPath).authenticated(TOKEN, API)
                .respondJson(200, Fixtures.read("oneview-golang/task-sp-create-running.json"));
        server.expect("GET", taskPath).authenticated(TOKEN, API)
                .respondJson(200, Fixtures.read("oneview-golang/task-sp-create-error.json"));
        expectLogout(TOKEN);
        client = builder().build();

        TaskHandle handle = client.serverProfiles().create(
                io.infrakit.oneview.client.model.ServerProfile.fromJson(
                        "{\"type\":\"ServerProfileV5\",\"name\":\"docker_machine_test01\"}"));
        assertThat(handle.taskUri()).isEqualTo("/rest/tasks/BA3C8C84-4122-4A40-A3C3-D86CE9EDB5ED");
        assertThatThrownBy(handle::await)
                .isInstanceOfSatisfying(TaskFailedException.class, e -> {
                    assertThat(e.task().taskState()).isEqualTo(TaskState.ERROR);
                    assertThat(e.firstErrorCode()).isEqualTo("MacTypeDiffGlobalMacType");
                    ErrorMessage error = e.taskErrors().get(0);
                    assertThat(error.message()).isEqualTo("When macType is not user defined, mac type should be"
                            + " same as the global Mac assignment Virtual.");
                    assertThat(error.recommendedActions()).containsExactly("Verify parameters and try again.");
                })
                .hasMessageContaining("ended in state Error (ValidationError)")
                .hasMessageContaining("Unable to create server profile: docker_machine_test01")
                .hasMessageContaining("MacTypeDiffGlobalMacType");
        closeAndVerify();
    }

    @Test
    void timeoutIsAnErrorAndNeverSuccess() {
        expectVersionAndLogin();
        server.expect("GET", TASK).authenticated(TOKEN, API).anyTimes().respondJson(200, task("Running", 10, "Slow"));
        expectLogout(TOKEN);
        client = builder().taskPollInterval(Duration.ofSeconds(1), Duration.ofSeconds(10)).build();

        TaskHandle handle = client.tasks().handle(TASK);
        assertThatThrownBy(() -> handle.await(Duration.ofSeconds(20), null))
                .isInstanceOfSatisfying(TaskTimeoutException.class, e -> {
                    assertThat(e.lastSeen().percentComplete()).isEqualTo(10);
                    assertThat(e.timeout()).isEqualTo(Duration.ofSeconds(20));
                })
                .hasMessage("Task " + TASK + " still in state Running (10%) after PT20S; it was not cancelled and"
                        + " may still finish on the appliance");
        // 1 + 2 + 4 + 8 = 15 s, then the remaining 5 s: never beyond the deadline
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(5));
        closeAndVerify();
    }

    @Test
    void warningIsSuccessAndInterruptedIsFailure() {
        expectVersionAndLogin();
        server.expect("GET", TASK).authenticated(TOKEN, API).respondJson(200, task("Warning", 100, "Done, but"));
        server.expect("GET", TASK).authenticated(TOKEN, API).respondJson(200, task("Interrupted", 40, "Restarted"));
        expectLogout(TOKEN);
        client = builder().build();

        assertThat(client.tasks().handle(TASK).await().taskState()).isEqualTo(TaskState.WARNING);
        assertThatThrownBy(() -> client.tasks().handle(TASK).await())
                .isInstanceOf(TaskFailedException.class)
                .hasMessage("Task " + TASK + " (Power on) ended in state Interrupted: Restarted");
        closeAndVerify();
    }

    @Test
    void taskInTheBodyWithoutLocationIsUsed() {
        expectVersionAndLogin();
        server.expect("PUT", "/rest/server-hardware/sh1/powerState").authenticated(TOKEN, API)
                .withJsonBody("{\"powerState\":\"Off\",\"powerControl\":\"PressAndHold\"}")
                .respondJson(202, task("Completed", 100, "Power off"));
        expectLogout(TOKEN);
        client = builder().build();

        TaskHandle handle = client.serverHardware().powerOff("/rest/server-hardware/sh1");
        assertThat(handle.taskUri()).isEqualTo(TASK);
        closeAndVerify();
    }

    @Test
    void taskPollsSurviveA503() {
        expectVersionAndLogin();
        AtomicInteger calls = new AtomicInteger();
        server.expect("GET", TASK).authenticated(TOKEN, API).times(2).respondWith(r -> calls.incrementAndGet() == 1
                ? Reply.json(503, "{\"errorCode\":\"SERVICE_UNAVAILABLE\",\"message\":\"busy\"}")
                : Reply.json(200, task("Completed", 100, "Done")));
        expectLogout(TOKEN);
        client = builder().build();

        assertThat(client.tasks().handle(TASK).await().taskState()).isEqualTo(TaskState.COMPLETED);
        closeAndVerify();
    }

    @Test
    void interruptionStopsTheWaitAndKeepsTheInterruptFlag() {
        expectVersionAndLogin();
        server.expect("GET", TASK).authenticated(TOKEN, API).respondJson(200, task("Running", 10, "Slow"));
        expectLogout(TOKEN);
        client = builder().sleeper(d -> {
            throw new InterruptedException("stop");
        }).build();

        try {
            assertThatThrownBy(() -> client.tasks().handle(TASK).await())
                    .isInstanceOf(io.infrakit.oneview.client.error.OneViewInterruptedException.class)
                    .hasMessage("Interrupted while waiting");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        closeAndVerify();
    }
}
