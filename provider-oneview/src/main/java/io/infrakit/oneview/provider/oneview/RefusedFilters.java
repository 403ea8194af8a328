package io.infrakit.oneview.provider.oneview;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The collections of one appliance whose list filter the appliance refused (HTTP 400): they are listed without a
 * filter from then on. One per appliance, owned by the {@link ClientPool}, so that providers and appliances never
 * share what one of them learnt. Thread-safe.
 */
final class RefusedFilters {

    private final Set<String> collections = ConcurrentHashMap.newKeySet();

    /**
     * @param collection a collection, e.g. {@code server-profiles}
     * @return whether the appliance refused its filter before
     */
    boolean isRefused(String collection) {
        return collections.contains(collection);
    }

    /**
     * @param collection a collection whose filter the appliance just refused
     * @return whether this is the first refusal recorded for it
     */
    boolean refuse(String collection) {
        return collections.add(collection);
    }
}
