package io.infrakit.oneview.simulator;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@DisplayName("state enums and their transitions (unit)")
class StateTransitionsTest {

    @Test
    void aServerTakesAProfileOnlyThroughApplyingProfile() {
        assertThat(HardwareState.NO_PROFILE_APPLIED.to(HardwareState.APPLYING_PROFILE))
                .isEqualTo(HardwareState.APPLYING_PROFILE);
        assertThatIllegalStateException().isThrownBy(() -> HardwareState.NO_PROFILE_APPLIED.to(HardwareState.PROFILE_APPLIED))
                .withMessage("HardwareState cannot go from NoProfileApplied to ProfileApplied");
        assertThat(HardwareState.PROFILE_APPLIED.canBecome(HardwareState.REMOVING_PROFILE)).isTrue();
        assertThat(HardwareState.REMOVING_PROFILE.canBecome(HardwareState.NO_PROFILE_APPLIED)).isTrue();
        for (HardwareState next : HardwareState.values()) {
            assertThat(HardwareState.MONITORED.canBecome(next)).as("Monitored -> " + next).isFalse();
            assertThat(HardwareState.PROFILE_ERROR.canBecome(next)).as("ProfileError -> " + next).isFalse();
        }
        assertThat(HardwareState.UPDATING_FIRMWARE.isTransitional()).isTrue();
        assertThat(HardwareState.PROFILE_APPLIED.wire()).isEqualTo("ProfileApplied");
    }

    @Test
    void powerGoesThroughItsTransitionalStatesAndAPowerLossIsAlwaysPossible() {
        assertThat(PowerState.OFF.canBecome(PowerState.POWERING_ON)).isTrue();
        assertThat(PowerState.OFF.canBecome(PowerState.ON)).isFalse();
        assertThat(PowerState.ON.canBecome(PowerState.RESETTING)).isTrue();
        assertThat(PowerState.RESETTING.canBecome(PowerState.POWERING_OFF)).isFalse();
        for (PowerState state : PowerState.values()) {
            assertThat(state.canBecome(PowerState.OFF)).as(state + " -> Off").isTrue();
        }
        assertThat(PowerState.target("On")).isEqualTo(PowerState.ON);
        assertThat(PowerState.target("on")).isNull();
    }

    @Test
    void aProfileLeavesNormalOnlyForATaskAndComesBack() {
        assertThat(ProfileState.NORMAL.canBecome(ProfileState.UPDATING)).isTrue();
        assertThat(ProfileState.NORMAL.canBecome(ProfileState.CREATING)).isFalse();
        assertThat(ProfileState.UPDATING.canBecome(ProfileState.DELETING)).isFalse();
        assertThat(ProfileState.DELETING.inProgress()).isTrue();
        assertThat(ProfileState.NORMAL.inProgress()).isFalse();
    }

    @Test
    void aTaskStateIsAFunctionOfElapsedTime() {
        assertThat(TaskState.at(0.05, false)).isEqualTo(TaskState.NEW);
        assertThat(TaskState.at(0.15, false)).isEqualTo(TaskState.STARTING);
        assertThat(TaskState.at(0.5, true)).isEqualTo(TaskState.RUNNING);
        assertThat(TaskState.at(1.0, true)).isEqualTo(TaskState.ERROR);
        assertThat(TaskState.at(2.0, false)).isEqualTo(TaskState.COMPLETED);
    }
}
