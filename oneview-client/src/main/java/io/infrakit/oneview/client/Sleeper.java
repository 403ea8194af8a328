package io.infrakit.oneview.client;

import java.time.Duration;

/**
 * Waits for a duration. The client sleeps only through a {@code Sleeper} (between retries and between task polls),
 * so tests can inject one that advances a fake clock and returns at once.
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Sleeps.
     *
     * @param duration how long; zero or negative returns at once
     * @throws InterruptedException if the thread is interrupted
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * @return a sleeper using {@link Thread#sleep(long)}
     */
    static Sleeper system() {
        return duration -> {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration.toMillis());
            }
        };
    }
}
