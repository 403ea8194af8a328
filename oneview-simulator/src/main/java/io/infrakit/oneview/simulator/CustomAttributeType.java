package io.infrakit.oneview.simulator;

/**
 * The type of an OS deployment plan's custom attribute ({@code caType}): the types found in HPE's Image Streamer
 * artifact bundles (reference §2.3). There is no boolean type: plans offer an {@link #OPTION} such as
 * {@code Enabled} / {@code Disabled} instead, and values are always sent as text.
 */
public enum CustomAttributeType {
    /** Free text, at most 254 characters; an optional {@code regex} or {@code options} constraint. */
    STRING("string"),
    /** A password: {@code minlen} / {@code maxlen} constraints. */
    PASSWORD("password"),
    /** A decimal number sent as text, within {@code minimum} / {@code maximum}, a multiple of {@code increment}. */
    NUMBER("number"),
    /** One of the constraint's {@code options} (exact spelling). */
    OPTION("option"),
    /** A host name: letters, digits, {@code -} and {@code _}, no dot, not starting with {@code -} or {@code _}. */
    HOSTNAME("hostname"),
    /** A fully qualified domain name: at least one dot, labels as for {@link #HOSTNAME}. */
    FQDN("fqdn"),
    /** A dotted IPv4 address. */
    IPV4("ipv4"),
    /** A network interface, set only through its sub-attributes ({@code NAME.connectionid}, {@code NAME.dhcp}...). */
    NIC("nic");

    private final String wire;

    CustomAttributeType(String wire) {
        this.wire = wire;
    }

    /**
     * @return the {@code caType} text, e.g. {@code "string"}
     */
    public String wire() {
        return wire;
    }
}
