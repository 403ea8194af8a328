package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.spi.LogText;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells, once per group and reason, that a group's {@code Spec.Init} does not reach its servers: the log gets one
 * warning, never one per provision. A group is its {@code infrakit.group} tag (or its template when untagged).
 */
final class InitDeliveryWarnings {

    private static final Logger LOG = LoggerFactory.getLogger(InitDeliveryWarnings.class);

    private final Set<String> told = ConcurrentHashMap.newKeySet();

    /**
     * @param group  the group's tag, or null
     * @param props  the group's properties
     * @param reason why the Init is not delivered, a sentence
     * @return whether this call logged (false: already told)
     */
    boolean warn(String group, InstanceProperties props, String reason) {
        String who = group != null ? "group '" + group + "'" : "untagged instances of template '"
                + props.templateName() + "'";
        if (!told.add(who + "\n" + reason)) {
            return false;
        }
        LOG.warn("{}: Spec.Init is not delivered to the servers: {}", LogText.of(who), LogText.of(reason));
        return true;
    }
}
