package io.infrakit.oneview.engine;

import io.infrakit.oneview.spi.provider.MachineStatus;
import io.infrakit.oneview.store.Expect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The synchronisation rules: an active instance whose machine is not functional moves to the end of the
 * non-functional list; a non-functional instance whose machine is functional again moves to the front of the
 * active list (recovered instances keep their relative order). Instances without a status are left where they are.
 * Each move rewrites only the moved instance's record.
 */
final class HealthTransitions {

    /** One instance changing list. */
    record Transition(StoredInstance instance, MachineStatus status) {
        boolean recovered() {
            return status.functional();
        }
    }

    private HealthTransitions() {
    }

    /**
     * The next moves, at most {@code max}: recovered instances first, taken from the end of the non-functional list
     * so that the batches, each put before the active list, keep the recovered instances' relative order; then
     * failed active instances, in list order.
     *
     * @param view     the state
     * @param statuses the provider's statuses by instance ID
     * @param max      the most moves to return
     * @return the moves, none when nothing is left to move
     */
    static List<Transition> next(StateView view, Map<String, MachineStatus> statuses, int max) {
        List<Transition> recovered = new ArrayList<>();
        for (StoredInstance s : view.nonFunctional()) {
            MachineStatus status = statuses.get(s.id());
            if (status != null && status.functional()) {
                recovered.add(new Transition(s, status));
            }
        }
        if (!recovered.isEmpty()) {
            return List.copyOf(recovered.subList(Math.max(0, recovered.size() - max), recovered.size()));
        }
        List<Transition> failed = new ArrayList<>();
        for (StoredInstance s : view.active()) {
            MachineStatus status = statuses.get(s.id());
            if (status != null && !status.functional() && failed.size() < max) {
                failed.add(new Transition(s, status));
            }
        }
        return failed;
    }

    /** @return the writes that make the moves */
    static StateCommitter.Change<List<Transition>> writes(StateView view, List<Transition> moves) {
        int recovered = (int) moves.stream().filter(Transition::recovered).count();
        long front = view.frontOfActive(recovered);
        long end = view.endOf(InstanceList.NON_FUNCTIONAL);
        List<StateCommitter.RecordWrite> writes = new ArrayList<>(moves.size());
        for (Transition t : moves) {
            StoredInstance moved = t.recovered() ? t.instance().movedTo(InstanceList.ACTIVE, front++)
                    : t.instance().movedTo(InstanceList.NON_FUNCTIONAL, end++);
            writes.add(new StateCommitter.PutInstance(moved, Expect.revision(t.instance().revision())));
        }
        return new StateCommitter.Change<>(writes, moves);
    }
}
