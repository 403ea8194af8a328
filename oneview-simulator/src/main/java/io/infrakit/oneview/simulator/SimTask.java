package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A simulated asynchronous task. Its {@code taskState} is a function of the clock: New for the first 10 % of its
 * duration, Starting until 20 %, then Running with {@code percentComplete} following elapsed time, then Completed or
 * Error. The appliance runs {@link #onSuccess} or {@link #onFailure} when the clock passes {@link #end}. Internal.
 */
final class SimTask {

    final String id;
    final String uri;
    final long sequence;
    /** The kind of user operation, or null for a background task. */
    final TaskKind kind;
    final String name;
    final String owner;
    final String category;
    final Instant created;
    final Instant end;
    final Duration duration;
    String resourceUri;
    String resourceName;
    /** The resource exists from the start (update, delete, power) rather than being created by the task. */
    boolean resourceExists;
    String errorCode;
    String errorMessage;
    String stateReasonOnError = "ValidationError";
    String runningStatus;
    String completedStatus;
    String failedStatus;
    Runnable onSuccess = () -> { };
    Runnable onFailure = () -> { };
    boolean finished;
    /** {@code User} for requests, {@code Background} for work the appliance does on its own. */
    String taskType = "User";
    /** Extra steps (an OS deployment's), each shown once the elapsed part of the duration reaches it. */
    final List<Step> steps = new ArrayList<>();

    /**
     * A step of a task's progress.
     *
     * @param at     the elapsed part of the duration (0.2 to 1) from which the step runs
     * @param status its {@code taskStatus} and {@code progressUpdates} text
     */
    record Step(double at, String status) {
    }

    SimTask(String id, long sequence, TaskKind kind, String name, String owner, String category,
            Instant created, Duration duration) {
        this.id = id;
        this.uri = "/rest/tasks/" + id;
        this.sequence = sequence;
        this.kind = kind;
        this.name = name;
        this.owner = owner;
        this.category = category;
        this.created = created;
        this.duration = duration;
        this.end = created.plus(duration);
    }

    void fail(String code, String message) {
        this.errorCode = code;
        this.errorMessage = message;
    }

    /** @return the state at {@code now}: a function of the elapsed fraction of the duration */
    TaskState state(Instant now) {
        double fraction = finished || !now.isBefore(end) || duration.isZero() ? 1.0
                : (double) Duration.between(created, now).toNanos() / duration.toNanos();
        return TaskState.at(fraction, errorCode != null);
    }

    /** @return the steps that have started by {@code now} */
    private int stepsStarted(Instant now, TaskState taskState) {
        if (taskState.isTerminal()) {
            return steps.size();
        }
        double fraction = (double) Duration.between(created, now).toNanos() / Math.max(1, duration.toNanos());
        int started = 0;
        while (started < steps.size() && steps.get(started).at() <= fraction) {
            started++;
        }
        return started;
    }

    ObjectNode render(Instant now) {
        TaskState taskState = state(now);
        int started = taskState == TaskState.RUNNING || taskState.isTerminal() ? stepsStarted(now, taskState) : 0;
        int percent = switch (taskState) {
            case NEW, STARTING -> 0;
            case COMPLETED, ERROR -> 100;
            case RUNNING -> Math.max(1, Math.min(99,
                    (int) Math.floor(100.0 * Duration.between(created, now).toNanos() / duration.toNanos())));
        };
        String state = taskState.wire();
        ObjectNode json = Json.object();
        json.put("type", "TaskResourceV2");
        json.put("uri", uri);
        json.put("category", "tasks");
        json.put("name", name);
        json.put("owner", owner);
        json.put("taskType", taskType);
        json.put("userInitiated", taskType.equals("User"));
        json.put("hidden", false);
        json.put("isCancellable", false);
        json.put("taskState", state);
        json.put("stateReason", taskState == TaskState.ERROR ? stateReasonOnError : state);
        json.put("taskStatus", switch (taskState) {
            case COMPLETED -> completedStatus;
            case ERROR -> failedStatus;
            default -> started > 0 ? steps.get(started - 1).status() : runningStatus;
        });
        json.put("percentComplete", percent);
        json.put("computedPercentComplete", percent);
        json.put("expectedDuration", Math.max(1, duration.toSeconds()));
        json.put("totalSteps", steps.size());
        json.put("completedSteps", taskState == TaskState.COMPLETED ? steps.size() : Math.max(0, started - 1));
        ObjectNode resource = json.putObject("associatedResource");
        boolean visible = resourceExists || taskState == TaskState.RUNNING
                || (taskState == TaskState.COMPLETED && resourceUri != null);
        if (resourceUri != null && visible) {
            resource.put("resourceUri", resourceUri);
        } else {
            resource.putNull("resourceUri");
        }
        resource.put("resourceName", resourceName);
        resource.put("resourceCategory", category);
        resource.put("associationType", "MANAGED_BY");
        json.putNull("associatedTaskUri");
        json.putNull("parentTaskUri");
        ArrayNode updates = json.putArray("progressUpdates");
        if (taskState == TaskState.RUNNING || taskState.isTerminal()) {
            updates.addObject().put("timestamp", Json.timestamp(created.plus(duration.multipliedBy(2).dividedBy(10))))
                    .put("statusUpdate", runningStatus).put("id", 1);
        }
        for (int i = 0; i < started; i++) {
            Step step = steps.get(i);
            updates.addObject().put("timestamp", Json.timestamp(created.plusNanos((long) (step.at() * duration.toNanos()))))
                    .put("statusUpdate", step.status()).put("id", 2 + i);
        }
        if (taskState.isTerminal()) {
            updates.addObject().put("timestamp", Json.timestamp(end))
                    .put("statusUpdate", taskState == TaskState.COMPLETED ? completedStatus : failedStatus)
                    .put("id", 2 + steps.size());
        }
        if (taskState == TaskState.ERROR) {
            json.putArray("taskErrors").add(Json.errorMessage(errorCode, errorMessage, "",
                    List.of("Verify parameters and try again.")));
        } else {
            json.putArray("taskErrors");
        }
        json.putArray("taskOutput");
        json.putNull("data");
        json.put("created", Json.timestamp(created));
        Instant modified = taskState.isTerminal() ? end : now;
        json.put("modified", Json.timestamp(modified.isBefore(created) ? created : modified));
        json.put("eTag", String.valueOf(switch (taskState) {
            case NEW -> 1;
            case STARTING -> 2;
            case RUNNING -> 3 + percent;
            default -> 200;
        }));
        return json;
    }
}
