package io.infrakit.oneview.engine;

import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.SpecJson;
import io.infrakit.oneview.spi.Tags;
import io.infrakit.oneview.spi.provider.Machine;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * One instance as the engine stores it.
 *
 * @param id          the instance ID
 * @param logicalId   the logical ID from the spec, or null
 * @param tags        the instance's current tags (the spec's, plus labels)
 * @param spec        the spec as stored: the provider's redacted copy ({@code InstanceProvider.redact}) of the spec
 *                    it was provisioned with, so it holds no secret
 * @param machineData the provider's {@link Machine#data()}
 * @param created     when it was provisioned
 * @param specJson    the stored spec as JSON, computed once (pass null to compute it)
 */
record InstanceRecord(String id, String logicalId, SortedMap<String, String> tags, Spec spec, RawJson machineData,
                      Instant created, RawJson specJson) {

    InstanceRecord {
        Objects.requireNonNull(id, "id");
        tags = Tags.copyOf(tags);
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(machineData, "machineData");
        Objects.requireNonNull(created, "created");
        specJson = specJson == null ? SpecJson.toJson(spec) : specJson;
    }

    /**
     * @param id      the instance ID
     * @param spec    the spec InfraKit sent: tags and logical ID come from it
     * @param stored  the spec to store (the provider's redacted copy)
     * @param machine the provider's machine
     * @param created when
     */
    static InstanceRecord of(String id, Spec spec, Spec stored, Machine machine, Instant created) {
        return new InstanceRecord(id, spec.logicalId(), spec.tags(), stored, machine.data(), created, null);
    }

    Machine machine() {
        return new Machine(id, machineData);
    }

    InstanceRecord withTags(Map<String, String> newTags) {
        return new InstanceRecord(id, logicalId, Tags.copyOf(newTags), spec, machineData, created, specJson);
    }
}
