package io.infrakit.oneview.engine;

import io.infrakit.oneview.spi.provider.MachineStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The synchronisation rules: an active instance whose machine is not functional moves to the end of the
 * non-functional list; a non-functional instance whose machine is functional again moves to the front of the
 * active list (recovered instances keep their relative order). Instances without a status are left where they are.
 */
final class HealthTransitions {

    /** One instance changing list. */
    record Transition(InstanceRecord instance, MachineStatus status) {
        boolean recovered() {
            return status.functional();
        }
    }

    /** The next state (the same object when nothing moved) and what moved. */
    record Outcome(EngineState next, List<Transition> transitions) {
    }

    private HealthTransitions() {
    }

    static Outcome apply(EngineState state, Map<String, MachineStatus> statuses) {
        List<Transition> transitions = new ArrayList<>();
        List<InstanceRecord> active = new ArrayList<>(state.active().size());
        List<InstanceRecord> nonFunctional = new ArrayList<>(state.nonFunctional().size());
        for (InstanceRecord r : state.nonFunctional()) {
            MachineStatus s = statuses.get(r.id());
            if (s != null && s.functional()) {
                active.add(r);
                transitions.add(new Transition(r, s));
            } else {
                nonFunctional.add(r);
            }
        }
        for (InstanceRecord r : state.active()) {
            MachineStatus s = statuses.get(r.id());
            if (s != null && !s.functional()) {
                nonFunctional.add(r);
                transitions.add(new Transition(r, s));
            } else {
                active.add(r);
            }
        }
        if (transitions.isEmpty()) {
            return new Outcome(state, List.of());
        }
        return new Outcome(new EngineState(active, nonFunctional), List.copyOf(transitions));
    }
}
