package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Fault injection: the Java face of what {@code /admin/faults/...} does over HTTP. Obtain it with
 * {@link OneViewSimulator#faults()}. Thread-safe; every method takes effect for the next request.
 *
 * <p>Deterministic: random choices (the error rate, the latency jitter) come from a {@link Random} seeded with
 * {@link OneViewSimulator.Builder#seed(long)}, so the same seed and the same request sequence give the same faults.
 *
 * <p>Faults apply to the REST API ({@code /rest/...}) only, never to {@code /admin/...}. When a request is failed,
 * the simulator answers with the given status and an ErrorMessage body with errorCode {@code INJECTED_FAULT} and
 * does nothing else. Request faults are checked in this order: the "next N requests" rules (oldest first), then
 * the error rate.
 */
public final class Faults {

    /** Hooks into the simulated appliance. */
    interface Target {
        void expireAllSessions();

        void failServer(String server, ServerFailure failure);

        void recoverServer(String server);

        void busyServer(String server, Duration duration);
    }

    private final Target target;
    private final Random random;
    private Duration latency = Duration.ZERO;
    private Duration jitter = Duration.ZERO;
    private double errorRate;
    private int errorRateStatus = 503;
    private String errorRatePrefix = "";
    private final List<FailNext> failNext = new ArrayList<>();
    private final Map<TaskKind, Deque<String>> taskFailures = new EnumMap<>(TaskKind.class);
    private final Deque<String> osDeploymentFailures = new ArrayDeque<>();

    private static final class FailNext {
        int remaining;
        final int status;
        final String pathPrefix;

        FailNext(int remaining, int status, String pathPrefix) {
            this.remaining = remaining;
            this.status = status;
            this.pathPrefix = pathPrefix;
        }
    }

    Faults(Target target, long seed) {
        this.target = target;
        this.random = new Random(seed);
    }

    /**
     * Delays every REST response by a fixed amount (the delay does not hold a server thread).
     *
     * @param latency the added latency; {@link Duration#ZERO} for none
     * @return this
     */
    public Faults latency(Duration latency) {
        return latency(latency, Duration.ZERO);
    }

    /**
     * Delays every REST response by {@code latency} plus a seeded-random extra between 0 and {@code jitter}.
     *
     * @param latency the fixed part, not negative
     * @param jitter  the largest random extra, not negative
     * @return this
     */
    public synchronized Faults latency(Duration latency, Duration jitter) {
        requireNonNegative(latency, "latency");
        requireNonNegative(jitter, "jitter");
        this.latency = latency;
        this.jitter = jitter;
        return this;
    }

    /**
     * Fails a fraction of all REST requests with an HTTP status.
     *
     * @param rate   0.0 (never, switches it off) to 1.0 (always)
     * @param status an HTTP status from 400 to 599, typically 500 or 503
     * @return this
     */
    public Faults errorRate(double rate, int status) {
        return errorRate(rate, status, "");
    }

    /**
     * Fails a fraction of the REST requests whose path starts with {@code pathPrefix}.
     *
     * @param rate       0.0 (never, switches it off) to 1.0 (always)
     * @param status     an HTTP status from 400 to 599
     * @param pathPrefix e.g. {@code "/rest/tasks"}; empty for all
     * @return this
     */
    public synchronized Faults errorRate(double rate, int status, String pathPrefix) {
        if (!(rate >= 0.0 && rate <= 1.0)) {
            throw new IllegalArgumentException("rate must be between 0.0 and 1.0, got " + rate);
        }
        requireStatus(status);
        this.errorRate = rate;
        this.errorRateStatus = status;
        this.errorRatePrefix = Objects.requireNonNull(pathPrefix, "pathPrefix");
        return this;
    }

    /**
     * Fails the next {@code count} REST requests with an HTTP status.
     *
     * @param count  1 or more
     * @param status an HTTP status from 400 to 599
     * @return this
     */
    public Faults failNextRequests(int count, int status) {
        return failNextRequests(count, status, "");
    }

    /**
     * Fails the next {@code count} REST requests whose path starts with {@code pathPrefix}.
     *
     * @param count      1 or more
     * @param status     an HTTP status from 400 to 599
     * @param pathPrefix e.g. {@code "/rest/server-profiles"}; empty for all
     * @return this
     */
    public synchronized Faults failNextRequests(int count, int status, String pathPrefix) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be 1 or more, got " + count);
        }
        requireStatus(status);
        failNext.add(new FailNext(count, status, Objects.requireNonNull(pathPrefix, "pathPrefix")));
        return this;
    }

    /**
     * Makes the next task of a kind end in {@code Error} with the given {@code errorCode} in {@code taskErrors[0]}.
     * Several calls queue up, one per task. The task runs its normal course, then fails; the operation is undone
     * (a failed create leaves no profile, a failed delete keeps the profile, a failed power change keeps the power
     * state).
     *
     * @param kind      the kind of task to fail
     * @param errorCode e.g. {@code "AssignProfileToDeviceBayError"}
     * @return this
     */
    public synchronized Faults failNextTask(TaskKind kind, String errorCode) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(errorCode, "errorCode");
        if (errorCode.isBlank()) {
            throw new IllegalArgumentException("errorCode must not be blank");
        }
        taskFailures.computeIfAbsent(kind, k -> new ArrayDeque<>()).add(errorCode);
        return this;
    }

    /**
     * Makes the next OS deployment fail: the next profile task that deploys an OS (a create on a server naming a
     * plan, or an update that redeploys) runs its course with its deployment steps, then ends in {@code Error} with
     * the given {@code errorCode} and the message "Deploy OS volume failed: ..."; nothing is left applied (a create
     * leaves no profile and frees the server, whose {@code osDeployment} stays null; an update keeps what the server
     * had). Several calls queue up, one per deployment.
     *
     * @param errorCode e.g. {@link ErrorCodes#DEPLOY_OS_VOLUME_FAILED}
     * @return this
     */
    public synchronized Faults failNextOsDeployment(String errorCode) {
        Objects.requireNonNull(errorCode, "errorCode");
        if (errorCode.isBlank()) {
            throw new IllegalArgumentException("errorCode must not be blank");
        }
        osDeploymentFailures.add(errorCode);
        return this;
    }

    /**
     * {@link #failNextOsDeployment(String)} with {@link ErrorCodes#DEPLOY_OS_VOLUME_FAILED}.
     *
     * @return this
     */
    public Faults failNextOsDeployment() {
        return failNextOsDeployment(ErrorCodes.DEPLOY_OS_VOLUME_FAILED);
    }

    /** Makes every current session invalid at once: the next request with one of them gets 401 AUTHORIZATION. */
    public void expireAllSessions() {
        target.expireAllSessions();
    }

    /**
     * Inflicts a failure on one server.
     *
     * @param server  the server's {@code uri}, id or {@code name} (e.g. {@code "Encl1, bay 3"})
     * @param failure what happens to it
     * @throws IllegalArgumentException if no server has that uri, id or name
     */
    public void failServer(String server, ServerFailure failure) {
        target.failServer(Objects.requireNonNull(server, "server"), Objects.requireNonNull(failure, "failure"));
    }

    /**
     * Undoes {@link #failServer}: status back to OK, back in its bay. Power stays as it is.
     *
     * @param server the server's {@code uri}, id or {@code name}
     * @throws IllegalArgumentException if no server has that uri, id or name
     */
    public void recoverServer(String server) {
        target.recoverServer(Objects.requireNonNull(server, "server"));
    }

    /**
     * Makes a server busy with a background task (a refresh, {@code taskType} {@code Background}, listed in
     * {@code /rest/tasks}, {@code refreshState} {@code Refreshing}) for a while: until the clock passes its end,
     * power requests and profile creates, updates and deletes on that server answer 409 {@code RESOURCE_LOCKED}, and
     * it is no available target.
     *
     * @param server   the server's {@code uri}, id or {@code name}
     * @param duration how long, positive
     * @throws IllegalArgumentException if no server has that uri, id or name, if it is removed or busy already, or
     *                                  if the duration is not positive
     */
    public void busyServer(String server, Duration duration) {
        requireNonNegative(duration, "duration");
        if (duration.isZero()) {
            throw new IllegalArgumentException("duration must be positive");
        }
        target.busyServer(Objects.requireNonNull(server, "server"), duration);
    }

    /**
     * Removes latency, the error rate, pending "next N requests", pending task and OS deployment failures (servers
     * stay failed).
     */
    public synchronized void clear() {
        osDeploymentFailures.clear();
        latency = Duration.ZERO;
        jitter = Duration.ZERO;
        errorRate = 0.0;
        errorRatePrefix = "";
        failNext.clear();
        taskFailures.clear();
    }

    /**
     * @return the status to fail this request with, or 0 to serve it
     */
    synchronized int requestFault(String path) {
        for (Iterator<FailNext> it = failNext.iterator(); it.hasNext(); ) {
            FailNext rule = it.next();
            if (path.startsWith(rule.pathPrefix)) {
                rule.remaining--;
                if (rule.remaining <= 0) {
                    it.remove();
                }
                return rule.status;
            }
        }
        if (errorRate > 0.0 && path.startsWith(errorRatePrefix) && random.nextDouble() < errorRate) {
            return errorRateStatus;
        }
        return 0;
    }

    /**
     * @return the delay to add to this response, in milliseconds
     */
    synchronized long delayMillis() {
        long extra = jitter.isZero() ? 0 : (long) (random.nextDouble() * (jitter.toMillis() + 1));
        return latency.toMillis() + extra;
    }

    /**
     * @return the error code the next task of that kind must fail with, or null; consumes it
     */
    synchronized String takeTaskFailure(TaskKind kind) {
        Deque<String> queue = taskFailures.get(kind);
        return queue == null ? null : queue.poll();
    }

    /**
     * @return the error code the next OS deployment must fail with, or null; consumes it
     */
    synchronized String takeOsDeploymentFailure() {
        return osDeploymentFailures.poll();
    }

    synchronized ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("latencyMs", latency.toMillis());
        json.put("jitterMs", jitter.toMillis());
        ObjectNode rate = json.putObject("errorRate");
        rate.put("rate", errorRate);
        rate.put("status", errorRateStatus);
        rate.put("pathPrefix", errorRatePrefix);
        ArrayNode next = json.putArray("failNextRequests");
        for (FailNext rule : failNext) {
            next.addObject().put("remaining", rule.remaining).put("status", rule.status).put("pathPrefix", rule.pathPrefix);
        }
        ObjectNode tasks = json.putObject("failNextTasks");
        taskFailures.forEach((kind, codes) -> {
            ArrayNode list = tasks.putArray(kind.name());
            codes.forEach(list::add);
        });
        ArrayNode deployments = json.putArray("failNextOsDeployments");
        osDeploymentFailures.forEach(deployments::add);
        return json;
    }

    private static void requireNonNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + d);
        }
    }

    private static void requireStatus(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be 400 to 599, got " + status);
        }
    }
}
