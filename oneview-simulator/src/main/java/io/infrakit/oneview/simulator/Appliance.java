package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The simulated appliance's state: inventory, profiles, tasks, sessions. Every access holds this object's monitor;
 * {@link #advance()} first applies the effects of every task whose end the clock has passed, in end order, so the
 * state seen by a request is the state at the clock's current instant. Internal.
 */
final class Appliance implements Faults.Target {

    private static final Logger LOG = LoggerFactory.getLogger(Appliance.class);
    /** Finished tasks beyond this many are forgotten, oldest first, as an appliance purges its task list. */
    static final int MAX_TASKS = 10_000;

    final SimulatorConfig config;
    final Clock clock;
    final Sessions sessions;
    final Faults faults;
    final List<HardwareType> hardwareTypes = new ArrayList<>();
    final List<EnclosureGroup> enclosureGroups = new ArrayList<>();
    final List<Template> templates = new ArrayList<>();
    final List<OsDeploymentPlan> osDeploymentPlans = new ArrayList<>();
    /** Every bay of every enclosure, in inventory order, empty ones included. */
    final List<Bay> bays = new ArrayList<>();
    /** Every server (blades, then rack servers) by id, in inventory order. */
    final Map<String, Hardware> hardware = new LinkedHashMap<>();
    final Map<String, Profile> profiles = new LinkedHashMap<>();
    final Map<String, SimTask> tasks = new LinkedHashMap<>();
    private final PriorityQueue<SimTask> pending = new PriorityQueue<>((a, b) -> {
        int c = a.end.compareTo(b.end);
        return c != 0 ? c : Long.compare(a.sequence, b.sequence);
    });
    private final Random ids;
    private long revision;
    private long taskSequence;
    private long serialSequence;
    private long addressSequence;

    Appliance(SimulatorConfig config) {
        this.config = config;
        this.clock = config.clock();
        this.sessions = new Sessions(config.sessionIdleTimeout());
        this.ids = new Random(config.seed());
        this.faults = new Faults(this, config.seed() ^ 0x5DEECE66DL);
        InventoryGenerator.generate(this, config.inventory());
        startGeneratedBackgroundWork();
        LOG.debug("generated inventory: {} servers in {} bays, {} types, {} enclosure groups, {} templates",
                hardware.size(), bays.size(), hardwareTypes.size(), enclosureGroups.size(), templates.size());
    }

    private void startGeneratedBackgroundWork() {
        for (Hardware h : hardware.values()) {
            if (h.condition == ServerCondition.UPDATING_FIRMWARE) {
                BackgroundWork.firmwareUpdate(this, h, InventorySpec.FIRMWARE_UPDATE_DURATION);
            }
        }
    }

    String uuid() {
        return new UUID(ids.nextLong(), ids.nextLong()).toString();
    }

    String nextETag() {
        revision++;
        return clock.instant().toEpochMilli() + "/" + revision;
    }

    String nextSerialNumber() {
        serialSequence++;
        return String.format(Locale.ROOT, "VCG%07d", serialSequence);
    }

    /** @return the next number of the virtual MAC / WWN pools */
    long nextAddress() {
        return ++addressSequence;
    }

    // ---------------------------------------------------------------- time

    /** Applies the effects of every task that has ended by now. */
    void advance() {
        Instant now = clock.instant();
        while (!pending.isEmpty() && !pending.peek().end.isAfter(now)) {
            finish(pending.poll());
        }
    }

    private void finish(SimTask task) {
        task.finished = true;
        try {
            if (task.errorCode == null) {
                task.onSuccess.run();
            } else {
                task.onFailure.run();
            }
        } catch (RuntimeException e) {
            LOG.error("task {} ({}) failed to apply its effects", task.uri, task.name, e);
        }
        LOG.debug("task {} {} {}", task.uri, task.name, task.errorCode == null ? "Completed" : "Error " + task.errorCode);
    }

    /**
     * @param kind the kind of user operation, or null for a background task
     */
    SimTask newTask(TaskKind kind, String name, String owner, String category, Duration duration) {
        taskSequence++;
        return new SimTask(uuid().toUpperCase(Locale.ROOT), taskSequence, kind, name, owner, category,
                clock.instant(), duration);
    }

    /**
     * Makes the task fail if a failure of its kind was queued with {@link Faults#failNextTask}; consumes it.
     */
    void injectFault(SimTask task) {
        String injected = faults.takeTaskFailure(task.kind);
        if (injected != null) {
            task.fail(injected, "Injected failure of the " + task.kind + " task: " + injected + ".");
            task.stateReasonOnError = "Error";
        }
    }

    /** Registers a task; when it has no duration its effects apply at once. Forgets the oldest finished tasks. */
    void submit(SimTask task) {
        if (tasks.size() >= MAX_TASKS) {
            int excess = tasks.size() - MAX_TASKS + 1;
            for (var it = tasks.values().iterator(); it.hasNext() && excess > 0; ) {
                if (it.next().finished) {
                    it.remove();
                    excess--;
                }
            }
        }
        tasks.put(task.id, task);
        pending.add(task);
        advance();
    }

    // ---------------------------------------------------------------- lookups

    private static <T> T first(Iterable<T> items, Predicate<? super T> matches) {
        for (T item : items) {
            if (matches.test(item)) {
                return item;
            }
        }
        return null;
    }

    Hardware hardwareByUri(String uri) {
        if (uri == null) {
            return null;
        }
        Hardware h = hardware.get(idOf(uri));
        return h != null && (uri.equals(h.id) || uri.equals(h.uri)) ? h : null;
    }

    HardwareType typeByUri(String uri) {
        return first(hardwareTypes, t -> t.uri.equals(uri));
    }

    EnclosureGroup groupByUri(String uri) {
        return first(enclosureGroups, g -> g.uri.equals(uri));
    }

    Template templateByUri(String uri) {
        return first(templates, t -> t.uri.equals(uri));
    }

    OsDeploymentPlan osDeploymentPlanByUri(String uri) {
        return first(osDeploymentPlans, p -> p.uri.equals(uri));
    }

    OsDeploymentPlan osDeploymentPlanByName(String name) {
        return first(osDeploymentPlans, p -> p.name().equals(name));
    }

    Profile profileByName(String name) {
        return first(profiles.values(), p -> name.equalsIgnoreCase(p.name()));
    }

    /** @return the profile assigned to a server, or null */
    Profile profileOf(Hardware h) {
        return h.serverProfileUri == null ? null : profiles.get(idOf(h.serverProfileUri));
    }

    /** @return the blade in a bay, removed or not, or null for an empty bay */
    Hardware bladeIn(Bay bay) {
        for (Hardware h : hardware.values()) {
            if (h.bay == bay) {
                return h;
            }
        }
        return null;
    }

    private Hardware findServer(String server) {
        Hardware h = hardware.get(server);
        if (h == null) {
            h = hardwareByUri(server);
        }
        if (h == null) {
            for (Hardware candidate : hardware.values()) {
                if (candidate.name.equalsIgnoreCase(server)) {
                    h = candidate;
                    break;
                }
            }
        }
        if (h == null) {
            throw new IllegalArgumentException("no server hardware has the uri, id or name '" + server + "'");
        }
        return h;
    }

    void touch(Hardware h) {
        h.modified = clock.instant();
        h.eTag = nextETag();
    }

    void touch(Profile p) {
        p.body.put("modified", Json.timestamp(clock.instant()));
        p.body.put("eTag", nextETag());
    }

    /**
     * Back to the generated inventory: no profiles, no tasks, every server as generated (state, power, status, in
     * its bay, background work restarted). Sessions stay valid.
     */
    synchronized void reset() {
        pending.clear();
        tasks.clear();
        profiles.clear();
        for (Hardware h : hardware.values()) {
            h.restore();
            touch(h);
        }
        startGeneratedBackgroundWork();
        LOG.info("reset: {} servers back to their generated state, profiles and tasks removed", hardware.size());
    }

    // ---------------------------------------------------------------- faults

    @Override
    public synchronized void expireAllSessions() {
        LOG.info("fault: expiring all {} sessions", sessions.size());
        sessions.clear();
    }

    @Override
    public synchronized void failServer(String server, ServerFailure failure) {
        advance();
        Hardware h = findServer(server);
        LOG.info("fault: server {} {}", h.name, failure);
        switch (failure) {
            case CRITICAL -> h.status = HealthStatus.CRITICAL;
            case POWERED_OFF -> h.powerTo(PowerState.OFF);
            case REMOVED -> {
                h.removed = true;
                setProfileStatus(h, HealthStatus.CRITICAL);
            }
        }
        touch(h);
    }

    @Override
    public synchronized void recoverServer(String server) {
        advance();
        Hardware h = findServer(server);
        LOG.info("fault: server {} recovered", h.name);
        h.status = HealthStatus.OK;
        if (h.removed) {
            h.removed = false;
            setProfileStatus(h, HealthStatus.OK);
        }
        touch(h);
    }

    @Override
    public synchronized void busyServer(String server, Duration duration) {
        advance();
        Hardware h = findServer(server);
        if (h.removed) {
            throw new IllegalArgumentException("server " + h.name + " is removed from its bay: it cannot be busy");
        }
        if (h.isLocked()) {
            throw new IllegalArgumentException("server " + h.name + " is busy already (" + h.lockReason() + ")");
        }
        LOG.info("fault: server {} busy with a background refresh for {}", h.name, duration);
        BackgroundWork.refresh(this, h, duration);
    }

    private void setProfileStatus(Hardware h, HealthStatus status) {
        Profile p = profileOf(h);
        if (p != null) {
            p.body.put("status", status.wire());
            touch(p);
        }
    }

    static String idOf(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    /** Visible servers (not removed), in inventory order. */
    List<Hardware> visibleHardware() {
        List<Hardware> list = new ArrayList<>(hardware.size());
        for (Hardware h : hardware.values()) {
            if (!h.removed) {
                list.add(h);
            }
        }
        return list;
    }

    /** A JSON snapshot of the appliance, for the admin endpoint. */
    ObjectNode summary() {
        ObjectNode json = Json.object();
        json.put("servers", hardware.size());
        json.put("serversRemoved", hardware.values().stream().filter(h -> h.removed).count());
        json.put("emptyBays", bays.size() - hardware.values().stream().filter(h -> h.bay != null).count());
        json.put("profiles", profiles.size());
        json.put("tasks", tasks.size());
        json.put("tasksPending", pending.size());
        json.put("sessions", sessions.size());
        json.put("now", Json.timestamp(clock.instant()));
        return json;
    }
}
