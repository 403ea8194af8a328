package io.infrakit.oneview.simulator;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the simulator's generated inventory contains.
 *
 * <p>The inventory has {@code enclosureGroups} enclosure groups ({@code EG1}, {@code EG2}, ...), each with
 * {@code enclosuresPerGroup} enclosures ({@code Encl1}, {@code Encl2}, ... numbered across groups), each with
 * {@code baysPerEnclosure} blades named {@code "<enclosure>, bay <n>"}. The blade in bay {@code n} has hardware type
 * {@code hardwareTypes[(n - 1) % hardwareTypes.size()]}, so every enclosure mixes all types. Every server starts
 * with no profile and status OK; each starts powered on with probability {@code poweredOnPercent} % (drawn from
 * the simulator's seed), otherwise off. Templates are listed in {@code templates}.
 *
 * <p>Immutable; use {@link #defaults()} and the {@code with...} methods:
 * <pre>{@code
 * InventorySpec big = InventorySpec.defaults().withEnclosuresPerGroup(125).withBaysPerEnclosure(16); // 2,000 servers
 * }</pre>
 *
 * @param enclosureGroups    number of enclosure groups, 1 or more
 * @param enclosuresPerGroup enclosures in each group, 1 or more
 * @param baysPerEnclosure   bays (all populated) per enclosure, 1 to 64
 * @param hardwareTypes      server hardware type names, at least one, unique
 * @param templates          server profile templates, names unique; may be empty
 * @param poweredOnPercent   percentage (0 to 100) of servers that start powered on
 */
public record InventorySpec(int enclosureGroups, int enclosuresPerGroup, int baysPerEnclosure,
                            List<String> hardwareTypes, List<TemplateSpec> templates, int poweredOnPercent) {

    /** The largest inventory accepted, in servers. */
    public static final int MAX_SERVERS = 100_000;

    /**
     * Validates and copies the components.
     *
     * @param enclosureGroups number of enclosure groups, 1 or more
     * @param enclosuresPerGroup enclosures in each group, 1 or more
     * @param baysPerEnclosure bays per enclosure, 1 to 64
     * @param hardwareTypes hardware type names, at least one, unique
     * @param templates templates, names unique, indexes in range
     * @param poweredOnPercent 0 to 100
     * @throws IllegalArgumentException when a component is out of range or inconsistent
     */
    public InventorySpec {
        hardwareTypes = List.copyOf(Objects.requireNonNull(hardwareTypes, "hardwareTypes"));
        templates = List.copyOf(Objects.requireNonNull(templates, "templates"));
        if (enclosureGroups < 1 || enclosuresPerGroup < 1) {
            throw new IllegalArgumentException("enclosureGroups and enclosuresPerGroup must be 1 or more, got "
                    + enclosureGroups + " and " + enclosuresPerGroup);
        }
        if (baysPerEnclosure < 1 || baysPerEnclosure > 64) {
            throw new IllegalArgumentException("baysPerEnclosure must be 1 to 64, got " + baysPerEnclosure);
        }
        long servers = (long) enclosureGroups * enclosuresPerGroup * baysPerEnclosure;
        if (servers > MAX_SERVERS) {
            throw new IllegalArgumentException("inventory of " + servers + " servers exceeds " + MAX_SERVERS);
        }
        if (hardwareTypes.isEmpty()) {
            throw new IllegalArgumentException("at least one hardware type is required");
        }
        if (new HashSet<>(hardwareTypes).size() != hardwareTypes.size()) {
            throw new IllegalArgumentException("hardware type names must be unique: " + hardwareTypes);
        }
        if (poweredOnPercent < 0 || poweredOnPercent > 100) {
            throw new IllegalArgumentException("poweredOnPercent must be 0 to 100, got " + poweredOnPercent);
        }
        Set<String> names = new HashSet<>();
        for (TemplateSpec t : templates) {
            if (!names.add(t.name())) {
                throw new IllegalArgumentException("duplicate template name '" + t.name() + "'");
            }
            if (t.hardwareType() >= hardwareTypes.size()) {
                throw new IllegalArgumentException("template '" + t.name() + "' refers to hardware type "
                        + t.hardwareType() + " but only " + hardwareTypes.size() + " are defined (0-based)");
            }
            if (t.enclosureGroup() >= enclosureGroups) {
                throw new IllegalArgumentException("template '" + t.name() + "' refers to enclosure group "
                        + t.enclosureGroup() + " but only " + enclosureGroups + " are defined (0-based)");
            }
        }
    }

    /**
     * The default inventory: 1 enclosure group, 3 enclosures of 8 blades (24 servers), two hardware types
     * ({@code "SY 480 Gen10 1"} in odd bays, {@code "SY 660 Gen10 1"} in even bays), all powered off, and two
     * templates: {@code "Web Server Template"} (first type) and {@code "Database Server Template"} (second type),
     * both in {@code EG1}.
     *
     * @return the default inventory
     */
    public static InventorySpec defaults() {
        return new InventorySpec(1, 3, 8, List.of("SY 480 Gen10 1", "SY 660 Gen10 1"),
                List.of(new TemplateSpec("Web Server Template", 0, 0), new TemplateSpec("Database Server Template", 1, 0)),
                0);
    }

    /**
     * @return the number of servers this inventory holds
     */
    public int serverCount() {
        return enclosureGroups * enclosuresPerGroup * baysPerEnclosure;
    }

    /**
     * @param n enclosure groups
     * @return a copy with that many enclosure groups
     */
    public InventorySpec withEnclosureGroups(int n) {
        return new InventorySpec(n, enclosuresPerGroup, baysPerEnclosure, hardwareTypes, templates, poweredOnPercent);
    }

    /**
     * @param n enclosures per group
     * @return a copy with that many enclosures per group
     */
    public InventorySpec withEnclosuresPerGroup(int n) {
        return new InventorySpec(enclosureGroups, n, baysPerEnclosure, hardwareTypes, templates, poweredOnPercent);
    }

    /**
     * @param n bays per enclosure
     * @return a copy with that many bays per enclosure
     */
    public InventorySpec withBaysPerEnclosure(int n) {
        return new InventorySpec(enclosureGroups, enclosuresPerGroup, n, hardwareTypes, templates, poweredOnPercent);
    }

    /**
     * @param names hardware type names
     * @return a copy with those hardware types
     */
    public InventorySpec withHardwareTypes(List<String> names) {
        return new InventorySpec(enclosureGroups, enclosuresPerGroup, baysPerEnclosure, names, templates, poweredOnPercent);
    }

    /**
     * @param specs templates
     * @return a copy with those templates
     */
    public InventorySpec withTemplates(List<TemplateSpec> specs) {
        return new InventorySpec(enclosureGroups, enclosuresPerGroup, baysPerEnclosure, hardwareTypes, specs, poweredOnPercent);
    }

    /**
     * @param percent 0 to 100
     * @return a copy where that percentage of servers starts powered on
     */
    public InventorySpec withPoweredOnPercent(int percent) {
        return new InventorySpec(enclosureGroups, enclosuresPerGroup, baysPerEnclosure, hardwareTypes, templates, percent);
    }
}
