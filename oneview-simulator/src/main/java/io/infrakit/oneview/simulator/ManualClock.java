package io.infrakit.oneview.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A {@link Clock} that only moves when told to, so that tests can drive task progress and session expiry
 * deterministically instead of sleeping.
 *
 * <p>Pass it to {@link OneViewSimulator.Builder#clock(Clock)}; then {@link #advance(Duration)} moves every
 * task and session of the simulator forward. Thread-safe.
 *
 * <pre>{@code
 * ManualClock clock = new ManualClock();
 * try (OneViewSimulator sim = OneViewSimulator.builder().clock(clock).start()) {
 *     // POST a profile, then:
 *     clock.advance(sim.taskDuration()); // the task is now Completed
 * }
 * }</pre>
 */
public final class ManualClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    /**
     * A clock at {@code 2026-01-01T00:00:00Z}, zone UTC.
     */
    public ManualClock() {
        this(Instant.parse("2026-01-01T00:00:00Z"));
    }

    /**
     * A clock at the given instant, zone UTC.
     *
     * @param start the initial instant
     */
    public ManualClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    private ManualClock(Instant start, ZoneId zone) {
        this.now = Objects.requireNonNull(start, "start");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Moves the clock forward.
     *
     * @param amount a non-negative duration
     * @return the new instant
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public synchronized Instant advance(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("cannot move a clock backwards: " + amount);
        }
        now = now.plus(amount);
        return now;
    }

    /**
     * Sets the clock to an instant, which must not be before the current one.
     *
     * @param instant the new instant
     * @throws IllegalArgumentException if {@code instant} is before the current instant
     */
    public synchronized void set(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        if (instant.isBefore(now)) {
            throw new IllegalArgumentException("cannot move a clock backwards: " + now + " -> " + instant);
        }
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        // shares no state on purpose: a zone change is a snapshot, which is all java.time needs
        return new ManualClock(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public String toString() {
        return "ManualClock[" + now + "]";
    }
}
