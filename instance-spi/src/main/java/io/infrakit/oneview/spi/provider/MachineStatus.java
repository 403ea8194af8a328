package io.infrakit.oneview.spi.provider;

import io.infrakit.oneview.spi.RawJson;
import java.util.Objects;

/**
 * The health of one machine as its provider sees it now.
 *
 * @param health     functional, failed or gone
 * @param detail     a short human-readable reason, logged when the machine changes list; never null, never a
 *                   secret
 * @param properties facts to report as the description's {@code Properties} when InfraKit asks for them, or
 *                   null to report the stored spec instead; never a secret
 */
public record MachineStatus(Health health, String detail, RawJson properties) {

    /** Health of a machine. */
    public enum Health {
        /** Running as expected: reported to InfraKit. */
        FUNCTIONAL,
        /** Exists but is broken: not reported, so InfraKit provisions a replacement. */
        FAILED,
        /** No longer exists: not reported. */
        GONE
    }

    /** @throws NullPointerException if health or detail is null */
    public MachineStatus {
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(detail, "detail");
    }

    /** @return true when the machine is functional */
    public boolean functional() {
        return health == Health.FUNCTIONAL;
    }

    /**
     * @param properties facts to report, or null
     * @return a functional status
     */
    public static MachineStatus functional(RawJson properties) {
        return new MachineStatus(Health.FUNCTIONAL, "functional", properties);
    }

    /**
     * @param detail why
     * @return a failed status
     */
    public static MachineStatus failed(String detail) {
        return new MachineStatus(Health.FAILED, detail, null);
    }

    /**
     * @param detail why
     * @return a gone status
     */
    public static MachineStatus gone(String detail) {
        return new MachineStatus(Health.GONE, detail, null);
    }
}
