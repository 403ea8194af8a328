package io.infrakit.oneview.engine;

import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.store.StateStore;
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

    static ProviderInstancePlugin engine(FakeProvider provider, StateStore store) {
        return ProviderInstancePlugin.builder().provider(provider).store(store).clock(CLOCK)
                .idGenerator(sequentialIds()).build();
    }

    static Spec spec(String properties, Map<String, String> tags) {
        return Spec.of(RawJson.of(properties), tags);
    }

    static List<String> ids(List<Description> descriptions) {
        return descriptions.stream().map(Description::id).toList();
    }
}
