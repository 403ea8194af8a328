package io.infrakit.oneview.engine;

import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.InstancePlugin;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.InvalidPropertiesException;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Validation;
import io.infrakit.oneview.spi.SingleFlight;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.Tags;
import io.infrakit.oneview.spi.UnknownInstanceException;
import io.infrakit.oneview.spi.provider.InstanceIdConflictException;
import io.infrakit.oneview.spi.provider.InstanceProvider;
import io.infrakit.oneview.spi.provider.Machine;
import io.infrakit.oneview.spi.provider.MachineDiscovery;
import io.infrakit.oneview.spi.provider.MachineStatus;
import io.infrakit.oneview.spi.provider.NoCapacityException;
import io.infrakit.oneview.spi.provider.ProvisionRequest;
import io.infrakit.oneview.store.Expect;
import io.infrakit.oneview.store.StaleRecordException;
import io.infrakit.oneview.store.StateStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generic engine: turns an {@link InstanceProvider} and a {@link StateStore} into an {@link InstancePlugin}.
 *
 * <p>The engine keeps one record per instance in the store (see {@code docs/state-and-engine.md}), on one of two
 * lists: <em>active</em> (reported to InfraKit) and <em>non-functional</em> (not reported, so that InfraKit
 * provisions a replacement), and a journal entry per provision in flight. Before it serves a call it catches up
 * with what other replicas committed to the same store, so it never answers from a stale copy.
 *
 * <ul>
 *   <li><b>Provision</b> chooses a new ID ({@link Builder#idGenerator}, checked against the state and the
 *       provisions in flight; retried when the provider throws {@link InstanceIdConflictException}), journals it with
 *       this process's store session, asks the provider for a machine <em>without holding any lock</em>
 *       (provisions run in parallel), then records the instance at the end of the active list and removes the
 *       journal entry in one commit. Tags and LogicalID come from the spec; the spec is stored as
 *       {@link InstanceProvider#redact} returns it, so that no secret reaches the state. If the instance cannot be
 *       recorded, the machine is destroyed again and the call fails.</li>
 *   <li><b>Label</b> merges labels into the instance's tags ({@link Tags#merge}), tells the provider
 *       ({@link InstanceProvider#tagsChanged}), then records them.</li>
 *   <li><b>Destroy</b> asks the provider to destroy the machine, then removes the instance's record.</li>
 *   <li><b>DescribeInstances</b> first settles the unfinished provisions whose writer is gone
 *       ({@link InstanceProvider#recover}), then synchronises with the provider ({@link InstanceProvider#health} over
 *       every machine, active and non-functional): a machine that is {@code GONE} or {@code FAILED} moves to the
 *       non-functional list; one that is {@code FUNCTIONAL} again moves to the front of the active list. Callers
 *       arriving while a synchronisation runs share its result. It then lists the active instances whose tags
 *       hold every pair of the filter, with {@code Properties} (when asked) from
 *       {@link MachineStatus#properties()}, or else the stored spec as JSON.</li>
 * </ul>
 *
 * <p>Label and Destroy of an ID in neither list throw {@link UnknownInstanceException}. The state holds what
 * providers return in {@link Machine#data()}: <b>providers must never return secrets there</b>.
 *
 * <p>Thread-safe. Commits are serialised; provider calls are not.
 */
public final class ProviderInstancePlugin implements InstancePlugin, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderInstancePlugin.class);
    private static final int ID_ATTEMPTS = 100;
    private static final int CONFLICT_ATTEMPTS = 10;
    /** The tag InfraKit's group plugin puts on every instance of a group: {@link #census()} counts by it. */
    public static final String GROUP_TAG = "infrakit.group";

    private final InstanceProvider provider;
    private final StateStore store;
    private final StateCommitter state;
    private final Clock clock;
    private final Supplier<String> ids;
    /** Provisions running in this process, by instance ID: their journal entries are never settled. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Set<String> destroying = ConcurrentHashMap.newKeySet();
    private final SingleFlight<String, Map<String, MachineStatus>> sync = new SingleFlight<>();
    private final Recoveries recoveries;
    private final EngineListener listener;
    private volatile String session;

    private ProviderInstancePlugin(Builder b) {
        this.provider = Objects.requireNonNull(b.provider, "provider");
        this.store = Objects.requireNonNull(b.store, "store");
        this.clock = b.clock;
        this.ids = b.ids;
        this.listener = new SafeListener(b.listener);
        this.state = new StateCommitter(store, listener);
        this.recoveries = new Recoveries(state, provider, inFlight);
        this.session = store.session();
        StateView loaded = state.view();
        LOG.info("Loaded {} active and {} non-functional instances ({} unfinished provisions) from {}",
                loaded.active().size(), loaded.nonFunctional().size(), loaded.journal().size(), store.location());
        if (loaded.size() == 0 && loaded.journal().isEmpty()) {
            LOG.info("The state is empty. If this plugin made instances before and its state was lost, run "
                    + "rebuild-state (or start with --rebuild-state) before InfraKit provisions replacements");
        }
    }

    /** @return a builder; {@link Builder#provider} and {@link Builder#store} are required */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void validate(RawJson properties) {
        validateAndReport(properties);
    }

    @Override
    public Validation validateAndReport(RawJson properties) {
        return provider.validateAndReport(properties == null ? RawJson.NULL : properties);
    }

    /**
     * Catches up with the store (other replicas' commits) before a call is served, and moves this process's own
     * provisions in flight to its new session when the store gave it one (an etcd lease lost while etcd was
     * unreachable).
     */
    private void catchUp(String doing) {
        try {
            state.sync();
            String now = store.session();
            if (!now.equals(session)) {
                rehome(now);
            }
        } catch (InstancePluginException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InstancePluginException("cannot " + doing + ": the state in " + state.location()
                    + " cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private synchronized void rehome(String now) {
        if (now.equals(session)) {
            return;
        }
        try {
            List<String> moved = state.commit(view -> {
                List<StateCommitter.RecordWrite> writes = new ArrayList<>();
                List<String> ids = new ArrayList<>();
                for (String id : inFlight) {
                    view.journalEntry(id).filter(j -> !j.session().equals(now)).ifPresent(j -> {
                        writes.add(new StateCommitter.PutJournal(j.inSession(now), Expect.revision(j.revision())));
                        ids.add(id);
                    });
                }
                return new StateCommitter.Change<>(writes, ids);
            });
            if (!moved.isEmpty()) {
                LOG.warn("This plugin's session in {} was replaced ({} -> {}); its provisions in flight {} now carry"
                        + " the new one", state.location(), session, now, moved);
            }
            session = now;
        } catch (StaleRecordException e) {
            LOG.warn("Some provisions in flight were settled by another replica while this one had no session in {}"
                    + "; they will fail and their machines will be destroyed again", state.location());
            session = now;
        }
    }

    @Override
    public String provision(Spec spec) {
        long start = System.nanoTime();
        try {
            String id = provisionNew(spec);
            listener.provisionFinished(EngineListener.Result.SUCCEEDED, since(start));
            return id;
        } catch (RuntimeException e) {
            EngineListener.Result result = e instanceof InvalidPropertiesException ? EngineListener.Result.INVALID
                    : e instanceof NoCapacityException ? EngineListener.Result.NO_CAPACITY
                    : EngineListener.Result.FAILED;
            listener.provisionFinished(result, since(start));
            throw e;
        }
    }

    /**
     * Counts the instances of each group ({@value #GROUP_TAG} tag) in the state as this replica last saw it: active,
     * non-functional, and provisions in flight. Reads without a lock and without the store: cheap enough to call at
     * every metrics scrape.
     *
     * @return one entry per group, ordered by group
     */
    public List<InstanceCensus> census() {
        return Census.of(state.view());
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Hands events to the caller's listener; a failing listener never fails a call or a commit. */
    private static final class SafeListener implements EngineListener {
        private final EngineListener delegate;

        SafeListener(EngineListener delegate) {
            this.delegate = delegate;
        }

        @Override
        public void provisionFinished(Result result, Duration elapsed) {
            run(() -> delegate.provisionFinished(result, elapsed));
        }

        @Override
        public void destroyFinished(Result result, Duration elapsed) {
            run(() -> delegate.destroyFinished(result, elapsed));
        }

        @Override
        public void stateCommitted(CommitOutcome outcome, Duration elapsed) {
            run(() -> delegate.stateCommitted(outcome, elapsed));
        }

        private static void run(Runnable event) {
            try {
                event.run();
            } catch (RuntimeException e) {
                LOG.warn("An EngineListener failed (ignored): {}", e.toString());
            }
        }
    }

    private String provisionNew(Spec spec) {
        Objects.requireNonNull(spec, "spec");
        catchUp("provision");
        Spec stored = redacted(spec);
        for (int attempt = 1; ; attempt++) {
            String id = reserveId();
            try {
                if (!journal(id, stored)) {
                    continue;
                }
                Machine machine;
                try {
                    machine = provider.provision(new ProvisionRequest(id, spec));
                } catch (InstanceIdConflictException e) {
                    forgetJournal(id);
                    if (attempt < CONFLICT_ATTEMPTS) {
                        LOG.warn("Instance ID {} is taken at the provider ({}); choosing another", id,
                                e.getMessage());
                        continue;
                    }
                    throw new InstancePluginException("no free instance ID after " + attempt + " attempts; last: "
                            + e.getMessage(), e);
                } catch (InstancePluginException e) {
                    // the journal entry stays: the next describe has the provider settle what may be left
                    throw e;
                } catch (RuntimeException e) {
                    throw new InstancePluginException("provisioning instance " + id + " failed: " + e, e);
                }
                if (machine == null || !id.equals(machine.instanceId())) {
                    String undo = machine == null ? "" : "; " + undoProvision(machine);
                    throw new InstancePluginException("the provider returned a machine for "
                            + (machine == null ? "no instance" : "instance " + machine.instanceId())
                            + " when asked for instance " + id + undo);
                }
                record(id, spec, stored, machine);
                LOG.info("Provisioned instance {}", id);
                return id;
            } finally {
                inFlight.remove(id);
            }
        }
    }

    private Spec redacted(Spec spec) {
        try {
            Spec stored = provider.redact(spec);
            return stored == null ? spec : stored;
        } catch (RuntimeException e) {
            throw new InstancePluginException("cannot provision: the provider could not prepare the spec for the "
                    + "state (" + e.getMessage() + "); nothing was made", e);
        }
    }

    private String reserveId() {
        for (int i = 0; i < ID_ATTEMPTS; i++) {
            String id = ids.get();
            if (id == null || id.isEmpty()) {
                throw new InstancePluginException("the instance ID generator returned no ID");
            }
            if (inFlight.add(id)) {
                StateView now = state.view();
                if (!now.contains(id) && now.journalEntry(id).isEmpty()) {
                    return id;
                }
                inFlight.remove(id);
            }
        }
        throw new InstancePluginException("the instance ID generator returned " + ID_ATTEMPTS
                + " IDs in a row that are already in use");
    }

    /**
     * Journals the provision of {@code id} before the provider makes anything for it.
     *
     * @return false when another replica took the ID meanwhile (choose another)
     */
    private boolean journal(String id, Spec stored) {
        JournalEntry entry = new JournalEntry(id, session, clock.instant(), stored, 0);
        try {
            return state.commit(view -> view.contains(id) ? StateCommitter.Change.none(false)
                    : new StateCommitter.Change<>(List.of(new StateCommitter.PutJournal(entry, Expect.absent())),
                    true));
        } catch (StaleRecordException e) {
            return false;
        } catch (RuntimeException e) {
            throw new InstancePluginException("cannot provision: the state " + state.location()
                    + " cannot be written (" + e.getMessage() + "); nothing was made", e);
        }
    }

    /** Forgets the journal entry of a provision the provider made nothing for (or undid). */
    private void forgetJournal(String id) {
        try {
            state.commit(view -> view.journalEntry(id)
                    .map(j -> new StateCommitter.Change<>(List.<StateCommitter.RecordWrite>of(
                            new StateCommitter.DeleteJournal(id, Expect.revision(j.revision()))), (Void) null))
                    .orElse(StateCommitter.Change.none(null)));
        } catch (RuntimeException e) {
            LOG.warn("Cannot forget the unfinished provision {} in {}: {}; it is settled at a later describe", id,
                    state.location(), e.getMessage());
        }
    }

    private enum Recorded { RECORDED, ADOPTED_ELSEWHERE, SETTLED_ELSEWHERE }

    /** Records a new machine; if that fails in any way, destroys the machine again: nothing is leaked. */
    private void record(String id, Spec spec, Spec stored, Machine machine) {
        InstanceRecord instance = InstanceRecord.of(id, spec, stored, machine, clock.instant());
        Recorded outcome;
        try {
            outcome = state.commit(view -> {
                if (view.contains(id)) {
                    return StateCommitter.Change.none(Recorded.ADOPTED_ELSEWHERE);
                }
                Optional<JournalEntry> entry = view.journalEntry(id);
                if (entry.isEmpty()) {
                    return StateCommitter.Change.none(Recorded.SETTLED_ELSEWHERE);
                }
                return new StateCommitter.Change<>(List.of(
                        new StateCommitter.PutInstance(new StoredInstance(instance, InstanceList.ACTIVE,
                                view.endOf(InstanceList.ACTIVE), 0), Expect.absent()),
                        new StateCommitter.DeleteJournal(id, Expect.revision(entry.get().revision()))),
                        Recorded.RECORDED);
            });
        } catch (RuntimeException e) {
            String undo = undoProvision(machine);
            LOG.error("Instance {} could not be recorded in {}: {}; {}", id, state.location(), e.getMessage(), undo);
            throw new InstancePluginException("instance " + id + " was made but could not be recorded in the state "
                    + state.location() + " (" + e.getMessage() + "); " + undo, e);
        }
        if (outcome == Recorded.ADOPTED_ELSEWHERE) {
            LOG.warn("Instance {} was recorded by another replica, which took this one's provision for abandoned; it "
                    + "is recorded once", id);
        } else if (outcome == Recorded.SETTLED_ELSEWHERE) {
            String undo = undoProvision(machine);
            throw new InstancePluginException("instance " + id + " was made but another replica settled its provision"
                    + " as abandoned meanwhile (this replica's session in " + state.location() + " had expired); "
                    + undo);
        }
    }

    private String undoProvision(Machine machine) {
        try {
            provider.destroy(machine, DestroyContext.TERMINATE);
            forgetJournal(machine.instanceId());
            return "the machine was destroyed again";
        } catch (RuntimeException e) {
            LOG.error("Destroying the unrecorded machine of instance {} failed", machine.instanceId(), e);
            return "destroying the machine again failed too (" + e.getMessage() + "): it is cleaned up by a later "
                    + "describe, or remove it by hand";
        }
    }

    @Override
    public void label(String instanceId, Map<String, String> newLabels) {
        catchUp("label instance " + instanceId);
        StoredInstance instance = find(instanceId);
        Map<String, String> labels = newLabels == null ? Map.of() : newLabels;
        SortedMap<String, String> merged = Tags.merge(instance.record().tags(), labels);
        if (merged.equals(instance.record().tags())) {
            return;
        }
        try {
            provider.tagsChanged(instance.record().machine(), merged);
        } catch (InstancePluginException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InstancePluginException("labelling instance " + instanceId + " failed: " + e, e);
        }
        try {
            state.commit(view -> {
                StoredInstance current = view.find(instanceId)
                        .orElseThrow(() -> new UnknownInstanceException(instanceId));
                SortedMap<String, String> tags = Tags.merge(current.record().tags(), labels);
                return new StateCommitter.Change<>(List.of(new StateCommitter.PutInstance(
                        current.with(current.record().withTags(tags)), Expect.revision(current.revision()))), null);
            });
        } catch (InstancePluginException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InstancePluginException("the labels of instance " + instanceId + " could not be recorded in "
                    + "the state " + state.location() + ": " + e.getMessage(), e);
        }
        LOG.info("Labelled instance {}", instanceId);
    }

    @Override
    public void destroy(String instanceId, DestroyContext context) {
        long start = System.nanoTime();
        try {
            destroyKnown(instanceId, context);
            listener.destroyFinished(EngineListener.Result.SUCCEEDED, since(start));
        } catch (RuntimeException e) {
            EngineListener.Result result = e instanceof UnknownInstanceException
                    ? EngineListener.Result.UNKNOWN_INSTANCE : EngineListener.Result.FAILED;
            listener.destroyFinished(result, since(start));
            throw e;
        }
    }

    private void destroyKnown(String instanceId, DestroyContext context) {
        catchUp("destroy instance " + instanceId);
        StoredInstance instance = find(instanceId);
        DestroyContext why = context == null ? DestroyContext.UNSPECIFIED : context;
        if (!destroying.add(instanceId)) {
            throw new InstancePluginException("instance " + instanceId + " is already being destroyed");
        }
        try {
            try {
                provider.destroy(instance.record().machine(), why);
            } catch (InstancePluginException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new InstancePluginException("destroying instance " + instanceId + " failed: " + e, e);
            }
            try {
                state.commit(view -> view.find(instanceId)
                        .map(s -> new StateCommitter.Change<>(List.<StateCommitter.RecordWrite>of(
                                new StateCommitter.DeleteInstance(instanceId, Expect.revision(s.revision()))),
                                (Void) null))
                        .orElse(StateCommitter.Change.none(null)));
            } catch (RuntimeException e) {
                throw new InstancePluginException("instance " + instanceId + " was destroyed but could not be removed "
                        + "from the state " + state.location() + " (" + e.getMessage() + "); it shows as "
                        + "non-functional until it is destroyed again", e);
            }
            LOG.info("Destroyed instance {}{}", instanceId,
                    why.reason().wireName().isEmpty() ? "" : " (" + why.reason().wireName() + ")");
        } finally {
            destroying.remove(instanceId);
        }
    }

    private StoredInstance find(String instanceId) {
        if (instanceId == null) {
            throw new UnknownInstanceException(null);
        }
        return state.view().find(instanceId).orElseThrow(() -> new UnknownInstanceException(instanceId));
    }

    @Override
    public List<Description> describeInstances(Map<String, String> tags, boolean withProperties) {
        catchUp("describe the instances");
        Map<String, MachineStatus> statuses = sync.get("health", this::synchronise);
        Map<String, String> filter = tags == null ? Map.of() : tags;
        List<Description> out = new ArrayList<>();
        for (StoredInstance s : state.view().active()) {
            InstanceRecord r = s.record();
            if (Tags.matches(r.tags(), filter)) {
                RawJson properties = null;
                if (withProperties) {
                    MachineStatus status = statuses.get(r.id());
                    properties = status != null && status.properties() != null ? status.properties() : r.specJson();
                }
                out.add(new Description(r.id(), r.logicalId(), r.tags(), properties));
            }
        }
        return out;
    }

    private Map<String, MachineStatus> synchronise() {
        recoveries.settle();
        List<Machine> machines = state.view().all().map(s -> s.record().machine()).toList();
        Map<String, MachineStatus> reported;
        try {
            reported = provider.health(machines);
        } catch (InstancePluginException e) {
            throw new InstancePluginException("cannot check the health of the instances: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new InstancePluginException("cannot check the health of the instances: " + e, e);
        }
        Map<String, MachineStatus> statuses = new HashMap<>(machines.size() * 2);
        for (Machine m : machines) {
            MachineStatus s = reported == null ? null : reported.get(m.instanceId());
            statuses.put(m.instanceId(), s != null ? s : MachineStatus.gone("the provider did not report it"));
        }
        int max = store.maxWritesPerCommit();
        while (!HealthTransitions.next(state.view(), statuses, 1).isEmpty()) {
            List<HealthTransitions.Transition> moved;
            try {
                moved = state.commit(view -> HealthTransitions.writes(view, HealthTransitions.next(view, statuses,
                        max)));
            } catch (RuntimeException e) {
                throw new InstancePluginException("the health of the instances changed but the state "
                        + state.location() + " could not be written: " + e.getMessage(), e);
            }
            for (HealthTransitions.Transition t : moved) {
                if (t.recovered()) {
                    LOG.info("Instance {} is functional again ({}): moved to the front of the active list",
                            t.instance().id(), t.status().detail());
                } else {
                    LOG.warn("Instance {} is {} ({}): moved to the non-functional list; it is no longer reported",
                            t.instance().id(), t.status().health().name().toLowerCase(Locale.ROOT),
                            t.status().detail());
                }
            }
        }
        return statuses;
    }

    /** @return callers currently waiting for a synchronisation they did not start (for tests) */
    int synchronisationWaiters() {
        return sync.waiting();
    }

    /**
     * Rebuilds a lost state from the backend: every machine the provider finds for this plugin (its
     * {@link MachineDiscovery}) that the state does not hold becomes an active instance, with its tags and logical
     * ID, at the end of the active list. Nothing is adopted when the state holds instances, unless
     * {@code intoNonEmptyState}, nor when two machines claim one instance ID.
     *
     * @param intoNonEmptyState adopt into a state that already holds instances
     * @return what was done, or why nothing was
     * @throws InstancePluginException when the provider cannot list its machines, or the state cannot be written
     */
    public RebuildReport rebuildState(boolean intoNonEmptyState) {
        if (!(provider instanceof MachineDiscovery discovery)) {
            throw new InstancePluginException("this provider cannot list the machines it made, so the state cannot "
                    + "be rebuilt from its backend");
        }
        catchUp("rebuild the state");
        try {
            return new StateRebuilder(state, discovery, clock).rebuild(intoNonEmptyState);
        } catch (InstancePluginException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InstancePluginException("rebuilding the state in " + state.location() + " failed: "
                    + e.getMessage() + "; what was adopted before the failure stays adopted, run it again", e);
        }
    }

    /** @return the provider's example properties, if it has some */
    @Override
    public Set<String> secretFields() {
        return provider.secretFields();
    }

    @Override
    public Optional<RawJson> exampleProperties() {
        RawJson example = provider.exampleProperties();
        return example == null || example.isNull() ? Optional.empty() : Optional.of(example);
    }

    /** Closes the provider, then the store (which releases the state file's lock, or ends the etcd session). */
    @Override
    public void close() {
        try {
            provider.close();
        } finally {
            store.close();
        }
    }

    /** Builds a {@link ProviderInstancePlugin}. */
    public static final class Builder {
        private InstanceProvider provider;
        private StateStore store;
        private Clock clock = Clock.systemUTC();
        private Supplier<String> ids = InstanceIds.random();
        private EngineListener listener = EngineListener.NONE;

        private Builder() {
        }

        /**
         * @param listener observes provisions, destroys and state commits (for metrics); default
         *                 {@link EngineListener#NONE}
         * @return this builder
         */
        public Builder listener(EngineListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * @param provider the provider that makes the machines (required); the plugin closes it
         * @return this builder
         */
        public Builder provider(InstanceProvider provider) {
            this.provider = Objects.requireNonNull(provider, "provider");
            return this;
        }

        /**
         * @param store where the state lives (required); the plugin closes it
         * @return this builder
         */
        public Builder store(StateStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * @param clock the clock that stamps instances' creation time; default UTC system clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param idGenerator makes candidate instance IDs, thread-safe; default {@link InstanceIds#random()}.
         *                    IDs already in use are skipped
         * @return this builder
         */
        public Builder idGenerator(Supplier<String> idGenerator) {
            this.ids = Objects.requireNonNull(idGenerator, "idGenerator");
            return this;
        }

        /**
         * Loads the state (converting a first-release state file to records once) and builds the plugin.
         *
         * @return the plugin
         * @throws NullPointerException                         when the provider or the store is missing
         * @throws io.infrakit.oneview.store.StateStoreException when the stored state cannot be read or is not an
         *                                                      instance state; the message names the store
         */
        public ProviderInstancePlugin build() {
            return new ProviderInstancePlugin(this);
        }
    }
}
