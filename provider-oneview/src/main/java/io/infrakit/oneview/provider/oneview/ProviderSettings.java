package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.client.Secret;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.provider.ProviderContext;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code oneview} provider's plugin-wide settings ({@link ProviderContext#settings()}, set on the command line
 * with {@code --set KEY=VALUE} or flags the CLI maps onto these keys). Connection settings are defaults: the
 * environment ({@code OV_*}) and the group's {@code Instance.Properties} override them field by field.
 *
 * @param defaults           connection defaults from {@value #ADDRESS}, {@value #USERNAME}, {@value #PASSWORD_FILE},
 *                           {@value #LOGIN_DOMAIN} and {@value #CREDENTIALS_FILE} (in that order of precedence)
 * @param caBundle           {@value #CA_BUNDLE}: PEM file of CAs to trust instead of the JVM trust store, or null
 * @param pinnedSha256       {@value #PINNED_CERTIFICATE_SHA256}: SHA-256 fingerprint of the plugin's appliance's
 *                           certificate, trusted whoever issued it and whatever host it names (normalised), or null
 * @param insecure           {@value #INSECURE}: skip TLS verification (labs only)
 * @param apiVersion         {@value #API_VERSION}: pinned {@code X-API-Version}, or null for the highest common one
 * @param taskTimeout        {@value #TASK_TIMEOUT}: longest wait for one appliance task
 * @param taskPollInterval   {@value #TASK_POLL_INTERVAL}: first interval between task polls (doubles up to
 *                           10 times this, at most 10 s)
 * @param retryBackoff       {@value #RETRY_BACKOFF}: first pause before retrying a GET/PUT/DELETE after a 502/503/504
 *                           or a connection failure (doubles up to 10 times this)
 * @param maxConnections     {@value #MAX_CONNECTIONS}: HTTP connections per appliance
 * @param orphanScanInterval {@value #ORPHAN_SCAN_INTERVAL}: how often a describe also looks for orphaned profiles
 * @param owner              {@value #OWNER}: the name written into the profiles this plugin makes (default the
 *                           plugin name); plugins sharing an appliance need different owners
 */
public record ProviderSettings(PartialCredentials defaults, Path caBundle, String pinnedSha256, boolean insecure,
                               Integer apiVersion,
                               Duration taskTimeout, Duration taskPollInterval, Duration retryBackoff,
                               int maxConnections, Duration orphanScanInterval, String owner) {

    /** Setting: appliance address, {@code host[:port]} or {@code https://host[:port]}. */
    public static final String ADDRESS = "address";
    /** Setting: user name. */
    public static final String USERNAME = "username";
    /** Setting: a file holding only the password. */
    public static final String PASSWORD_FILE = "password-file";
    /** Setting: a credentials file (properties: address, username, password, login-domain). */
    public static final String CREDENTIALS_FILE = "credentials-file";
    /** Setting: login domain (directory). */
    public static final String LOGIN_DOMAIN = "login-domain";
    /** Setting: PEM CA bundle. */
    public static final String CA_BUNDLE = "ca-bundle";
    /** Setting: the SHA-256 fingerprint of the appliance certificate to trust. */
    public static final String PINNED_CERTIFICATE_SHA256 = "pinned-certificate-sha256";
    /** Setting: {@code true} to skip TLS verification. */
    public static final String INSECURE = "insecure";
    /** Setting: pinned API version. */
    public static final String API_VERSION = "api-version";
    /** Setting: task timeout. */
    public static final String TASK_TIMEOUT = "task-timeout";
    /** Setting: first task poll interval. */
    public static final String TASK_POLL_INTERVAL = "task-poll-interval";
    /** Setting: first retry pause. */
    public static final String RETRY_BACKOFF = "retry-backoff";
    /** Setting: connections per appliance. */
    public static final String MAX_CONNECTIONS = "max-connections";
    /** Setting: orphan scan interval. */
    public static final String ORPHAN_SCAN_INTERVAL = "orphan-scan-interval";
    /** Setting: owner name written into profiles. */
    public static final String OWNER = "owner";

    /** Every key this provider reads. */
    public static final Set<String> KEYS = Set.of(ADDRESS, USERNAME, PASSWORD_FILE, CREDENTIALS_FILE, LOGIN_DOMAIN,
            CA_BUNDLE, PINNED_CERTIFICATE_SHA256, INSECURE, API_VERSION, TASK_TIMEOUT, TASK_POLL_INTERVAL, RETRY_BACKOFF, MAX_CONNECTIONS,
            ORPHAN_SCAN_INTERVAL, OWNER);

    private static final Logger LOG = LoggerFactory.getLogger(ProviderSettings.class);

    /**
     * Reads the settings of a provider context; reads the password and credentials files.
     *
     * @param context the plugin's context
     * @return the settings
     * @throws InstancePluginException naming the setting that is wrong
     */
    public static ProviderSettings from(ProviderContext context) {
        Map<String, String> s = context.settings();
        Set<String> unknown = new TreeSet<>(s.keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            LOG.warn("Ignoring settings the oneview provider does not know: {} (known: {})", unknown,
                    new TreeSet<>(KEYS));
        }
        PartialCredentials fromFile = PartialCredentials.NONE;
        String credentialsFile = text(s, CREDENTIALS_FILE);
        if (credentialsFile != null) {
            fromFile = wrap(() -> CredentialsFile.read(path(credentialsFile, CREDENTIALS_FILE),
                    "setting " + CREDENTIALS_FILE));
        }
        Secret password = null;
        String passwordFile = text(s, PASSWORD_FILE);
        if (passwordFile != null) {
            password = wrap(() -> CredentialsFile.readPassword(path(passwordFile, PASSWORD_FILE),
                    "setting " + PASSWORD_FILE));
        }
        PartialCredentials defaults = new PartialCredentials(text(s, ADDRESS), text(s, USERNAME), password,
                text(s, LOGIN_DOMAIN)).orElse(fromFile);
        if (defaults.address() != null) {
            wrap(() -> ApplianceAddresses.parse(defaults.address(), "setting " + ADDRESS
                    + (text(s, ADDRESS) == null ? " (from " + CREDENTIALS_FILE + ")" : "")));
        }
        String ca = text(s, CA_BUNDLE);
        boolean insecure = bool(s, INSECURE);
        String pin = text(s, PINNED_CERTIFICATE_SHA256);
        String pinned = pin == null ? null : wrap(() -> ApplianceAddresses.fingerprint(pin,
                "setting " + PINNED_CERTIFICATE_SHA256));
        checkOneTrustMode(ca != null, pinned != null, insecure, "settings " + CA_BUNDLE + ", "
                + PINNED_CERTIFICATE_SHA256 + " and " + INSECURE + "=true");
        Integer api = null;
        String apiText = text(s, API_VERSION);
        if (apiText != null) {
            try {
                api = Integer.parseInt(apiText);
            } catch (NumberFormatException e) {
                api = -1;
            }
            if (api < 1) {
                throw new InstancePluginException("setting " + API_VERSION + ": '" + apiText
                        + "' is not a positive integer (e.g. 2400)");
            }
        }
        int maxConnections = 16;
        String mc = text(s, MAX_CONNECTIONS);
        if (mc != null) {
            try {
                maxConnections = Integer.parseInt(mc);
            } catch (NumberFormatException e) {
                maxConnections = 0;
            }
            if (maxConnections < 1 || maxConnections > 1024) {
                throw new InstancePluginException("setting " + MAX_CONNECTIONS + ": '" + mc
                        + "' is not an integer from 1 to 1024");
            }
        }
        String owner = text(s, OWNER);
        if (owner == null) {
            owner = context.pluginName();
        }
        if (!owner.matches("[A-Za-z0-9._/-]{1,64}")) {
            throw new InstancePluginException("setting " + OWNER + ": '" + owner + "' must be 1 to 64 letters, digits,"
                    + " '.', '_', '/' or '-'" + (text(s, OWNER) == null ? " (it defaults to the plugin name)" : ""));
        }
        return new ProviderSettings(defaults, ca == null ? null : path(ca, CA_BUNDLE), pinned, insecure, api,
                duration(s, TASK_TIMEOUT, Duration.ofMinutes(60), false),
                duration(s, TASK_POLL_INTERVAL, Duration.ofSeconds(1), false),
                duration(s, RETRY_BACKOFF, Duration.ofMillis(500), false),
                maxConnections,
                duration(s, ORPHAN_SCAN_INTERVAL, Duration.ofMinutes(5), true),
                owner);
    }

    /**
     * Refuses more than one way of trusting the appliance.
     *
     * @param what the settings, for the message
     * @throws InstancePluginException when more than one is given
     */
    static void checkOneTrustMode(boolean caBundle, boolean pinned, boolean insecure, String what) {
        if ((caBundle ? 1 : 0) + (pinned ? 1 : 0) + (insecure ? 1 : 0) > 1) {
            throw new InstancePluginException(what + " cannot be combined: choose one way to trust the appliance");
        }
    }

    private static <T> T wrap(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            throw new InstancePluginException(e.getMessage(), e);
        }
    }

    private static String text(Map<String, String> s, String key) {
        String v = s.get(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static boolean bool(Map<String, String> s, String key) {
        String v = text(s, key);
        if (v == null) {
            return false;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new InstancePluginException("setting " + key + ": '" + v + "' is not true or false");
        };
    }

    private static Path path(String value, String key) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new InstancePluginException("setting " + key + ": '" + value + "' is not a valid path: "
                    + e.getReason());
        }
    }

    private static Duration duration(Map<String, String> s, String key, Duration dflt, boolean zeroAllowed) {
        String v = text(s, key);
        if (v == null) {
            return dflt;
        }
        Duration d;
        try {
            d = Durations.parse(v);
        } catch (IllegalArgumentException e) {
            throw new InstancePluginException("setting " + key + ": " + e.getMessage());
        }
        if (d.isZero() && !zeroAllowed) {
            throw new InstancePluginException("setting " + key + " must be more than zero");
        }
        return d;
    }
}
