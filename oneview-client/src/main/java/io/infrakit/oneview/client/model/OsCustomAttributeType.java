package io.infrakit.oneview.client.model;

import java.util.Locale;

/**
 * The type of an OS deployment plan's custom attribute ({@code caType}), as found in HPE Image Streamer artifact
 * bundles. Matched case-insensitively; anything else is {@link #UNKNOWN} (the raw text stays available from
 * {@link OsDeploymentPlanAttribute#typeName()}).
 */
public enum OsCustomAttributeType {
    /** Free text, up to 254 characters unless {@code maxlen} says otherwise; may be restricted by a {@code regex}. */
    STRING("string"),
    /** A password: stored encrypted, masked when read back; {@code minlen}/{@code maxlen} constraints. */
    PASSWORD("password"),
    /** A number sent as a string, within {@code minimum}..{@code maximum}. */
    NUMBER("number"),
    /** One of the constraint's {@code options}. */
    OPTION("option"),
    /** A host name: letters, digits, {@code -}, {@code _}, no dot, up to 254 characters. */
    HOSTNAME("hostname"),
    /** A fully qualified domain name: at least one dot, up to 254 characters. */
    FQDN("fqdn"),
    /** An IPv4 address. */
    IPV4("ipv4"),
    /** A network interface, set through sub-attributes ({@code NAME.connectionid}, {@code NAME.dhcp}, ...). */
    NIC("nic"),
    /** A type this client does not know. */
    UNKNOWN("");

    private final String value;

    OsCustomAttributeType(String value) {
        this.value = value;
    }

    /**
     * @return the {@code caType} text ({@code ""} for {@link #UNKNOWN})
     */
    public String value() {
        return value;
    }

    /**
     * @param text a {@code caType}, any case, or null
     * @return the type; {@link #UNKNOWN} when null or not recognised
     */
    public static OsCustomAttributeType fromValue(String text) {
        if (text != null) {
            String t = text.strip().toLowerCase(Locale.ROOT);
            for (OsCustomAttributeType type : values()) {
                if (type != UNKNOWN && type.value.equals(t)) {
                    return type;
                }
            }
        }
        return UNKNOWN;
    }
}
