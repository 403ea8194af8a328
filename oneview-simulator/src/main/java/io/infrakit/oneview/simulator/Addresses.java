package io.infrakit.oneview.simulator;

import java.util.Locale;

/**
 * Deterministic MAC and WWN addresses: physical ones from a server's inventory position, virtual ones (what a
 * profile's connections get) from a sequence number, in the appliance's upper-case colon form. Internal.
 */
final class Addresses {

    private Addresses() {
    }

    /** @return a physical MAC of a blade's port function: {@code 16:6E:<server:2 bytes>:<port><function>} */
    static String physicalMac(int server, int port, int function) {
        return format(0x166EL << 32 | (long) (server & 0xFFFF) << 16 | port << 8 | function, 6);
    }

    /** @return a physical WWN (node or port) of a blade's FCoE function */
    static String physicalWwn(int server, int port, boolean node) {
        return format((node ? 0x2000L : 0x2100L) << 48 | 0x166EL << 32 | (long) (server & 0xFFFF) << 16 | port, 8);
    }

    /** @return the n-th virtual MAC of the appliance's pool: {@code 9A:A0:22:..} */
    static String virtualMac(long n) {
        return format(0x9AA022L << 24 | (n & 0xFFFFFF), 6);
    }

    /** @return the n-th virtual WWN (node or port) of the appliance's pool: {@code 10:00:..} */
    static String virtualWwn(long n, boolean node) {
        return format((node ? 0x1000L : 0x1001L) << 48 | 0x38AAL << 32 | (n & 0xFFFFFFFFL), 8);
    }

    private static String format(long value, int bytes) {
        StringBuilder s = new StringBuilder(bytes * 3);
        for (int i = bytes - 1; i >= 0; i--) {
            if (s.length() > 0) {
                s.append(':');
            }
            s.append(String.format(Locale.ROOT, "%02X", (value >>> (i * 8)) & 0xFF));
        }
        return s.toString();
    }
}
