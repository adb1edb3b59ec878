package io.guarddesk.platform;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** R7.3: an outage answers 503 "try again", every other failure stays a 500 — the tell is read off real driver exceptions. */
class DatabaseUnavailableTest {

    @Test
    @DisplayName("R7.3 PostgreSQL that does not answer is an outage, also wrapped the way JPA and EJB wrap it")
    void refusedPostgresConnection() throws IOException {
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl("jdbc:postgresql://127.0.0.1:" + closedPort() + "/guarddesk");
        dataSource.setConnectTimeout(2);
        var refused = catchThrowable(() -> dataSource.getConnection().close());

        assertThat(refused).isInstanceOf(SQLException.class);
        assertThat(DatabaseUnavailable.causedIt(refused)).isTrue();
        assertThat(DatabaseUnavailable.causedIt(new EJBException(new PersistenceException("Exception [EclipseLink-4002]", refused)))).isTrue();
    }

    @Test
    @DisplayName("R7.3 the pool's own 'cannot allocate a connection', which carries no SQL state, is an outage")
    void poolCannotAllocate() {
        var pool = new SQLException("Error in allocating a connection. Cause: Connection could not be allocated",
                new ResourceAllocationException("Connection could not be allocated"));

        assertThat(DatabaseUnavailable.causedIt(new PersistenceException(pool))).isTrue();
        assertThat(DatabaseUnavailable.causedIt(new SQLException("shutting down", "57P01"))).isTrue();
    }

    @Test
    @DisplayName("R7.3 a failing statement on a working database is no outage: it stays a generic 500")
    void statementErrorIsNoOutage() throws SQLException {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:unavailable-test");
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            var failed = catchThrowable(() -> statement.execute("SELECT * FROM no_such_table"));

            assertThat(failed).isInstanceOf(SQLException.class);
            assertThat(DatabaseUnavailable.causedIt(new PersistenceException(failed))).isFalse();
        }
        assertThat(DatabaseUnavailable.causedIt(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseUnavailable.causedIt(new SQLException("duplicate key", "23505"))).isFalse();
    }

    @Test
    @DisplayName("a cause chain that loops back on itself ends")
    void loopingChainEnds() {
        var first = new RuntimeException("first");
        var second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(DatabaseUnavailable.causedIt(first)).isFalse();
    }

    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
