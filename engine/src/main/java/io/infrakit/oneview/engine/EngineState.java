package io.infrakit.oneview.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The engine's whole state, immutable: the active instances (reported to InfraKit, oldest first except that
 * recovered instances go to the front), the non-functional ones (not reported), and the unfinished provisions: IDs
 * recorded before the provider is asked for a machine and removed when the instance is recorded, so that what a
 * crash or a failed clean-up leaves behind is known by ID.
 *
 * @param active        the active instances
 * @param nonFunctional the non-functional instances
 * @param unfinished    the IDs of provisions that started and were neither recorded nor settled
 */
record EngineState(List<InstanceRecord> active, List<InstanceRecord> nonFunctional, List<String> unfinished) {

    static final EngineState EMPTY = new EngineState(List.of(), List.of(), List.of());

    EngineState {
        active = List.copyOf(active);
        nonFunctional = List.copyOf(nonFunctional);
        unfinished = List.copyOf(unfinished);
    }

    EngineState(List<InstanceRecord> active, List<InstanceRecord> nonFunctional) {
        this(active, nonFunctional, List.of());
    }

    /** @return this state with the provision of {@code id} marked unfinished */
    EngineState withUnfinished(String id) {
        List<String> list = new ArrayList<>(unfinished);
        list.add(id);
        return new EngineState(active, nonFunctional, list);
    }

    /** @return this state without those unfinished provisions, or this same object when none was listed */
    EngineState withoutUnfinished(Collection<String> ids) {
        if (unfinished.stream().noneMatch(ids::contains)) {
            return this;
        }
        return new EngineState(active, nonFunctional, unfinished.stream().filter(id -> !ids.contains(id)).toList());
    }

    Optional<InstanceRecord> find(String id) {
        return all().filter(r -> r.id().equals(id)).findFirst();
    }

    boolean contains(String id) {
        return find(id).isPresent();
    }

    Stream<InstanceRecord> all() {
        return Stream.concat(active.stream(), nonFunctional.stream());
    }

    int size() {
        return active.size() + nonFunctional.size();
    }

    EngineState withActive(InstanceRecord added) {
        List<InstanceRecord> list = new ArrayList<>(active);
        list.add(added);
        return new EngineState(list, nonFunctional, unfinished);
    }

    /** @return this state without the instance, or this same object when it has no such instance */
    EngineState without(String id) {
        if (!contains(id)) {
            return this;
        }
        return new EngineState(active.stream().filter(r -> !r.id().equals(id)).toList(),
                nonFunctional.stream().filter(r -> !r.id().equals(id)).toList(), unfinished);
    }

    /** @return this state with the instance replaced in whichever list holds it */
    EngineState replace(String id, UnaryOperator<InstanceRecord> change) {
        return new EngineState(active.stream().map(r -> r.id().equals(id) ? change.apply(r) : r).toList(),
                nonFunctional.stream().map(r -> r.id().equals(id) ? change.apply(r) : r).toList(), unfinished);
    }
}
