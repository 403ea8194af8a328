package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;
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

    Appliance(SimulatorConfig config) {
        this.config = config;
        this.clock = config.clock();
        this.sessions = new Sessions(config.sessionIdleTimeout());
        this.ids = new Random(config.seed());
        this.faults = new Faults(this, config.seed() ^ 0x5DEECE66DL);
        generate(config.inventory());
    }

    // ---------------------------------------------------------------- inventory

    private void generate(InventorySpec spec) {
        Instant created = clock.instant().minus(Duration.ofDays(30));
        for (int i = 0; i < spec.hardwareTypes().size(); i++) {
            hardwareTypes.add(new HardwareType(uuid().toUpperCase(Locale.ROOT), spec.hardwareTypes().get(i), i, created));
        }
        Random power = new Random(config.seed() * 31 + 7);
        int enclosure = 0;
        for (int g = 0; g < spec.enclosureGroups(); g++) {
            EnclosureGroup group = new EnclosureGroup(uuid(), "EG" + (g + 1), spec.enclosuresPerGroup(), created);
            enclosureGroups.add(group);
            for (int e = 0; e < spec.enclosuresPerGroup(); e++) {
                enclosure++;
                String enclosureName = "Encl" + enclosure;
                String enclosureSerial = String.format("SIM%07d", enclosure);
                String enclosureUri = "/rest/enclosures/" + enclosureSerial;
                for (int bay = 1; bay <= spec.baysPerEnclosure(); bay++) {
                    HardwareType type = hardwareTypes.get((bay - 1) % hardwareTypes.size());
                    String serial = String.format("SIM%03X%04d", enclosure % 0xFFF, bay + 1000 * (enclosure / 0xFFF));
                    int host = enclosure * 64 + bay;
                    String ip = "10." + (100 + host / 65536 % 100) + "." + (host / 256 % 256) + "." + (host % 256);
                    Hardware h = new Hardware(uuid().toUpperCase(Locale.ROOT), enclosureName + ", bay " + bay, serial,
                            bay, enclosure, enclosureName, enclosureUri, type, group, ip, created);
                    if (power.nextInt(100) < spec.poweredOnPercent()) {
                        h.powerState = "On";
                        h.initialPowerState = "On";
                    }
                    h.eTag = nextETag();
                    hardware.put(h.id, h);
                }
            }
        }
        for (TemplateSpec t : spec.templates()) {
            templates.add(new Template(uuid(), t.name(), hardwareTypes.get(t.hardwareType()),
                    enclosureGroups.get(t.enclosureGroup()), created));
        }
        LOG.debug("generated inventory: {} servers, {} types, {} enclosure groups, {} templates",
                hardware.size(), hardwareTypes.size(), enclosureGroups.size(), templates.size());
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
        return String.format("VCG%07d", serialSequence);
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

    SimTask newTask(TaskKind kind, String name, String owner, String category, Duration duration) {
        taskSequence++;
        SimTask task = new SimTask(uuid().toUpperCase(Locale.ROOT), taskSequence, kind, name, owner, category,
                clock.instant(), duration);
        return task;
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

    Hardware hardwareByUri(String uri) {
        if (uri == null) {
            return null;
        }
        String id = uri.substring(uri.lastIndexOf('/') + 1);
        Hardware h = hardware.get(id);
        return h != null && (uri.equals(id) || uri.equals(h.uri)) ? h : null;
    }

    HardwareType typeByUri(String uri) {
        for (HardwareType t : hardwareTypes) {
            if (t.uri.equals(uri)) {
                return t;
            }
        }
        return null;
    }

    EnclosureGroup groupByUri(String uri) {
        for (EnclosureGroup g : enclosureGroups) {
            if (g.uri.equals(uri)) {
                return g;
            }
        }
        return null;
    }

    Template templateByUri(String uri) {
        for (Template t : templates) {
            if (t.uri.equals(uri)) {
                return t;
            }
        }
        return null;
    }

    Profile profileByName(String name) {
        for (Profile p : profiles.values()) {
            if (name.equalsIgnoreCase(p.name())) {
                return p;
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
        Instant now = clock.instant();
        p.body.put("modified", Json.timestamp(now));
        p.body.put("eTag", nextETag());
    }

    /**
     * Back to the generated inventory: no profiles, no tasks, every server as generated (state, power, status, in
     * its bay). Sessions stay valid.
     */
    synchronized void reset() {
        pending.clear();
        tasks.clear();
        profiles.clear();
        for (Hardware h : hardware.values()) {
            h.state = "NoProfileApplied";
            h.powerState = h.initialPowerState;
            h.status = "OK";
            h.serverProfileUri = null;
            h.removed = false;
            touch(h);
        }
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
            case CRITICAL -> h.status = "Critical";
            case POWERED_OFF -> h.powerState = "Off";
            case REMOVED -> {
                h.removed = true;
                Profile p = h.serverProfileUri == null ? null : profiles.get(idOf(h.serverProfileUri));
                if (p != null) {
                    p.body.put("status", "Critical");
                    touch(p);
                }
            }
        }
        touch(h);
    }

    @Override
    public synchronized void recoverServer(String server) {
        advance();
        Hardware h = findServer(server);
        LOG.info("fault: server {} recovered", h.name);
        h.status = "OK";
        if (h.removed) {
            h.removed = false;
            Profile p = h.serverProfileUri == null ? null : profiles.get(idOf(h.serverProfileUri));
            if (p != null) {
                p.body.put("status", "OK");
                touch(p);
            }
        }
        touch(h);
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

    /** A JSON snapshot of servers, for the admin endpoint. */
    ObjectNode summary() {
        ObjectNode json = Json.object();
        json.put("servers", hardware.size());
        json.put("serversRemoved", hardware.values().stream().filter(h -> h.removed).count());
        json.put("profiles", profiles.size());
        json.put("tasks", tasks.size());
        json.put("tasksPending", pending.size());
        json.put("sessions", sessions.size());
        json.put("now", Json.timestamp(clock.instant()));
        return json;
    }

    /**
     * Checks that a body's {@code type}, when present, matches the API version.
     */
    static void checkType(JsonNode body, String expected) throws ApiException {
        String type = Json.text(body, "type");
        if (type != null && !type.equals(expected)) {
            throw ApiException.badRequest(ErrorCodes.INVALID_RESOURCE_TYPE, "The resource type '" + type
                    + "' does not match the requested X-API-Version, which expects '" + expected + "'.");
        }
    }
}
