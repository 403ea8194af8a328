package io.infrakit.oneview.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the simulator's generated inventory contains.
 *
 * <p>The inventory has {@code enclosureGroups} enclosure groups ({@code EG1}, {@code EG2}, ...), each with
 * {@code enclosuresPerGroup} enclosures ({@code Encl1}, {@code Encl2}, ... numbered across groups), each with
 * {@code baysPerEnclosure} bays holding blades named {@code "<enclosure>, bay <n>"}. The blade in bay {@code n} has
 * hardware type {@code hardwareTypes[(n - 1) % hardwareTypes.size()]}, so every enclosure mixes all types. Every
 * server starts with no profile and status OK, except those named in {@code conditions}; each starts powered on
 * with probability {@code poweredOnPercent} % (drawn from the simulator's seed), otherwise off. {@code rackServers}
 * rack servers of type {@link #RACK_HARDWARE_TYPE} (no enclosure, no enclosure group, no bay, named by their iLO
 * address as recorded) follow the blades. Templates are listed in {@code templates}, OS deployment plans in
 * {@code osDeploymentPlans}.
 *
 * <p>{@link #defaults()} is an inventory as a real appliance shows it (an empty bay, servers that cannot take a
 * profile, rack servers); {@link #uniform()} is the same geometry with every bay holding a free blade and no rack
 * server, for tests that count servers. Immutable; use the {@code with...} methods:
 * <pre>{@code
 * InventorySpec big = InventorySpec.uniform().withEnclosuresPerGroup(125).withBaysPerEnclosure(16); // 2,000 servers
 * }</pre>
 *
 * @param enclosureGroups    number of enclosure groups, 1 or more
 * @param enclosuresPerGroup enclosures in each group, 1 or more
 * @param baysPerEnclosure   bays per enclosure, 1 to 64
 * @param hardwareTypes      blade hardware type names, at least one, unique
 * @param templates          server profile templates, names unique; may be empty
 * @param poweredOnPercent   percentage (0 to 100) of servers that start powered on
 * @param conditions         bays that start in a special condition, each bay at most once; may be empty
 * @param rackServers        rack servers, 0 or more
 * @param deploymentServer   whether the appliance has an OS deployment server (HPE Synergy with Image Streamer):
 *                           without one {@code /rest/os-deployment-plans} answers 404, enclosure groups manage no OS
 *                           deployment and a profile naming a plan is refused
 * @param osDeploymentPlans  the OS deployment plans, names unique; empty without a deployment server
 */
public record InventorySpec(int enclosureGroups, int enclosuresPerGroup, int baysPerEnclosure,
                            List<String> hardwareTypes, List<TemplateSpec> templates, int poweredOnPercent,
                            List<ConditionSpec> conditions, int rackServers, boolean deploymentServer,
                            List<OsDeploymentPlanSpec> osDeploymentPlans) {

    /** The largest inventory accepted, in servers. */
    public static final int MAX_SERVERS = 100_000;
    /** The hardware type of rack servers, listed after the blade types when there are rack servers. */
    public static final String RACK_HARDWARE_TYPE = "DL360 Gen10 1";
    /** How long the firmware update of a server in {@link ServerCondition#UPDATING_FIRMWARE} runs. */
    public static final Duration FIRMWARE_UPDATE_DURATION = Duration.ofMinutes(30);

    private static final Pattern BLADE_NAME = Pattern.compile("Encl([1-9][0-9]*), bay ([1-9][0-9]*)");

    /**
     * Validates and copies the components.
     *
     * @param enclosureGroups number of enclosure groups, 1 or more
     * @param enclosuresPerGroup enclosures in each group, 1 or more
     * @param baysPerEnclosure bays per enclosure, 1 to 64
     * @param hardwareTypes hardware type names, at least one, unique
     * @param templates templates, names unique, indexes in range
     * @param poweredOnPercent 0 to 100
     * @param conditions bays in a special condition: blade names of this geometry, each at most once
     * @param rackServers 0 or more
     * @param deploymentServer whether there is an OS deployment server
     * @param osDeploymentPlans plans, names unique, none without a deployment server
     * @throws IllegalArgumentException when a component is out of range or inconsistent
     */
    public InventorySpec {
        osDeploymentPlans = List.copyOf(Objects.requireNonNull(osDeploymentPlans, "osDeploymentPlans"));
        hardwareTypes = List.copyOf(Objects.requireNonNull(hardwareTypes, "hardwareTypes"));
        templates = List.copyOf(Objects.requireNonNull(templates, "templates"));
        conditions = List.copyOf(Objects.requireNonNull(conditions, "conditions"));
        if (enclosureGroups < 1 || enclosuresPerGroup < 1) {
            throw new IllegalArgumentException("enclosureGroups and enclosuresPerGroup must be 1 or more, got "
                    + enclosureGroups + " and " + enclosuresPerGroup);
        }
        if (baysPerEnclosure < 1 || baysPerEnclosure > 64) {
            throw new IllegalArgumentException("baysPerEnclosure must be 1 to 64, got " + baysPerEnclosure);
        }
        if (rackServers < 0) {
            throw new IllegalArgumentException("rackServers must be 0 or more, got " + rackServers);
        }
        long servers = (long) enclosureGroups * enclosuresPerGroup * baysPerEnclosure + rackServers;
        if (servers > MAX_SERVERS) {
            throw new IllegalArgumentException("inventory of " + servers + " servers exceeds " + MAX_SERVERS);
        }
        if (hardwareTypes.isEmpty()) {
            throw new IllegalArgumentException("at least one hardware type is required");
        }
        if (new HashSet<>(hardwareTypes).size() != hardwareTypes.size()) {
            throw new IllegalArgumentException("hardware type names must be unique: " + hardwareTypes);
        }
        if (rackServers > 0 && hardwareTypes.contains(RACK_HARDWARE_TYPE)) {
            throw new IllegalArgumentException("'" + RACK_HARDWARE_TYPE + "' is the rack servers' hardware type");
        }
        if (poweredOnPercent < 0 || poweredOnPercent > 100) {
            throw new IllegalArgumentException("poweredOnPercent must be 0 to 100, got " + poweredOnPercent);
        }
        checkPlans(deploymentServer, osDeploymentPlans);
        checkTemplates(templates, hardwareTypes.size(), enclosureGroups, osDeploymentPlans);
        checkConditions(conditions, enclosureGroups * enclosuresPerGroup, baysPerEnclosure);
    }

    /**
     * The inventory with an OS deployment server and the {@linkplain OsDeploymentPlanSpec#defaults() default plans}.
     *
     * @param enclosureGroups number of enclosure groups, 1 or more
     * @param enclosuresPerGroup enclosures in each group, 1 or more
     * @param baysPerEnclosure bays per enclosure, 1 to 64
     * @param hardwareTypes hardware type names, at least one, unique
     * @param templates templates, names unique, indexes in range
     * @param poweredOnPercent 0 to 100
     * @param conditions bays in a special condition
     * @param rackServers 0 or more
     * @throws IllegalArgumentException when a component is out of range or inconsistent
     */
    public InventorySpec(int enclosureGroups, int enclosuresPerGroup, int baysPerEnclosure, List<String> hardwareTypes,
                         List<TemplateSpec> templates, int poweredOnPercent, List<ConditionSpec> conditions,
                         int rackServers) {
        this(enclosureGroups, enclosuresPerGroup, baysPerEnclosure, hardwareTypes, templates, poweredOnPercent,
                conditions, rackServers, true, OsDeploymentPlanSpec.defaults());
    }

    /**
     * The inventory without conditions and rack servers, with an OS deployment server and the default plans:
     * {@code new InventorySpec(..., List.of(), 0)}.
     *
     * @param enclosureGroups number of enclosure groups, 1 or more
     * @param enclosuresPerGroup enclosures in each group, 1 or more
     * @param baysPerEnclosure bays per enclosure, 1 to 64
     * @param hardwareTypes hardware type names, at least one, unique
     * @param templates templates, names unique, indexes in range
     * @param poweredOnPercent 0 to 100
     * @throws IllegalArgumentException when a component is out of range or inconsistent
     */
    public InventorySpec(int enclosureGroups, int enclosuresPerGroup, int baysPerEnclosure, List<String> hardwareTypes,
                         List<TemplateSpec> templates, int poweredOnPercent) {
        this(enclosureGroups, enclosuresPerGroup, baysPerEnclosure, hardwareTypes, templates, poweredOnPercent,
                List.of(), 0);
    }

    private static void checkPlans(boolean deploymentServer, List<OsDeploymentPlanSpec> plans) {
        if (!deploymentServer && !plans.isEmpty()) {
            throw new IllegalArgumentException("an appliance without an OS deployment server has no OS deployment "
                    + "plans, got " + plans.size());
        }
        Set<String> names = new HashSet<>();
        for (OsDeploymentPlanSpec p : plans) {
            if (!names.add(p.name())) {
                throw new IllegalArgumentException("duplicate OS deployment plan name '" + p.name() + "'");
            }
        }
    }

    private static void checkTemplates(List<TemplateSpec> templates, int types, int groups,
                                       List<OsDeploymentPlanSpec> plans) {
        Set<String> names = new HashSet<>();
        for (TemplateSpec t : templates) {
            checkTemplatePlan(t, plans);
            if (!names.add(t.name())) {
                throw new IllegalArgumentException("duplicate template name '" + t.name() + "'");
            }
            if (t.hardwareType() >= types) {
                throw new IllegalArgumentException("template '" + t.name() + "' refers to hardware type "
                        + t.hardwareType() + " but only " + types + " are defined (0-based)");
            }
            if (t.enclosureGroup() >= groups) {
                throw new IllegalArgumentException("template '" + t.name() + "' refers to enclosure group "
                        + t.enclosureGroup() + " but only " + groups + " are defined (0-based)");
            }
        }
    }

    private static void checkTemplatePlan(TemplateSpec t, List<OsDeploymentPlanSpec> plans) {
        if (t.osDeploymentPlan() == null) {
            return;
        }
        OsDeploymentPlanSpec plan = plans.stream().filter(p -> p.name().equals(t.osDeploymentPlan())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("template '" + t.name()
                        + "' names the OS deployment plan '" + t.osDeploymentPlan() + "', which the inventory "
                        + "does not have"));
        t.osCustomAttributes().forEach((name, value) -> {
            String refusal = CustomAttributeRules.check(plan, name, value, Template.CONNECTION_IDS);
            if (refusal != null) {
                throw new IllegalArgumentException("template '" + t.name() + "': " + refusal);
            }
        });
    }

    private static void checkConditions(List<ConditionSpec> conditions, int enclosures, int bays) {
        Set<String> seen = new HashSet<>();
        for (ConditionSpec c : conditions) {
            if (!fits(c, enclosures, bays)) {
                throw new IllegalArgumentException("condition " + c.condition() + " names '" + c.server()
                        + "', which is not a bay of this inventory (Encl1 to Encl" + enclosures + ", bay 1 to "
                        + bays + ")");
            }
            if (!seen.add(c.server())) {
                throw new IllegalArgumentException("'" + c.server() + "' has more than one condition");
            }
        }
    }

    private static boolean fits(ConditionSpec c, int enclosures, int bays) {
        Matcher m = BLADE_NAME.matcher(c.server());
        return m.matches() && Integer.parseInt(m.group(1)) <= enclosures && Integer.parseInt(m.group(2)) <= bays;
    }

    /**
     * The default inventory, as a real appliance shows it: 1 enclosure group, 3 enclosures of 8 bays, two blade
     * hardware types ({@code "SY 480 Gen10 1"} in odd bays, {@code "SY 660 Gen10 1"} in even bays), two rack
     * servers, all powered off, and two templates: {@code "Web Server Template"} (first type) and
     * {@code "Database Server Template"} (second type), both in {@code EG1}. Six bays start in a
     * {@link ServerCondition}: {@code Encl1, bay 1} is empty (the first available target, as recorded),
     * {@code Encl1, bay 2} is in {@code ProfileError}, {@code Encl2, bay 2} is {@code Monitored}, {@code Encl2, bay 3}
     * has status {@code Warning}, {@code Encl2, bay 4} updates its firmware, {@code Encl3, bay 5} is in maintenance
     * mode. So 23 blades and 2 rack servers; 10 blades can take the web template's profile, 9 the database one's.
     * The appliance has an OS deployment server with the {@linkplain OsDeploymentPlanSpec#defaults() default OS
     * deployment plans}, {@value OsDeploymentPlanSpec#INFRAKIT_LINUX} among them; the templates name no plan.
     *
     * @return the default inventory
     */
    public static InventorySpec defaults() {
        return uniform().withConditions(List.of(
                new ConditionSpec("Encl1, bay 1", ServerCondition.EMPTY_BAY),
                new ConditionSpec("Encl1, bay 2", ServerCondition.PROFILE_ERROR),
                new ConditionSpec("Encl2, bay 2", ServerCondition.MONITORED),
                new ConditionSpec("Encl2, bay 3", ServerCondition.WARNING),
                new ConditionSpec("Encl2, bay 4", ServerCondition.UPDATING_FIRMWARE),
                new ConditionSpec("Encl3, bay 5", ServerCondition.MAINTENANCE_MODE)))
                .withRackServers(2);
    }

    /**
     * The geometry, types and templates of {@link #defaults()} with every bay holding a free blade (24 servers) and
     * no rack server: for tests that count or name servers.
     *
     * @return the uniform inventory
     */
    public static InventorySpec uniform() {
        return new InventorySpec(1, 3, 8, List.of("SY 480 Gen10 1", "SY 660 Gen10 1"),
                List.of(new TemplateSpec("Web Server Template", 0, 0), new TemplateSpec("Database Server Template", 1, 0)),
                0);
    }

    /**
     * @return the number of bays (empty or not) plus the rack servers
     */
    public int serverCount() {
        return enclosureGroups * enclosuresPerGroup * baysPerEnclosure + rackServers;
    }

    /**
     * @return the number of servers: {@link #serverCount()} without the empty bays
     */
    public int populatedServerCount() {
        return serverCount() - (int) conditions.stream().filter(c -> c.condition() == ServerCondition.EMPTY_BAY).count();
    }

    /**
     * @param n enclosure groups
     * @return a copy with that many enclosure groups (conditions on bays that no longer exist are dropped)
     */
    public InventorySpec withEnclosureGroups(int n) {
        return reshaped(n, enclosuresPerGroup, baysPerEnclosure);
    }

    /**
     * @param n enclosures per group
     * @return a copy with that many enclosures per group (conditions on bays that no longer exist are dropped)
     */
    public InventorySpec withEnclosuresPerGroup(int n) {
        return reshaped(enclosureGroups, n, baysPerEnclosure);
    }

    /**
     * @param n bays per enclosure
     * @return a copy with that many bays per enclosure (conditions on bays that no longer exist are dropped)
     */
    public InventorySpec withBaysPerEnclosure(int n) {
        return reshaped(enclosureGroups, enclosuresPerGroup, n);
    }

    private InventorySpec reshaped(int groups, int perGroup, int bays) {
        List<ConditionSpec> kept = new ArrayList<>();
        for (ConditionSpec c : conditions) {
            if (groups >= 1 && perGroup >= 1 && fits(c, groups * perGroup, bays)) {
                kept.add(c);
            }
        }
        return new InventorySpec(groups, perGroup, bays, hardwareTypes, templates, poweredOnPercent, kept, rackServers,
                deploymentServer, osDeploymentPlans);
    }

    /**
     * @param names hardware type names
     * @return a copy with those hardware types
     */
    public InventorySpec withHardwareTypes(List<String> names) {
        return new InventorySpec(enclosureGroups, enclosuresPerGroup, baysPerEnclosure, names, templates,
                poweredOnPercent, conditions, rackServers, deploymentServer, osDeploymentPlans);
    }

    /**
     * @param specs templates
     * @return a copy with those templates
     */
    public InventorySpec withTemplates(List<TemplateSpec> specs) {
        return new InventorySpec(enclosureGroups, enclosuresPerGroup, baysPerEnclosure, hardwareTypes, specs,
                poweredOnPercent, conditions, rackServers, deploymentServer, osDeploymentPlans);
    }

    /**
     * @param percent 0 to 100
     * @return a copy where that percentage of servers starts powered on
     */
    public InventorySpec withPoweredOnPercent(int percent) {
        return new InventorySpec(enclosureGroups, enclosuresPerGroup, baysPerEnclosure, hardwareTypes, templates,
                percent, conditions, rackServers, deploymentServer, osDeploymentPlans);
    }

    /**
     * @param specs the bays that start in a special condition (replacing the current ones)
     * @return a copy with those conditions
     */
    public InventorySpec withConditions(List<ConditionSpec> specs) {
        return new InventorySpec(enclosureGroups, enclosuresPerGroup, baysPerEnclosure, hardwareTypes, templates,
                poweredOnPercent, specs, rackServers, deploymentServer, osDeploymentPlans);
    }

    /**
     * @param n rack servers
     * @return a copy with that many rack servers
     */
    public InventorySpec withRackServers(int n) {
        return new InventorySpec(enclosureGroups, enclosuresPerGroup, baysPerEnclosure, hardwareTypes, templates,
                poweredOnPercent, conditions, n, deploymentServer, osDeploymentPlans);
    }

    /**
     * @param plans the OS deployment plans (replacing the current ones); needs a deployment server
     * @return a copy with those plans
     */
    public InventorySpec withOsDeploymentPlans(List<OsDeploymentPlanSpec> plans) {
        return new InventorySpec(enclosureGroups, enclosuresPerGroup, baysPerEnclosure, hardwareTypes, templates,
                poweredOnPercent, conditions, rackServers, deploymentServer, plans);
    }

    /**
     * A platform without Image Streamer (C7000, rack servers only, or a Synergy without one): no OS deployment
     * server and no OS deployment plans. Templates must then name no plan.
     *
     * @return a copy without a deployment server and without plans
     */
    public InventorySpec withoutDeploymentServer() {
        return new InventorySpec(enclosureGroups, enclosuresPerGroup, baysPerEnclosure, hardwareTypes, templates,
                poweredOnPercent, conditions, rackServers, false, List.of());
    }

    /**
     * @param name a plan name
     * @return the plan of that name (exact spelling), or null
     */
    OsDeploymentPlanSpec osDeploymentPlan(String name) {
        for (OsDeploymentPlanSpec p : osDeploymentPlans) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }
}
