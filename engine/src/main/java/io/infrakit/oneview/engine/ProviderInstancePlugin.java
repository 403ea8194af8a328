package io.infrakit.oneview.engine;

import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.InstancePlugin;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.Tags;
import io.infrakit.oneview.spi.UnknownInstanceException;
import io.infrakit.oneview.spi.provider.InstanceIdConflictException;
import io.infrakit.oneview.spi.provider.InstanceProvider;
import io.infrakit.oneview.spi.provider.Machine;
import io.infrakit.oneview.spi.provider.MachineStatus;
import io.infrakit.oneview.spi.provider.ProvisionRequest;
import io.infrakit.oneview.store.StateStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generic engine: turns an {@link InstanceProvider} and a {@link StateStore} into an {@link InstancePlugin}.
 *
 * <p>The engine keeps every instance in one state document (see {@code docs/state-and-engine.md}), in one of two
 * lists: <em>active</em> (reported to InfraKit) and <em>non-functional</em> (not reported, so that InfraKit
 * provisions a replacement).
 *
 * <ul>
 *   <li><b>Provision</b> chooses a new ID ({@link Builder#idGenerator}, checked against the state and the
 *       provisions in flight; retried when the provider throws {@link InstanceIdConflictException}), asks the
 *       provider for a machine <em>without holding any lock</em> (provisions run in parallel), then appends the
 *       instance to the active list. Tags and LogicalID come from the spec; the spec is stored as
 *       {@link InstanceProvider#redact} returns it, so that no secret reaches the state. If the state cannot be
 *       written, the machine is destroyed again and the call fails.</li>
 *   <li><b>Label</b> merges labels into the instance's tags ({@link Tags#merge}), tells the provider
 *       ({@link InstanceProvider#tagsChanged}), then records them.</li>
 *   <li><b>Destroy</b> asks the provider to destroy the machine, then removes the instance from the state.</li>
 *   <li><b>DescribeInstances</b> first synchronises with the provider ({@link InstanceProvider#health} over every
 *       machine, active and non-functional): a machine that is {@code GONE} or {@code FAILED} moves to the
 *       non-functional list; one that is {@code FUNCTIONAL} again moves to the front of the active list. Callers
 *       arriving while a synchronisation runs share its result. It then lists the active instances whose tags
 *       hold every pair of the filter, with {@code Properties} (when asked) from
 *       {@link MachineStatus#properties()}, or else the stored spec as JSON.</li>
 * </ul>
 *
 * <p>Label and Destroy of an ID in neither list throw {@link UnknownInstanceException}. The state document holds
 * what providers return in {@link Machine#data()}: <b>providers must never return secrets there</b>.
 *
 * <p>Thread-safe. State changes are serialised; provider calls are not.
 */
public final class ProviderInstancePlugin implements InstancePlugin, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderInstancePlugin.class);
    private static final int ID_ATTEMPTS = 100;
    private static final int CONFLICT_ATTEMPTS = 10;

    private final InstanceProvider provider;
    private final StateStore store;
    private final StateCommitter state;
    private final Clock clock;
    private final Supplier<String> ids;
    private final Set<String> reserved = ConcurrentHashMap.newKeySet();
    private final Set<String> destroying = ConcurrentHashMap.newKeySet();
    /** Guards the end of a provision against a settlement that would take it for unfinished. */
    private final Object settling = new Object();
    private final SingleFlight<Map<String, MachineStatus>> sync = new SingleFlight<>(this::synchronise);

    private ProviderInstancePlugin(Builder b) {
        this.provider = Objects.requireNonNull(b.provider, "provider");
        this.store = Objects.requireNonNull(b.store, "store");
        this.clock = b.clock;
        this.ids = b.ids;
        this.state = new StateCommitter(store);
        EngineState loaded = state.current();
        LOG.info("Loaded {} active and {} non-functional instances from {}", loaded.active().size(),
                loaded.nonFunctional().size(), store.location());
    }

    /** @return a builder; {@link Builder#provider} and {@link Builder#store} are required */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void validate(RawJson properties) {
        provider.validate(properties == null ? RawJson.NULL : properties);
    }

    @Override
    public String provision(Spec spec) {
        Objects.requireNonNull(spec, "spec");
        for (int attempt = 1; ; attempt++) {
            String id = reserveId();
            try {
                journal(id);
                Machine machine;
                try {
                    machine = provider.provision(new ProvisionRequest(id, spec));
                } catch (InstanceIdConflictException e) {
                    forgetUnfinished(id);
                    if (attempt < CONFLICT_ATTEMPTS) {
                        LOG.warn("Instance ID {} is taken at the provider ({}); choosing another", id,
                                e.getMessage());
                        continue;
                    }
                    throw new InstancePluginException("no free instance ID after " + attempt + " attempts; last: "
                            + e.getMessage(), e);
                } catch (InstancePluginException e) {
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
                commitProvisioned(id, spec, machine);
                LOG.info("Provisioned instance {}", id);
                return id;
            } finally {
                synchronized (settling) {
                    reserved.remove(id);
                }
            }
        }
    }

    /** Forgets an unfinished provision the provider made nothing for: its ID belongs to someone else. */
    private void forgetUnfinished(String id) {
        try {
            state.commit(s -> new StateCommitter.Change<>(s.withoutUnfinished(List.of(id)), null));
        } catch (RuntimeException e) {
            LOG.warn("Cannot forget the unfinished provision {} in {}: {}", id, state.location(), e.getMessage());
        }
    }

    /** Records that the provision of {@code id} starts, before the provider makes anything for it. */
    private void journal(String id) {
        try {
            state.commit(s -> new StateCommitter.Change<>(s.withUnfinished(id), null));
        } catch (RuntimeException e) {
            throw new InstancePluginException("cannot provision: the state " + state.location()
                    + " cannot be written (" + e.getMessage() + "); nothing was made", e);
        }
    }

    private String reserveId() {
        for (int i = 0; i < ID_ATTEMPTS; i++) {
            String id = ids.get();
            if (id == null || id.isEmpty()) {
                throw new InstancePluginException("the instance ID generator returned no ID");
            }
            if (reserved.add(id)) {
                EngineState now = state.current();
                if (!now.contains(id) && !now.unfinished().contains(id)) {
                    return id;
                }
                reserved.remove(id);
            }
        }
        throw new InstancePluginException("the instance ID generator returned " + ID_ATTEMPTS
                + " IDs in a row that are already in use");
    }

    /** Records a new machine; if that fails in any way, destroys the machine again: nothing is leaked. */
    private void commitProvisioned(String id, Spec spec, Machine machine) {
        try {
            Spec stored = provider.redact(spec);
            InstanceRecord instance = InstanceRecord.of(id, spec, stored == null ? spec : stored, machine,
                    clock.instant());
            state.commit(s -> new StateCommitter.Change<>(s.withActive(instance).withoutUnfinished(List.of(id)), null));
        } catch (RuntimeException e) {
            String undo = undoProvision(machine);
            LOG.error("Instance {} could not be recorded in {}: {}; {}", id, state.location(), e.getMessage(), undo);
            throw new InstancePluginException("instance " + id + " was made but could not be recorded in the state "
                    + state.location() + " (" + e.getMessage() + "); " + undo, e);
        }
    }

    private String undoProvision(Machine machine) {
        try {
            provider.destroy(machine, DestroyContext.TERMINATE);
            return "the machine was destroyed again";
        } catch (RuntimeException e) {
            LOG.error("Destroying the unrecorded machine of instance {} failed", machine.instanceId(), e);
            return "destroying the machine again failed too (" + e.getMessage() + "): remove it by hand";
        }
    }

    @Override
    public void label(String instanceId, Map<String, String> newLabels) {
        InstanceRecord instance = find(instanceId);
        Map<String, String> labels = newLabels == null ? Map.of() : newLabels;
        SortedMap<String, String> merged = Tags.merge(instance.tags(), labels);
        if (merged.equals(instance.tags())) {
            return;
        }
        try {
            provider.tagsChanged(instance.machine(), merged);
        } catch (InstancePluginException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InstancePluginException("labelling instance " + instanceId + " failed: " + e, e);
        }
        try {
            state.commit(s -> {
                InstanceRecord current = s.find(instanceId).orElseThrow(() -> new UnknownInstanceException(instanceId));
                SortedMap<String, String> tags = Tags.merge(current.tags(), labels);
                return new StateCommitter.Change<>(s.replace(instanceId, r -> r.withTags(tags)), null);
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
        InstanceRecord instance = find(instanceId);
        DestroyContext why = context == null ? DestroyContext.UNSPECIFIED : context;
        if (!destroying.add(instanceId)) {
            throw new InstancePluginException("instance " + instanceId + " is already being destroyed");
        }
        try {
            try {
                provider.destroy(instance.machine(), why);
            } catch (InstancePluginException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new InstancePluginException("destroying instance " + instanceId + " failed: " + e, e);
            }
            try {
                state.commit(s -> new StateCommitter.Change<>(s.without(instanceId), null));
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

    private InstanceRecord find(String instanceId) {
        if (instanceId == null) {
            throw new UnknownInstanceException(null);
        }
        return state.current().find(instanceId).orElseThrow(() -> new UnknownInstanceException(instanceId));
    }

    @Override
    public List<Description> describeInstances(Map<String, String> tags, boolean withProperties) {
        Map<String, MachineStatus> statuses = sync.get();
        Map<String, String> filter = tags == null ? Map.of() : tags;
        List<Description> out = new ArrayList<>();
        for (InstanceRecord r : state.current().active()) {
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
        settleUnfinished();
        EngineState before = state.current();
        List<Machine> machines = before.all().map(InstanceRecord::machine).toList();
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
        if (HealthTransitions.apply(state.current(), statuses).transitions().isEmpty()) {
            return statuses;
        }
        HealthTransitions.Outcome outcome;
        try {
            outcome = state.commit(s -> {
                HealthTransitions.Outcome o = HealthTransitions.apply(s, statuses);
                return new StateCommitter.Change<>(o.next(), o);
            });
        } catch (RuntimeException e) {
            throw new InstancePluginException("the health of the instances changed but the state " + state.location()
                    + " could not be written: " + e.getMessage(), e);
        }
        for (HealthTransitions.Transition t : outcome.transitions()) {
            if (t.recovered()) {
                LOG.info("Instance {} is functional again ({}): moved to the front of the active list",
                        t.instance().id(), t.status().detail());
            } else {
                LOG.warn("Instance {} is {} ({}): moved to the non-functional list; it is no longer reported",
                        t.instance().id(), t.status().health().name().toLowerCase(java.util.Locale.ROOT),
                        t.status().detail());
            }
        }
        return statuses;
    }

    /** @return callers currently waiting for a synchronisation they did not start (for tests) */
    int synchronisationWaiters() {
        return sync.waiting();
    }

    /**
     * Offers the provider the provisions that started but were never recorded (not those running now), and forgets
     * the ones it reports settled. A failure is logged and retried at the next describe: it never fails a describe.
     */
    private void settleUnfinished() {
        Set<String> candidates;
        synchronized (settling) {
            candidates = new LinkedHashSet<>(state.current().unfinished());
            candidates.removeAll(reserved);
        }
        if (candidates.isEmpty()) {
            return;
        }
        try {
            Set<String> settled = provider.settleUnfinished(Set.copyOf(candidates));
            if (settled == null || settled.isEmpty()) {
                return;
            }
            Set<String> forget = new HashSet<>(settled);
            forget.retainAll(candidates);
            state.commit(s -> new StateCommitter.Change<>(s.withoutUnfinished(forget), null));
            LOG.info("Unfinished provisions settled (nothing left of them): {}", new TreeSet<>(forget));
        } catch (RuntimeException e) {
            LOG.warn("Cleaning up after unfinished provisions {} failed: {}; retrying at the next describe",
                    new TreeSet<>(candidates), e.getMessage());
        }
    }

    /** @return the provider's example properties, if it has some */
    @Override
    public Optional<RawJson> exampleProperties() {
        RawJson example = provider.exampleProperties();
        return example == null || example.isNull() ? Optional.empty() : Optional.of(example);
    }

    /** @return where the state lives (the state file's path, or "memory") */
    public String stateLocation() {
        return state.location();
    }

    /** Closes the provider, then the store (which releases the state file's lock). */
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

        private Builder() {
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
         * Loads the state and builds the plugin.
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
