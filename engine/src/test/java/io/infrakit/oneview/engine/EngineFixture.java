package io.infrakit.oneview.engine;

import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.store.StateStore;
import io.infrakit.oneview.store.StoredRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Builds engines with a fixed clock and predictable IDs. */
final class EngineFixture {

    static final Instant NOW = Instant.parse("2026-11-24T01:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private EngineFixture() {
    }

    /** @return a generator of instance-1, instance-2, ... */
    static Supplier<String> sequentialIds() {
        AtomicInteger next = new AtomicInteger();
        return () -> "instance-" + next.incrementAndGet();
    }

    static ProviderInstancePlugin engine(io.infrakit.oneview.spi.provider.InstanceProvider provider, StateStore store) {
        return ProviderInstancePlugin.builder().provider(provider).store(store).clock(CLOCK)
                .idGenerator(sequentialIds()).build();
    }

    static Spec spec(String properties, Map<String, String> tags) {
        return Spec.of(RawJson.of(properties), tags);
    }

    static List<String> ids(List<Description> descriptions) {
        return descriptions.stream().map(Description::id).toList();
    }

    /** @return every stored value, one per line, in key order */
    static String stored(StateStore store) {
        return String.join("\n", store.load().records().stream().map(r -> r.key() + " = " + r.value()).toList());
    }

    /** @return the IDs of a stored list, in list order */
    static List<String> list(StateStore store, InstanceList list) {
        return store.load().records().stream().filter(r -> r.key().startsWith("instances/"))
                .map(r -> RecordCodec.decodeInstance(r.value(), r.revision())).filter(s -> s.list() == list)
                .sorted(java.util.Comparator.comparing(StoredInstance::position)).map(StoredInstance::id).toList();
    }

    /** @return the IDs in the stored journal */
    static List<String> journal(StateStore store) {
        return store.load().records().stream().map(StoredRecord::key).filter(k -> k.startsWith("journal/"))
                .map(k -> k.substring("journal/".length())).toList();
    }
}
