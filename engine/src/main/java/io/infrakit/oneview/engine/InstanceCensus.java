package io.infrakit.oneview.engine;

/**
 * How many instances one group has in the state, as {@link ProviderInstancePlugin#census()} counts them.
 *
 * @param group         the value of the instances' {@value ProviderInstancePlugin#GROUP_TAG} tag; empty for
 *                      instances without one
 * @param active        instances on the active list (reported to InfraKit)
 * @param nonFunctional instances on the non-functional list
 * @param inFlight      provisions journalled and not finished (by this or another replica)
 */
public record InstanceCensus(String group, int active, int nonFunctional, int inFlight) {
}
