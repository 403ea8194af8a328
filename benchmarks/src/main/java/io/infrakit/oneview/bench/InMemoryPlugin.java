package io.infrakit.oneview.bench;

import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.InstancePlugin;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.Tags;
import io.infrakit.oneview.spi.UnknownInstanceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A thread-safe in-memory instance plugin for load tests, pre-filled with instances like a group's members. Each
 * instance keeps its description with and without properties, so a describe costs the plugin almost nothing and
 * the benchmark measures the server.
 */
final class InMemoryPlugin implements InstancePlugin {

    private record Entry(Description full, Description bare) {
        static Entry of(Description d) {
            return new Entry(d, new Description(d.id(), d.logicalId(), d.tags(), null));
        }
    }

    private final ConcurrentSkipListMap<String, Entry> instances = new ConcurrentSkipListMap<>();
    private final AtomicLong next = new AtomicLong(1_000_000);

    InMemoryPlugin(int count) {
        for (int i = 0; i < count; i++) {
            String id = "instance-" + next.incrementAndGet();
            instances.put(id, Entry.of(new Description(id, null,
                    Tags.copyOf(Map.of("infrakit.group", "cattle", "infrakit.config.hash", "x4nrsdaibscmj7awpkxzx5vvpt6pilw2",
                            "tier", "web")),
                    new RawJson("{\"Note\":\"Instance properties version 1.0\",\"size\":" + i + "}"))));
        }
    }

    @Override
    public void validate(RawJson properties) {
    }

    @Override
    public String provision(Spec spec) {
        String id = "instance-" + next.incrementAndGet();
        instances.put(id, Entry.of(new Description(id, spec.logicalId(), spec.tags(), spec.properties())));
        return id;
    }

    @Override
    public void label(String instanceId, Map<String, String> labels) {
        Entry e = instances.get(instanceId);
        if (e == null) {
            throw new UnknownInstanceException(instanceId);
        }
        Description d = e.full();
        instances.put(instanceId, Entry.of(new Description(d.id(), d.logicalId(), Tags.merge(d.tags(), labels),
                d.properties())));
    }

    @Override
    public void destroy(String instanceId, DestroyContext context) {
        if (instances.remove(instanceId) == null) {
            throw new UnknownInstanceException(instanceId);
        }
    }

    @Override
    public List<Description> describeInstances(Map<String, String> tags, boolean withProperties) {
        List<Description> out = new ArrayList<>(instances.size());
        for (Entry e : instances.values()) {
            if (Tags.matches(e.full().tags(), tags)) {
                out.add(withProperties ? e.full() : e.bare());
            }
        }
        return out;
    }
}
