package io.infrakit.oneview.provider.oneview;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Instance IDs this process made (or is making) a profile for that the engine may not have recorded yet. A profile
 * marked with one of them is never taken for an orphan. An ID leaves the set when a health check shows the engine
 * knows it, when its machine is destroyed, or when its provision fails. Thread-safe.
 */
final class PendingInstances {

    private final Set<String> ids = ConcurrentHashMap.newKeySet();

    void add(String instanceId) {
        ids.add(instanceId);
    }

    void remove(String instanceId) {
        ids.remove(instanceId);
    }

    boolean contains(String instanceId) {
        return ids.contains(instanceId);
    }

    /** @param known instance IDs the engine knows: they are no longer pending */
    void seen(Collection<String> known) {
        ids.removeAll(known);
    }
}
