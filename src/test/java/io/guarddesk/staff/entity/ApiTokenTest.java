package io.guarddesk.staff.entity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTokenTest {

    private static final Instant CREATED = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    @DisplayName("R4.2 a token's last use is kept to the minute: requests within it write nothing, the next minute's does")
    void lastUseToTheMinute() {
        var token = new ApiToken(new StaffUser("agent", "Agent", "agent@example.com", "hash", Set.of(Role.AGENT), CREATED),
                "sync", "hash", "gd_abcd…", CREATED);

        token.usedAt(CREATED.plusSeconds(5));
        token.usedAt(CREATED.plusSeconds(64));
        assertThat(token.lastUsedAt()).contains(CREATED.plusSeconds(5));

        token.usedAt(CREATED.plusSeconds(65));
        assertThat(token.lastUsedAt()).contains(CREATED.plusSeconds(65));
    }
}
