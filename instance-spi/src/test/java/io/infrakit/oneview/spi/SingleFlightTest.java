package io.infrakit.oneview.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SingleFlightTest {

    private final SingleFlight<String, Integer> flight = new SingleFlight<>();

    @Test
    void aCallerArrivingWhileACallRunsSharesItsResult() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> flight.get("k", () -> {
            inside.countDown();
            await(release);
            return calls.incrementAndGet();
        }));
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> flight.get("k",
                calls::incrementAndGet));
        while (flight.waiting() < 1) {
            Thread.onSpinWait();
        }
        assertThat(flight.get("other", () -> 42)).isEqualTo(42);
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(flight.get("k", calls::incrementAndGet)).as("nothing is kept once a call ends").isEqualTo(2);
    }

    @Test
    void theCallsExceptionReachesEveryCaller() {
        assertThatThrownBy(() -> flight.get("k", () -> {
            throw new IllegalStateException("backend down");
        })).isInstanceOf(IllegalStateException.class).hasMessage("backend down");
        assertThat(flight.get("k", () -> 1)).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
