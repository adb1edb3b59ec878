package io.guarddesk.staff.control;

import io.guarddesk.staff.entity.Role;
import io.guarddesk.staff.entity.StaffUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffSettingsTest {

    @Test
    @DisplayName("R6.1 a role change reads as before→after, only for what changed, in a fixed order")
    void detail() {
        var before = new StaffSettings(Set.of(Role.AGENT), true, false);

        assertThat(new StaffSettings(Set.of(Role.SUPERVISOR), true, true).changedFrom(before))
                .hasValue("roles AGENT→SUPERVISOR; privacy officer no→yes");
        assertThat(new StaffSettings(Set.of(Role.SUPERVISOR, Role.AGENT), false, false).changedFrom(before))
                .hasValue("roles AGENT→AGENT+SUPERVISOR; active yes→no");
        assertThat(new StaffSettings(EnumSet.of(Role.AGENT), true, false).changedFrom(before)).as("nothing changed").isEmpty();
    }

    @Test
    @DisplayName("a privacy officer must be a supervisor; losing the supervisor role ends the duty")
    void privacyOfficerNeedsSupervisor() {
        var user = new StaffUser("pia", "Pia", "pia@desk.example", "x", Set.of(Role.SUPERVISOR), Instant.EPOCH);
        user.assign(Set.of(Role.SUPERVISOR), true, true);
        assertThat(user.isPrivacyOfficer()).isTrue();

        assertThatThrownBy(() -> user.assign(Set.of(Role.AGENT), true, true)).isInstanceOf(IllegalStateException.class);
        assertThat(StaffSettings.of(user)).as("a refused change changes nothing").isEqualTo(new StaffSettings(Set.of(Role.SUPERVISOR), true, true));
        user.assign(Set.of(Role.AGENT), true, false);
        assertThat(user.isPrivacyOfficer()).isFalse();
        user.assign(Set.of(Role.SUPERVISOR), false, false);
        assertThat(StaffSettings.of(user)).isEqualTo(new StaffSettings(Set.of(Role.SUPERVISOR), false, false));
    }
}
