package io.infrakit.oneview.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Counts a {@link StateView}'s instances and journal entries per group, without a lock (a weakly consistent read). */
final class Census {

    private Census() {
    }

    static List<InstanceCensus> of(StateView view) {
        Map<String, int[]> counts = new TreeMap<>();
        for (StoredInstance s : view.active()) {
            counts.computeIfAbsent(group(s.record().tags()), g -> new int[3])[0]++;
        }
        for (StoredInstance s : view.nonFunctional()) {
            counts.computeIfAbsent(group(s.record().tags()), g -> new int[3])[1]++;
        }
        for (JournalEntry j : view.journal()) {
            counts.computeIfAbsent(group(j.spec().tags()), g -> new int[3])[2]++;
        }
        List<InstanceCensus> out = new ArrayList<>(counts.size());
        counts.forEach((group, c) -> out.add(new InstanceCensus(group, c[0], c[1], c[2])));
        return out;
    }

    private static String group(SortedMap<String, String> tags) {
        String group = tags == null ? null : tags.get(ProviderInstancePlugin.GROUP_TAG);
        return group == null ? "" : group;
    }
}
