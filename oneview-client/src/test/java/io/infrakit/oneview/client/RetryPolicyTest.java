package io.infrakit.oneview.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.infrakit.oneview.client.testing.FakeTime;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The retry policy alone: which answers are retried, and the pauses, with an injected sleeper and random. */
class RetryPolicyTest {

    private final FakeTime time = new FakeTime();

    private RetryPolicy policy(long seed) {
        return RetryPolicy.of(3, Duration.ofMillis(500), Duration.ofSeconds(5), time, new Random(seed));
    }

    @Test
    void idempotentRequestsAreRetriedOnConflictsAndBusyAnswersAndPostNever() {
        RetryPolicy p = policy(1);
        for (String method : new String[]{"GET", "PUT", "DELETE"}) {
            for (int status : new int[]{409, 502, 503, 504}) {
                assertThat(p.retriesStatus(method, status)).as(method + " " + status).isTrue();
            }
            for (int status : new int[]{200, 400, 401, 404, 412, 500}) {
                assertThat(p.retriesStatus(method, status)).as(method + " " + status).isFalse();
            }
        }
        for (int status : new int[]{409, 503}) {
            assertThat(p.retriesStatus("POST", status)).as("POST " + status).isFalse();
        }
    }

    @Test
    void theBackoffDoublesUpToItsCap() {
        RetryPolicy p = policy(1);
        assertThat(p.backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(p.backoff(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(p.backoff(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(p.backoff(5)).isEqualTo(Duration.ofSeconds(5));
        assertThat(p.backoff(60)).isEqualTo(Duration.ofSeconds(5));
        assertThat(p.pauseBefore(2, 503)).isEqualTo(Duration.ofSeconds(1));
        assertThat(p.pauseBefore(2, 0)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void afterAConflictThePauseIsJitteredBetweenHalfAndAllOfTheBackoffAndTheSameSeedGivesTheSamePauses() {
        RetryPolicy a = policy(42);
        RetryPolicy b = policy(42);
        boolean varied = false;
        Duration first = a.pauseBefore(3, 409);
        assertThat(b.pauseBefore(3, 409)).isEqualTo(first);
        for (int i = 0; i < 200; i++) {
            Duration d = a.pauseBefore(3, 409);
            assertThat(d).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
            varied |= !d.equals(first);
        }
        assertThat(varied).isTrue();
    }

    @Test
    void pauseSleepsThroughTheSleeper() {
        RetryPolicy p = RetryPolicy.of(3, Duration.ofMillis(100), Duration.ofMillis(100), time, () -> 0L);
        p.pause(1);
        p.pause(7);
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(50), Duration.ofMillis(50));
    }

    @Test
    void badSettingsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> RetryPolicy.of(-1, Duration.ofMillis(1),
                Duration.ofMillis(1), time, new Random()));
        assertThatIllegalArgumentException().isThrownBy(() -> RetryPolicy.of(1, Duration.ZERO, Duration.ofMillis(1),
                time, new Random()));
        assertThatIllegalArgumentException().isThrownBy(() -> RetryPolicy.of(1, Duration.ofSeconds(2),
                Duration.ofSeconds(1), time, new Random()));
        assertThatIllegalArgumentException().isThrownBy(() -> policy(1).backoff(0));
    }
}
