package io.guarddesk.platform;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class FailuresTest {

    @Test
    @DisplayName("R4.1 a logged failure names every cause and its SQL state, and none of the messages, which may hold what a user typed")
    void causesWithoutMessages() {
        var sql = new SQLException("duplicate key (email)=(hanako.yamada@example.jp)", "23505", 0);
        var failure = new PersistenceException("Exception [EclipseLink-4002]: hanako.yamada@example.jp", sql);

        var described = Failures.describe(failure);

        assertThat(described).isEqualTo("jakarta.persistence.PersistenceException <- java.sql.SQLException [SQLState 23505, code 0]");
        assertThat(described).doesNotContain("hanako");
    }
}
