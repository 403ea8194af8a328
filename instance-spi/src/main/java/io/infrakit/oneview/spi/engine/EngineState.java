package io.infrakit.oneview.spi.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The engine's whole state, immutable: the active instances (reported to InfraKit, oldest first except that
 * recovered instances go to the front) and the non-functional ones (not reported).
 *
 * @param active        the active instances
 * @param nonFunctional the non-functional instances
 */
record EngineState(List<InstanceRecord> active, List<InstanceRecord> nonFunctional) {

    static final EngineState EMPTY = new EngineState(List.of(), List.of());

    EngineState {
        active = List.copyOf(active);
        nonFunctional = List.copyOf(nonFunctional);
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
        return new EngineState(list, nonFunctional);
    }

    /** @return this state without the instance, or this same object when it has no such instance */
    EngineState without(String id) {
        if (!contains(id)) {
            return this;
        }
        return new EngineState(active.stream().filter(r -> !r.id().equals(id)).toList(),
                nonFunctional.stream().filter(r -> !r.id().equals(id)).toList());
    }

    /** @return this state with the instance replaced in whichever list holds it */
    EngineState replace(String id, UnaryOperator<InstanceRecord> change) {
        return new EngineState(active.stream().map(r -> r.id().equals(id) ? change.apply(r) : r).toList(),
                nonFunctional.stream().map(r -> r.id().equals(id) ? change.apply(r) : r).toList());
    }
}
