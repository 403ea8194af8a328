package io.infrakit.oneview.provider.oneview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.infrakit.oneview.client.Secret;
import io.infrakit.oneview.spi.InvalidPropertiesException;
import io.infrakit.oneview.spi.RawJson;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A group's {@code Instance.Properties} for the {@code oneview} provider, checked. The fields the C plugin read are
 * accepted as it accepted them ({@code TemplateName}, {@code ProfileName}, {@code PowerOff}, the deprecated
 * {@code OneView} object, and the ignored {@code Note}, {@code Networks}, {@code Unique}, {@code NetworkConfig});
 * the others are new and optional. Any other field is refused, naming it.
 *
 * @param templateName           {@code TemplateName}: the exact name of the server profile template (required)
 * @param profileName            {@code ProfileName}: prefix of profile names, or null (then the template name)
 * @param powerOff               {@code PowerOff}: free servers that are powered on may be powered off and used
 * @param powerOn                {@code PowerOn}: power the server on once its profile is applied (default true)
 * @param forceDestroy           {@code ForceDestroy}: delete profiles with {@code force=true}
 * @param profileNamePattern     {@code ProfileNamePattern}: the profile name pattern, or null for the default
 * @param serverHardwareTypeName {@code ServerHardwareTypeName}, or null
 * @param serverHardwareTypeUri  {@code ServerHardwareTypeUri}, or null
 * @param enclosureGroupName     {@code EnclosureGroupName}, or null
 * @param enclosureGroupUri      {@code EnclosureGroupUri}, or null
 * @param credentials            {@code OneView} (deprecated) and {@code LoginDomain}; never shown by toString
 * @param credentialsFile        {@code CredentialsFile}, or null
 * @param caBundle               {@code CaBundle}, or null
 * @param pinnedSha256           {@code PinnedCertificateSha256} (normalised), or null
 * @param insecureTls            {@code InsecureTLS}, or null when not given
 * @param osDeployment           {@code OSDeploymentPlan}, {@code InitAttribute}, {@code InitEncoding} and
 *                               {@code OSCustomAttributes}; {@link OsDeploymentProperties#NONE} when none is given
 */
public record InstanceProperties(String templateName, String profileName, boolean powerOff, boolean powerOn,
                                 boolean forceDestroy, String profileNamePattern, String serverHardwareTypeName,
                                 String serverHardwareTypeUri, String enclosureGroupName, String enclosureGroupUri,
                                 PartialCredentials credentials, Path credentialsFile, Path caBundle,
                                 String pinnedSha256, Boolean insecureTls, OsDeploymentProperties osDeployment) {

    /** Field names, as in the Group JSON. */
    public static final String TEMPLATE_NAME = "TemplateName";
    /** Profile name prefix. */
    public static final String PROFILE_NAME = "ProfileName";
    /** Power off powered-on free servers. */
    public static final String POWER_OFF = "PowerOff";
    /** Power on after provisioning. */
    public static final String POWER_ON = "PowerOn";
    /** Force profile deletion. */
    public static final String FORCE_DESTROY = "ForceDestroy";
    /** Profile name pattern. */
    public static final String PROFILE_NAME_PATTERN = "ProfileNamePattern";
    /** Hardware type by name. */
    public static final String SERVER_HARDWARE_TYPE_NAME = "ServerHardwareTypeName";
    /** Hardware type by URI. */
    public static final String SERVER_HARDWARE_TYPE_URI = "ServerHardwareTypeUri";
    /** Enclosure group by name. */
    public static final String ENCLOSURE_GROUP_NAME = "EnclosureGroupName";
    /** Enclosure group by URI. */
    public static final String ENCLOSURE_GROUP_URI = "EnclosureGroupUri";
    /** Deprecated credentials object. */
    public static final String ONEVIEW = "OneView";
    /** Login domain. */
    public static final String LOGIN_DOMAIN = "LoginDomain";
    /** Credentials file. */
    public static final String CREDENTIALS_FILE = "CredentialsFile";
    /** CA bundle. */
    public static final String CA_BUNDLE = "CaBundle";
    /** The SHA-256 fingerprint of the appliance certificate to trust. */
    public static final String PINNED_CERTIFICATE_SHA256 = "PinnedCertificateSha256";
    /** Insecure TLS. */
    public static final String INSECURE_TLS = "InsecureTLS";
    /** The OS deployment plan's name (else the template's plan). */
    public static final String OS_DEPLOYMENT_PLAN = "OSDeploymentPlan";
    /** The plan's custom attribute that receives {@code Spec.Init}. */
    public static final String INIT_ATTRIBUTE = "InitAttribute";
    /** {@code plain} or {@code base64} (the default). */
    public static final String INIT_ENCODING = "InitEncoding";
    /** Custom attribute values: an object of name to value, with placeholders. */
    public static final String OS_CUSTOM_ATTRIBUTES = "OSCustomAttributes";

    private static final Logger LOG = LoggerFactory.getLogger(InstanceProperties.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> KNOWN = Set.of(TEMPLATE_NAME, PROFILE_NAME, POWER_OFF, POWER_ON, FORCE_DESTROY,
            PROFILE_NAME_PATTERN, SERVER_HARDWARE_TYPE_NAME, SERVER_HARDWARE_TYPE_URI, ENCLOSURE_GROUP_NAME,
            ENCLOSURE_GROUP_URI, ONEVIEW, LOGIN_DOMAIN, CREDENTIALS_FILE, CA_BUNDLE, PINNED_CERTIFICATE_SHA256,
            INSECURE_TLS, OS_DEPLOYMENT_PLAN, INIT_ATTRIBUTE, INIT_ENCODING, OS_CUSTOM_ATTRIBUTES, "Note");
    private static final Set<String> IGNORED_C_FIELDS = Set.of("Networks", "Unique", "NetworkConfig");
    private static final Set<String> ONEVIEW_FIELDS = Set.of("OneViewAddress", "OneViewUsername", "OneViewPassword");

    /**
     * Parses and checks properties (no I/O).
     *
     * @param properties the group's {@code Instance.Properties}
     * @return the properties
     * @throws InvalidPropertiesException naming the offending field
     */
    public static InstanceProperties parse(RawJson properties) {
        if (properties == null || properties.isNull()) {
            throw new InvalidPropertiesException("Properties are missing: the oneview provider needs at least "
                    + "{\"" + TEMPLATE_NAME + "\": \"<server profile template name>\"}");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(properties.json());
        } catch (JsonProcessingException e) {
            throw new InvalidPropertiesException("Properties are not valid JSON: " + e.getOriginalMessage());
        }
        if (!root.isObject()) {
            throw new InvalidPropertiesException("Properties must be a JSON object, not " + kind(root));
        }
        Set<String> unknown = new LinkedHashSet<>();
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (IGNORED_C_FIELDS.contains(f)) {
                LOG.warn("Properties field {} is ignored: network settings come from the server profile template", f);
            } else if (!KNOWN.contains(f)) {
                unknown.add(f);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidPropertiesException("Properties field" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + (unknown.size() > 1 ? " are" : " is") + " not known to the oneview"
                    + " provider; known fields: " + String.join(", ", new java.util.TreeSet<>(KNOWN)));
        }
        String template = string(root, TEMPLATE_NAME);
        if (template == null) {
            throw new InvalidPropertiesException(TEMPLATE_NAME + " is required: the name of the server profile "
                    + "template to make profiles from");
        }
        String shtName = string(root, SERVER_HARDWARE_TYPE_NAME);
        String shtUri = uri(root, SERVER_HARDWARE_TYPE_URI, "/rest/server-hardware-types/");
        if (shtName != null && shtUri != null) {
            throw new InvalidPropertiesException(SERVER_HARDWARE_TYPE_NAME + " and " + SERVER_HARDWARE_TYPE_URI
                    + " cannot both be given: use one");
        }
        String egName = string(root, ENCLOSURE_GROUP_NAME);
        String egUri = uri(root, ENCLOSURE_GROUP_URI, "/rest/enclosure-groups/");
        if (egName != null && egUri != null) {
            throw new InvalidPropertiesException(ENCLOSURE_GROUP_NAME + " and " + ENCLOSURE_GROUP_URI
                    + " cannot both be given: use one");
        }
        String pattern = string(root, PROFILE_NAME_PATTERN);
        if (pattern != null) {
            ProfileNames.check(pattern);
        }
        PartialCredentials creds = oneView(root).orElse(new PartialCredentials(null, null, null,
                string(root, LOGIN_DOMAIN)));
        Path caBundle = path(root, CA_BUNDLE);
        Boolean insecure = bool(root, INSECURE_TLS);
        String pin = string(root, PINNED_CERTIFICATE_SHA256);
        String pinned = null;
        if (pin != null) {
            try {
                pinned = ApplianceAddresses.fingerprint(pin, PINNED_CERTIFICATE_SHA256);
            } catch (IllegalArgumentException e) {
                throw new InvalidPropertiesException(e.getMessage());
            }
        }
        if ((caBundle != null ? 1 : 0) + (pinned != null ? 1 : 0) + (Boolean.TRUE.equals(insecure) ? 1 : 0) > 1) {
            throw new InvalidPropertiesException(CA_BUNDLE + ", " + PINNED_CERTIFICATE_SHA256 + " and " + INSECURE_TLS
                    + ": true cannot be combined: choose one way to trust the appliance");
        }
        Boolean powerOn = bool(root, POWER_ON);
        return new InstanceProperties(template, string(root, PROFILE_NAME), Boolean.TRUE.equals(bool(root, POWER_OFF)),
                powerOn == null || powerOn, Boolean.TRUE.equals(bool(root, FORCE_DESTROY)), pattern, shtName, shtUri,
                egName, egUri, creds, path(root, CREDENTIALS_FILE), caBundle, pinned, insecure,
                OsDeploymentProperties.parse(root));
    }

    private static PartialCredentials oneView(JsonNode root) {
        JsonNode ov = root.get(ONEVIEW);
        if (ov == null || ov.isNull()) {
            return PartialCredentials.NONE;
        }
        if (!ov.isObject()) {
            throw new InvalidPropertiesException(ONEVIEW + " must be an object {\"OneViewAddress\","
                    + " \"OneViewUsername\","
                    + " \"OneViewPassword\"}, not " + kind(ov));
        }
        for (Iterator<String> it = ov.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!ONEVIEW_FIELDS.contains(f)) {
                throw new InvalidPropertiesException(ONEVIEW + "." + f + " is not known; known fields: "
                        + "OneViewAddress, OneViewUsername, OneViewPassword");
            }
        }
        String address = string(ov, "OneViewAddress", ONEVIEW + ".OneViewAddress");
        if (address != null) {
            try {
                ApplianceAddresses.parse(address, ONEVIEW + ".OneViewAddress");
            } catch (IllegalArgumentException e) {
                throw new InvalidPropertiesException(e.getMessage());
            }
        }
        JsonNode pw = ov.get("OneViewPassword");
        Secret password = null;
        if (pw != null && !pw.isNull()) {
            if (!pw.isTextual()) {
                // never echo the value: it is a password
                throw new InvalidPropertiesException(ONEVIEW + ".OneViewPassword must be a string, not " + kind(pw));
            }
            if (!pw.asText().isEmpty()) {
                password = Secret.of(pw.asText());
            }
        }
        return new PartialCredentials(address, string(ov, "OneViewUsername", ONEVIEW + ".OneViewUsername"),
                password, null);
    }

    static String string(JsonNode node, String field) {
        return string(node, field, field);
    }

    private static String string(JsonNode node, String field, String label) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InvalidPropertiesException(label + " must be a string, not " + kind(v));
        }
        if (v.asText().isBlank()) {
            throw new InvalidPropertiesException(label + " must not be empty");
        }
        return v.asText();
    }

    private static String uri(JsonNode node, String field, String prefix) {
        String v = string(node, field);
        if (v != null && !v.startsWith(prefix)) {
            throw new InvalidPropertiesException(field + " must be a URI starting with " + prefix + ", not '" + v
                    + "'");
        }
        return v;
    }

    private static Boolean bool(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw new InvalidPropertiesException(field + " must be true or false, not " + kind(v));
        }
        return v.booleanValue();
    }

    private static Path path(JsonNode node, String field) {
        String v = string(node, field);
        if (v == null) {
            return null;
        }
        try {
            return Path.of(v);
        } catch (InvalidPathException e) {
            throw new InvalidPropertiesException(field + ": '" + v + "' is not a valid path: " + e.getReason());
        }
    }

    static String kind(JsonNode v) {
        if (v.isTextual()) {
            return "a string";
        }
        if (v.isNumber()) {
            return "a number";
        }
        if (v.isBoolean()) {
            return "a boolean";
        }
        if (v.isArray()) {
            return "an array";
        }
        if (v.isObject()) {
            return "an object";
        }
        return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** @return the name prefix: {@code ProfileName}, else {@code TemplateName} */
    public String namePrefix() {
        return profileName != null ? profileName : templateName;
    }

    /** @return the main fields and the user, never a password */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("InstanceProperties{").append(TEMPLATE_NAME).append('=')
                .append(templateName);
        if (profileName != null) {
            sb.append(", ").append(PROFILE_NAME).append('=').append(profileName);
        }
        sb.append(", PowerOff=").append(powerOff).append(", PowerOn=").append(powerOn)
                .append(", ForceDestroy=").append(forceDestroy);
        if (credentials.address() != null) {
            sb.append(", OneViewAddress=").append(credentials.address());
        }
        if (credentials.username() != null) {
            sb.append(", OneViewUsername=").append(credentials.username());
        }
        if (osDeployment.planName() != null) {
            sb.append(", ").append(OS_DEPLOYMENT_PLAN).append('=').append(osDeployment.planName());
        }
        if (osDeployment.initAttribute() != null) {
            sb.append(", ").append(INIT_ATTRIBUTE).append('=').append(osDeployment.initAttribute());
        }
        return sb.append('}').toString();
    }
}
