package io.infrakit.oneview.client;

import io.infrakit.oneview.client.error.OneViewInterruptedException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * When the client repeats a request and how long it waits first. Bounded: at most {@link #maxRetries()} retries per
 * request. Idempotent requests (GET, PUT, DELETE, HEAD) are repeated after a connection failure, an HTTP 502, 503
 * or 504 (the appliance is busy or starting) and an HTTP 409 (the resource is in a transitional state, e.g. a
 * server busy with a background task, or a profile whose task still runs; reference §5.2, §5.4); a POST never is
 * (it may have been acted on). The pause before retry {@code n} is {@code initialBackoff} doubled {@code n - 1}
 * times, capped at {@code maxBackoff}; after a 409 it is <em>jittered</em>: a random duration between half of that
 * and all of it, so that clients contending for the same resource spread out.
 *
 * <p>The same jittered pause serves callers that retry a whole operation themselves, e.g. a provisioning that tries
 * another server after an assignment error ({@link #pause(int)}). Immutable and thread-safe; the sleeper and the
 * random source are injected, so tests are deterministic.
 */
public final class RetryPolicy {

    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Sleeper sleeper;
    private final RandomGenerator random;

    private RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff, Sleeper sleeper,
                        RandomGenerator random) {
        this.maxRetries = maxRetries;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.sleeper = sleeper;
        this.random = random;
    }

    /**
     * @param maxRetries     retries per request, 0 or more
     * @param initialBackoff the pause before the first retry, positive
     * @param maxBackoff     the longest pause, at least {@code initialBackoff}
     * @param sleeper        how to pause
     * @param random         the source of the jitter; must be thread-safe (e.g. {@link java.util.Random})
     * @return the policy
     * @throws IllegalArgumentException for a negative count or a non-positive or inverted backoff
     */
    public static RetryPolicy of(int maxRetries, Duration initialBackoff, Duration maxBackoff, Sleeper sleeper,
                                 RandomGenerator random) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0 but was " + maxRetries);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("need 0 < initialBackoff <= maxBackoff, got " + initialBackoff + " and "
                    + maxBackoff);
        }
        return new RetryPolicy(maxRetries, initialBackoff, maxBackoff, Objects.requireNonNull(sleeper, "sleeper"),
                Objects.requireNonNull(random, "random"));
    }

    /** @return a thread-safe random source for {@link #of}: the calling thread's {@link ThreadLocalRandom} */
    public static RandomGenerator threadLocalRandom() {
        return () -> ThreadLocalRandom.current().nextLong();
    }

    /** @return the most retries of one request */
    public int maxRetries() {
        return maxRetries;
    }

    /**
     * @param method an HTTP method
     * @return whether a request with that method may be repeated at all
     */
    public static boolean isIdempotent(String method) {
        return method.equals("GET") || method.equals("PUT") || method.equals("DELETE") || method.equals("HEAD");
    }

    /**
     * @param method the request's method
     * @param status the appliance's answer
     * @return whether that answer is worth repeating the request for: 409, 502, 503 and 504 of idempotent requests
     */
    public boolean retriesStatus(String method, int status) {
        return isIdempotent(method) && (status == 409 || status == 502 || status == 503 || status == 504);
    }

    /**
     * @param retry 1 for the first retry
     * @return {@code initialBackoff} doubled {@code retry - 1} times, capped at {@code maxBackoff}
     */
    public Duration backoff(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry must be >= 1 but was " + retry);
        }
        Duration d = initialBackoff;
        for (int i = 1; i < retry && d.compareTo(maxBackoff) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxBackoff) <= 0 ? d : maxBackoff;
    }

    /**
     * @param retry 1 for the first retry
     * @return a random duration between half of {@link #backoff(int)} and all of it
     */
    public Duration jitteredBackoff(int retry) {
        Duration full = backoff(retry);
        long half = full.toNanos() / 2;
        return Duration.ofNanos(half + (long) (random.nextDouble() * (full.toNanos() - half + 1)));
    }

    /**
     * @param retry  1 for the first retry
     * @param status the answer that makes the request be retried, or 0 for a connection failure
     * @return the pause before that retry: jittered after a 409, plain otherwise
     */
    public Duration pauseBefore(int retry, int status) {
        return status == 409 ? jitteredBackoff(retry) : backoff(retry);
    }

    /**
     * Sleeps the jittered pause before retry {@code retry} of a caller's own operation.
     *
     * @param retry 1 for the first retry
     * @throws OneViewInterruptedException when interrupted (the interrupt flag is set again)
     */
    public void pause(int retry) {
        sleep(jitteredBackoff(retry));
    }

    /**
     * Sleeps through the injected sleeper.
     *
     * @param duration how long
     * @throws OneViewInterruptedException when interrupted (the interrupt flag is set again)
     */
    public void sleep(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OneViewInterruptedException("Interrupted while waiting", e);
        }
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxRetries=" + maxRetries + ", backoff=" + initialBackoff + ".." + maxBackoff + "}";
    }
}
