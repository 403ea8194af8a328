package io.infrakit.oneview.rpc;

import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.InstancePlugin;
import io.infrakit.oneview.spi.InvalidPropertiesException;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.Tags;
import io.infrakit.oneview.spi.UnknownInstanceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory {@link InstancePlugin} for tests. Provision of a spec whose Init is {@code "block"} waits for
 * {@link #release}; Init {@code "boom"} throws an unexpected exception; Init {@code "fail"} an
 * {@link io.infrakit.oneview.spi.InstancePluginException}. Calls are recorded.
 */
final class FakePlugin implements InstancePlugin {

    record Instance(String id, Spec spec, Map<String, String> tags) {
    }

    private final String prefix;
    private final Map<String, Instance> instances = new LinkedHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<DestroyContext> destroyContexts = new CopyOnWriteArrayList<>();
    final List<Spec> specs = new CopyOnWriteArrayList<>();
    final List<RawJson> validated = new CopyOnWriteArrayList<>();
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch blockedStarted = new CountDownLatch(1);
    final AtomicInteger concurrent = new AtomicInteger();
    final AtomicInteger maxConcurrent = new AtomicInteger();
    volatile CountDownLatch rendezvous;
    volatile RawJson example;

    FakePlugin(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public void validate(RawJson properties) {
        calls.add("validate");
        validated.add(properties);
        if (!properties.isNull() && !properties.isObject()) {
            throw new InvalidPropertiesException("json: cannot unmarshal string into Go value of type file.Spec");
        }
    }

    @Override
    public String provision(Spec spec) {
        calls.add("provision");
        specs.add(spec);
        int now = concurrent.incrementAndGet();
        maxConcurrent.accumulateAndGet(now, Math::max);
        try {
            CountDownLatch meet = rendezvous;
            if (meet != null) {
                meet.countDown();
                await(meet);
            }
            switch (spec.init()) {
                case "block" -> {
                    blockedStarted.countDown();
                    await(release);
                }
                case "boom" -> throw new IllegalStateException("secret detail that must not reach the client");
                case "fail" -> throw new io.infrakit.oneview.spi.InstancePluginException("no capacity left");
                default -> {
                }
            }
            String id = prefix + next.incrementAndGet();
            synchronized (this) {
                instances.put(id, new Instance(id, spec, spec.tags()));
            }
            return id;
        } finally {
            concurrent.decrementAndGet();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test latch never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void label(String instanceId, Map<String, String> labels) {
        calls.add("label");
        Instance i = instances.get(instanceId);
        if (i == null) {
            throw new UnknownInstanceException(instanceId);
        }
        instances.put(instanceId, new Instance(i.id(), i.spec(), Tags.merge(i.tags(), labels)));
    }

    @Override
    public synchronized void destroy(String instanceId, DestroyContext context) {
        calls.add("destroy");
        destroyContexts.add(context);
        if (instances.remove(instanceId) == null) {
            throw new UnknownInstanceException(instanceId);
        }
    }

    @Override
    public synchronized List<Description> describeInstances(Map<String, String> tags, boolean withProperties) {
        calls.add("describe");
        List<Description> out = new ArrayList<>();
        for (Instance i : instances.values()) {
            if (Tags.matches(i.tags(), tags)) {
                out.add(new Description(i.id(), i.spec().logicalId(), Tags.copyOf(i.tags()),
                        withProperties ? i.spec().properties() : null));
            }
        }
        return out;
    }

    @Override
    public java.util.Set<String> secretFields() {
        return java.util.Set.of("OneViewPassword");
    }

    @Override
    public Optional<RawJson> exampleProperties() {
        return Optional.ofNullable(example);
    }

    /** Adds an instance directly. */
    synchronized void put(String id, String logicalId, Map<String, String> tags, String properties) {
        Spec spec = new Spec(properties == null ? null : new RawJson(properties), Tags.copyOf(tags), "", logicalId, null);
        instances.put(id, new Instance(id, spec, Tags.copyOf(tags)));
    }
}
