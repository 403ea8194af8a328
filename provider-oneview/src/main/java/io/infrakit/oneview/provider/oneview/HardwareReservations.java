package io.infrakit.oneview.provider.oneview;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Servers this process is provisioning right now, or has just given a profile, by server hardware URI, so that
 * parallel provisions never pick the same server. A provision that read the appliance's available targets a moment
 * before another one finished may still see that server as free; so a server that received a profile stays
 * reserved for {@link #SETTLE} after its provision, until every listing shows it as taken. Thread-safe.
 */
final class HardwareReservations {

    /** How long a server stays reserved after its provision succeeded. */
    static final Duration SETTLE = Duration.ofMinutes(2);

    private final Map<String, Instant> reserved = new ConcurrentHashMap<>();
    private final Clock clock;

    HardwareReservations(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param hardwareUri a server
     * @return true when it was free and is now reserved by the caller
     */
    boolean tryReserve(String hardwareUri) {
        Instant now = clock.instant();
        boolean[] won = new boolean[1];
        reserved.compute(hardwareUri, (uri, until) -> {
            if (until == null || until.isBefore(now)) {
                won[0] = true;
                return Instant.MAX;
            }
            return until;
        });
        return won[0];
    }

    /** @param hardwareUri a server the caller reserved and did not give a profile */
    void release(String hardwareUri) {
        reserved.remove(hardwareUri);
    }

    /** @param hardwareUri a server the caller reserved and gave a profile: kept reserved a little longer */
    void settle(String hardwareUri) {
        reserved.put(hardwareUri, clock.instant().plus(SETTLE));
    }

    /**
     * @param hardwareUri a server
     * @return whether it is reserved
     */
    boolean isReserved(String hardwareUri) {
        Instant until = reserved.get(hardwareUri);
        return until != null && !until.isBefore(clock.instant());
    }
}
