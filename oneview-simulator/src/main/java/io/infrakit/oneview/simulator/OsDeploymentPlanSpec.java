package io.infrakit.oneview.simulator;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An OS deployment plan of the generated inventory: what {@code GET /rest/os-deployment-plans} serves, with its
 * custom attributes ({@code additionalParameters}) in order.
 *
 * <p>{@link #defaults()} are the plans of {@link InventorySpec#defaults()}; {@link #INFRAKIT_LINUX} is the one
 * meant for InfraKit: it declares {@link #INIT_ATTRIBUTE}, a string attribute for a first-boot script.
 *
 * @param name        the plan name, unique in the inventory
 * @param description the description
 * @param attributes  the custom attributes, names unique; may be empty
 */
public record OsDeploymentPlanSpec(String name, String description, List<CustomAttributeSpec> attributes) {

    /** The name of the default plan meant for InfraKit: {@value}. */
    public static final String INFRAKIT_LINUX = "InfraKit Linux";
    /** The string attribute of {@link #INFRAKIT_LINUX} that receives a first-boot script: {@value}. */
    public static final String INIT_ATTRIBUTE = "InfraKitInit";
    /**
     * The longest value of a {@code string}, {@code hostname} or {@code fqdn} attribute: {@value} characters (Image
     * Streamer help "Types of custom attributes", reference §2.3).
     */
    public static final int MAX_TEXT_LENGTH = 254;

    /**
     * Validates and copies the components.
     *
     * @param name        not blank
     * @param description not null
     * @param attributes  names unique
     * @throws IllegalArgumentException when the name is blank or two attributes share a name
     */
    public OsDeploymentPlanSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        attributes = List.copyOf(Objects.requireNonNull(attributes, "attributes"));
        if (name.isBlank()) {
            throw new IllegalArgumentException("OS deployment plan name must not be blank");
        }
        Set<String> names = new HashSet<>();
        for (CustomAttributeSpec a : attributes) {
            if (!names.add(a.name())) {
                throw new IllegalArgumentException("OS deployment plan '" + name + "' declares custom attribute '"
                        + a.name() + "' twice");
            }
        }
    }

    /**
     * @param attribute a name, exactly as the plan spells it
     * @return the attribute, or null
     */
    CustomAttributeSpec attribute(String attribute) {
        for (CustomAttributeSpec a : attributes) {
            if (a.name().equals(attribute)) {
                return a;
            }
        }
        return null;
    }

    /**
     * The plans of the default inventory, in this order:
     * <ul>
     *   <li>{@value #INFRAKIT_LINUX}: {@code HostName} (hostname), {@code InfraKitInit} (string, at most
     *       {@value #MAX_TEXT_LENGTH} characters, default empty), {@code DomainName} (fqdn, default
     *       {@code infrakit.local}), {@code SSH} (option {@code Enabled} / {@code Disabled}, default
     *       {@code Enabled}), {@code RootPassword} (password, 8 to 20 characters);</li>
     *   <li>{@code RHEL 8 Web Server}: {@code HostName} (hostname), {@code DomainName} (fqdn), {@code ManagementNIC}
     *       (nic: static or DHCP), {@code NewRootPassword} (password, at most 20), {@code FileSystem} (option
     *       {@code XFS} / {@code EXT4}, default {@code XFS}), {@code DataVolumeSizeGB} (number 1 to 2048, default
     *       {@code 16}), {@code NTPServer} (ipv4), {@code ImageRevision} (string, not editable);</li>
     *   <li>{@code Empty OS Volume}: {@code VolumeSize} (number, MiB, 1 to 51200), the reserved attribute that sizes
     *       an empty OS volume.</li>
     * </ul>
     *
     * @return the default plans
     */
    public static List<OsDeploymentPlanSpec> defaults() {
        return List.of(infraKitLinux(), rhelWebServer(), emptyVolume());
    }

    private static OsDeploymentPlanSpec infraKitLinux() {
        return new OsDeploymentPlanSpec(INFRAKIT_LINUX, "Linux with an InfraKit first-boot hook: the plan scripts "
                + "write InfraKitInit to the OS volume and a first-boot unit runs it once", List.of(
                new CustomAttributeSpec("HostName", CustomAttributeType.HOSTNAME, "", true,
                        "{\"helpText\":\"Host name of the server\"}", "Host name of the server"),
                new CustomAttributeSpec(INIT_ATTRIBUTE, CustomAttributeType.STRING, "", true,
                        "{\"regex\":\"\",\"helpText\":\"First-boot script (InfraKit Spec.Init), run once; at most "
                                + MAX_TEXT_LENGTH + " characters\"}",
                        "First-boot script from InfraKit"),
                new CustomAttributeSpec("DomainName", CustomAttributeType.FQDN, "infrakit.local", true,
                        "{\"helpText\":\"\"}", "DNS domain of the server"),
                new CustomAttributeSpec("SSH", CustomAttributeType.OPTION, "Enabled", true,
                        "{\"options\":[\"Enabled\",\"Disabled\"]}", "Whether sshd starts at boot"),
                new CustomAttributeSpec("RootPassword", CustomAttributeType.PASSWORD, "", true,
                        "{\"minlen\":\"8\",\"maxlen\":\"20\"}", "Password of root")));
    }

    private static OsDeploymentPlanSpec rhelWebServer() {
        return new OsDeploymentPlanSpec("RHEL 8 Web Server", "RHEL 8 with a web server, one management NIC", List.of(
                new CustomAttributeSpec("HostName", CustomAttributeType.HOSTNAME, "", true, "{\"helpText\":\"\"}", ""),
                new CustomAttributeSpec("DomainName", CustomAttributeType.FQDN, "", true, "{\"helpText\":\"\"}", ""),
                new CustomAttributeSpec("ManagementNIC", CustomAttributeType.NIC, null, true,
                        "{\"ipv4static\":true,\"ipv4dhcp\":true,\"ipv4disable\":false,\"parameters\":[\"dns1\","
                                + "\"dns2\",\"domain\",\"gateway\",\"ipaddress\",\"mac\",\"netmask\",\"vlanid\"]}",
                        "Management network interface"),
                new CustomAttributeSpec("NewRootPassword", CustomAttributeType.PASSWORD, "", true,
                        "{\"maxlen\":\"20\"}", ""),
                new CustomAttributeSpec("FileSystem", CustomAttributeType.OPTION, "XFS", true,
                        "{\"options\":[\"XFS\",\"EXT4\"]}", "File system of the data volume"),
                new CustomAttributeSpec("DataVolumeSizeGB", CustomAttributeType.NUMBER, "16", true,
                        "{\"minimum\":\"1\",\"maximum\":\"2048\",\"increment\":\"1\",\"unit\":\"GB\"}", ""),
                new CustomAttributeSpec("NTPServer", CustomAttributeType.IPV4, "", true, "{\"helpText\":\"\"}", ""),
                new CustomAttributeSpec("ImageRevision", CustomAttributeType.STRING, "2019-06-11", false,
                        "{\"regex\":\"\",\"helpText\":\"\"}", "Revision of the golden image")));
    }

    private static OsDeploymentPlanSpec emptyVolume() {
        return new OsDeploymentPlanSpec("Empty OS Volume", "An empty OS volume, for an OS installed later", List.of(
                new CustomAttributeSpec("VolumeSize", CustomAttributeType.NUMBER, "", true,
                        "{\"minimum\":\"1\",\"maximum\":\"51200\",\"unit\":\"MiB\"}", "Size of the OS volume")));
    }
}
