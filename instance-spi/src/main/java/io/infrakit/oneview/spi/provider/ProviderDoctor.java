package io.infrakit.oneview.spi.provider;

import java.util.List;
import java.util.function.Consumer;

/**
 * An optional capability of an {@link InstanceProviderFactory}: checking, before (or while) the plugin runs, that
 * the backend can do what the provider will ask of it, for the {@code doctor} command. A factory implements it next
 * to {@link InstanceProviderFactory}; {@code doctor} runs its own checks (Java, socket, state store) first.
 *
 * <p>Checks must not change the backend: read what can be read, and report what cannot be checked without side
 * effects as {@link DoctorCheck.Status#SKIP skipped}, saying so. They must not hang: bound every wait.
 */
public interface ProviderDoctor {

    /**
     * Runs the provider's checks, in order, reporting each one as soon as it is known.
     *
     * @param context the context the provider would be created with (the same settings and environment)
     * @param groups  the groups of {@code --group} that use this plugin; empty when none was given
     * @param report  receives each finding, in order
     */
    void diagnose(ProviderContext context, List<DoctorGroup> groups, Consumer<DoctorCheck> report);
}
