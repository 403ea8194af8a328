package io.infrakit.oneview.simulator;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line of {@link SimulatorMain}, parsed into a {@link OneViewSimulator.Builder}. Internal.
 *
 * @param builder        the configured builder
 * @param certOut        where to write the certificate, or null
 * @param credentialsOut where to write the address, user name and password (a credentials file), or null
 * @param adminTokenOut  where to write the admin token, or null
 * @param help           whether {@code --help} was given
 */
record SimulatorOptions(OneViewSimulator.Builder builder, Path certOut, Path credentialsOut, Path adminTokenOut,
                        boolean help) {

    /** Options being read: what the builder gets only at the end (they combine). */
    private static final class Parse {
        final OneViewSimulator.Builder builder = OneViewSimulator.builder().port(8443);
        InventorySpec inventory = InventorySpec.defaults();
        Path certOut;
        Path credentialsOut;
        Path adminTokenOut;
        boolean admin = true;
        int minApi = OneViewSimulator.DEFAULT_MINIMUM_API_VERSION;
        int currentApi = OneViewSimulator.DEFAULT_CURRENT_API_VERSION;
        boolean https = true;
        String user = OneViewSimulator.DEFAULT_USER_NAME;
        String password = RandomTokens.next(32);
        final String[] args;
        int i;

        Parse(String[] args) {
            this.args = args;
        }

        String value(String option) {
            i++;
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        int intValue(String option) {
            return (int) number(option, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }

        long longValue(String option) {
            return number(option, Long.MIN_VALUE, Long.MAX_VALUE);
        }

        private long number(String option, long min, long max) {
            String v = value(option);
            try {
                long n = Long.parseLong(v);
                if (n < min || n > max) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs an integer, got '" + v + "'");
            }
        }

        Duration duration(String option) {
            try {
                return parseDuration(value(option));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(option + ": " + e.getMessage());
            }
        }
    }

    /**
     * @throws IllegalArgumentException on a usage error, with a message naming the option
     */
    static SimulatorOptions parse(String[] args) {
        Parse p = new Parse(args);
        for (p.i = 0; p.i < args.length; p.i++) {
            String option = args[p.i];
            if (option.equals("-h") || option.equals("--help")) {
                return new SimulatorOptions(p.builder, null, null, null, true);
            }
            if (!server(p, option) && !access(p, option) && !inventory(p, option) && !timing(p, option)) {
                throw new IllegalArgumentException("unknown option '" + option + "'");
            }
        }
        if (!p.admin && p.adminTokenOut != null) {
            throw new IllegalArgumentException("--admin-token-out: the admin API is off (--no-admin), it has no token");
        }
        p.builder.https(p.https).credentials(p.user, p.password).adminApi(p.admin).apiVersions(p.minApi, p.currentApi)
                .inventory(p.inventory);
        return new SimulatorOptions(p.builder, p.certOut, p.credentialsOut, p.adminTokenOut, false);
    }

    private static boolean server(Parse p, String option) {
        switch (option) {
            case "--http" -> p.https = false;
            case "--port" -> p.builder.port(p.intValue(option));
            case "--bind" -> p.builder.bindAddress(address(p.value(option)));
            case "--cert-out" -> p.certOut = Path.of(p.value(option));
            case "--min-api-version" -> p.minApi = p.intValue(option);
            case "--api-version" -> p.currentApi = p.intValue(option);
            case "--max-page-size" -> p.builder.maxPageSize(p.intValue(option));
            case "--max-sessions" -> p.builder.maxSessionsPerClient(p.intValue(option));
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean access(Parse p, String option) {
        switch (option) {
            case "--user" -> p.user = p.value(option);
            case "--password" -> p.password = p.value(option);
            case "--credentials-out" -> p.credentialsOut = Path.of(p.value(option));
            case "--admin-token-out" -> p.adminTokenOut = Path.of(p.value(option));
            case "--no-admin" -> p.admin = false;
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean inventory(Parse p, String option) {
        switch (option) {
            case "--uniform" -> p.inventory = p.inventory.withConditions(List.of()).withRackServers(0);
            case "--rack-servers" -> p.inventory = p.inventory.withRackServers(p.intValue(option));
            case "--no-deployment-server" -> p.inventory = p.inventory.withoutDeploymentServer();
            case "--enclosure-groups" -> p.inventory = p.inventory.withEnclosureGroups(p.intValue(option));
            case "--enclosures" -> p.inventory = p.inventory.withEnclosuresPerGroup(p.intValue(option));
            case "--bays" -> p.inventory = p.inventory.withBaysPerEnclosure(p.intValue(option));
            case "--hardware-types" -> p.inventory = withHardwareTypes(p.inventory, p.value(option));
            case "--powered-on" -> p.inventory = p.inventory.withPoweredOnPercent(p.intValue(option));
            case "--seed" -> p.builder.seed(p.longValue(option));
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean timing(Parse p, String option) {
        switch (option) {
            case "--manual-clock" -> p.builder.clock(new ManualClock(Instant.now()));
            case "--task-duration" -> p.builder.taskDuration(p.duration(option));
            case "--power-duration" -> p.builder.powerTaskDuration(p.duration(option));
            case "--session-timeout" -> p.builder.sessionIdleTimeout(p.duration(option));
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The types, and one template {@code "<type> Template"} per type in the first enclosure group. */
    private static InventorySpec withHardwareTypes(InventorySpec inventory, String list) {
        List<String> types = new ArrayList<>();
        for (String t : list.split(",")) {
            if (!t.isBlank()) {
                types.add(t.trim());
            }
        }
        List<TemplateSpec> templates = new ArrayList<>();
        for (int t = 0; t < types.size(); t++) {
            templates.add(new TemplateSpec(types.get(t) + " Template", t, 0));
        }
        return inventory.withTemplates(List.of()).withHardwareTypes(types).withTemplates(templates);
    }

    private static InetAddress address(String v) {
        try {
            return InetAddress.getByName(v);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind: unknown host '" + v + "'");
        }
    }

    /**
     * Parses {@code 500ms}, {@code 2s}, {@code 5m}, {@code 24h}, or an ISO-8601 duration such as {@code PT2S}.
     */
    static Duration parseDuration(String v) {
        String s = v.trim().toLowerCase(Locale.ROOT);
        try {
            if (s.startsWith("p")) {
                return Duration.parse(v.trim().toUpperCase(Locale.ROOT));
            }
            if (s.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
            }
            long n = Long.parseLong(s.substring(0, s.length() - 1));
            return switch (s.charAt(s.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> throw new NumberFormatException();
            };
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a duration: '" + v + "' (use e.g. 500ms, 2s, 5m, 24h or PT2S)");
        }
    }
}
