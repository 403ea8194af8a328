package io.infrakit.oneview.simulator;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("appliance internals (no HTTP)")
class ApplianceTest {

    static Appliance appliance(ManualClock clock) {
        return new Appliance(new SimulatorConfig(InetAddress.getLoopbackAddress(), 0, false, "u", "p",
                Duration.ofHours(1), Duration.ofSeconds(1), Duration.ofSeconds(1), 100, 120, 2400, 1L, clock,
                InventorySpec.uniform(), 0, 0));
    }

    @Test
    void oldestFinishedTasksAreForgotten() {
        ManualClock clock = new ManualClock();
        Appliance appliance = appliance(clock);
        synchronized (appliance) {
            SimTask running = appliance.newTask(TaskKind.POWER_ON, "Power on", "u", "server-hardware", Duration.ofHours(1));
            appliance.submit(running);
            for (int i = 0; i < Appliance.MAX_TASKS + 5; i++) {
                appliance.submit(appliance.newTask(TaskKind.POWER_ON, "Power on", "u", "server-hardware", Duration.ZERO));
            }
            assertThat(appliance.tasks).hasSize(Appliance.MAX_TASKS);
            assertThat(appliance.tasks).containsKey(running.id);
        }
    }

    @Test
    void tasksFinishInEndOrder() {
        ManualClock clock = new ManualClock();
        Appliance appliance = appliance(clock);
        StringBuilder order = new StringBuilder();
        synchronized (appliance) {
            SimTask slow = appliance.newTask(TaskKind.POWER_ON, "slow", "u", "server-hardware", Duration.ofSeconds(5));
            slow.onSuccess = () -> order.append("slow ");
            SimTask fast = appliance.newTask(TaskKind.POWER_ON, "fast", "u", "server-hardware", Duration.ofSeconds(2));
            fast.onSuccess = () -> order.append("fast ");
            appliance.submit(slow);
            appliance.submit(fast);
            clock.advance(Duration.ofSeconds(3));
            appliance.advance();
            assertThat(order.toString()).isEqualTo("fast ");
            clock.advance(Duration.ofSeconds(3));
            appliance.advance();
            assertThat(order.toString()).isEqualTo("fast slow ");
        }
    }
}
