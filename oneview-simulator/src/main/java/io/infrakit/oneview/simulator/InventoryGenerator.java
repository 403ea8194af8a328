package io.infrakit.oneview.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Builds the appliance's inventory from an {@link InventorySpec}: hardware types, enclosure groups, enclosures and
 * their bays, blades, rack servers, templates. Ids come from the appliance's seeded generator, so the same seed gives
 * the same URIs. Internal.
 */
final class InventoryGenerator {

    private final Appliance appliance;
    private final InventorySpec spec;
    private final Random power;
    private final Instant created;

    private InventoryGenerator(Appliance appliance, InventorySpec spec) {
        this.appliance = appliance;
        this.spec = spec;
        this.power = new Random(appliance.config.seed() * 31 + 7);
        this.created = appliance.clock.instant().minus(Duration.ofDays(30));
    }

    static void generate(Appliance appliance, InventorySpec spec) {
        new InventoryGenerator(appliance, spec).run();
    }

    private void run() {
        for (int i = 0; i < spec.hardwareTypes().size(); i++) {
            appliance.hardwareTypes.add(new HardwareType(id(), spec.hardwareTypes().get(i), i, false, created));
        }
        Map<String, ServerCondition> conditions = new HashMap<>();
        spec.conditions().forEach(c -> conditions.put(c.server(), c.condition()));
        int enclosure = 0;
        for (int g = 0; g < spec.enclosureGroups(); g++) {
            EnclosureGroup group = new EnclosureGroup(appliance.uuid(), "EG" + (g + 1), spec.enclosuresPerGroup(),
                    spec.deploymentServer(), created);
            appliance.enclosureGroups.add(group);
            for (int e = 0; e < spec.enclosuresPerGroup(); e++) {
                enclosure++;
                String serial = String.format(Locale.ROOT, "SIM%07d", enclosure);
                for (int number = 1; number <= spec.baysPerEnclosure(); number++) {
                    Bay bay = new Bay(enclosure, "Encl" + enclosure, "/rest/enclosures/" + serial, group, number);
                    appliance.bays.add(bay);
                    ServerCondition condition = conditions.get(bay.bladeName());
                    if (condition != ServerCondition.EMPTY_BAY) {
                        addBlade(bay, condition);
                    }
                }
            }
        }
        if (spec.rackServers() > 0) {
            HardwareType rack = new HardwareType(id(), InventorySpec.RACK_HARDWARE_TYPE,
                    spec.hardwareTypes().size(), true, created);
            appliance.hardwareTypes.add(rack);
            for (int r = 1; r <= spec.rackServers(); r++) {
                String ip = "192.168." + (200 + r / 250) + "." + (10 + r % 250);
                add(new Hardware(id(), ip, String.format(Locale.ROOT, "SIMR%06d", r), null, rack, ip,
                        appliance.hardware.size(), created, null, initialPower()));
            }
        }
        addPlans();
        for (TemplateSpec t : spec.templates()) {
            appliance.templates.add(new Template(appliance.uuid(), t.name(), appliance.hardwareTypes.get(t.hardwareType()),
                    appliance.enclosureGroups.get(t.enclosureGroup()), created,
                    t.osDeploymentPlan() == null ? null : appliance.osDeploymentPlanByName(t.osDeploymentPlan()),
                    t.osCustomAttributes()));
        }
    }

    /** OS deployment plans take their ids from a generator of their own, so that they leave the others' unchanged. */
    private void addPlans() {
        Random ids = new Random(appliance.config.seed() * 17 + 3);
        for (OsDeploymentPlanSpec p : spec.osDeploymentPlans()) {
            String id = uuid(ids);
            String nativeId = uuid(ids);
            List<String> attributeIds = new ArrayList<>();
            p.attributes().forEach(a -> attributeIds.add(uuid(ids)));
            appliance.osDeploymentPlans.add(new OsDeploymentPlan(id, nativeId, p, attributeIds, created));
        }
    }

    private static String uuid(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private void addBlade(Bay bay, ServerCondition condition) {
        int enclosure = bay.enclosureIndex();
        HardwareType type = appliance.hardwareTypes.get((bay.number() - 1) % spec.hardwareTypes().size());
        String serial = String.format(Locale.ROOT, "SIM%03X%04d", enclosure % 0xFFF,
                bay.number() + 1000 * (enclosure / 0xFFF));
        int host = enclosure * 64 + bay.number();
        String ip = "10." + (100 + host / 65536 % 100) + "." + (host / 256 % 256) + "." + (host % 256);
        add(new Hardware(id(), bay.bladeName(), serial, bay, type, ip, appliance.hardware.size(), created, condition,
                initialPower()));
    }

    private void add(Hardware h) {
        h.eTag = appliance.nextETag();
        appliance.hardware.put(h.id, h);
    }

    private PowerState initialPower() {
        return power.nextInt(100) < spec.poweredOnPercent() ? PowerState.ON : PowerState.OFF;
    }

    private String id() {
        return appliance.uuid().toUpperCase(Locale.ROOT);
    }
}
