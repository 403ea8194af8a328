package io.infrakit.oneview.spi.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DoctorCheckTest {

    @Test
    void aFailureNamesItsFix() {
        assertThatThrownBy(() -> DoctorCheck.fail("state", null, "cannot write", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("state");

        assertThat(DoctorCheck.fail("state", null, "cannot write", "chmod it").failed()).isTrue();
        assertThat(DoctorCheck.pass("state", null, "fine").fix()).isNull();
        assertThat(DoctorCheck.skip("state", null, "n/a").failed()).isFalse();
    }

    @Test
    void textsStayOnOneLine() {
        DoctorCheck check = DoctorCheck.fail("appliance.login", "web", "refused:\n  HTTP 401\r\n", "check\nit");

        assertThat(check.message()).isEqualTo("refused: HTTP 401");
        assertThat(check.fix()).isEqualTo("check it");
        assertThat(check.subject()).isEqualTo("web");
    }
}
