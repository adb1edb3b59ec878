package io.guarddesk.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The database of the running test server, opened beside it: the failsafe configuration gives
 * the server an H2 URL with {@code AUTO_SERVER=TRUE}, so this JVM reaches the same file through
 * the server's H2. Only for checks that must do what the desk never does, such as tampering with
 * the audit log as someone with database access could, or look at what no API shows (a ticket
 * still waiting for its confirmation, a column no answer carries).
 */
public final class ItDatabase {

    private ItDatabase() {
    }

    public static Connection connect() throws SQLException {
        var url = System.getenv("GUARDDESK_DB_URL");
        if (url == null || !url.contains("AUTO_SERVER=TRUE")) {
            throw new IllegalStateException("GUARDDESK_DB_URL must name the test server's H2 file with AUTO_SERVER=TRUE (see the failsafe "
                    + "configuration in pom.xml), not " + url);
        }
        return DriverManager.getConnection(url, System.getenv().getOrDefault("GUARDDESK_DB_USER", "guarddesk"),
                System.getenv().getOrDefault("GUARDDESK_DB_PASSWORD", "guarddesk"));
    }

    /** Runs one UPDATE and answers how many rows it changed. */
    public static int update(String sql, Object... parameters) throws SQLException {
        try (var connection = connect(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** The first row of a query, column labels in lower case; empty when there is none. */
    public static Map<String, Object> row(String sql, Object... parameters) {
        try (var connection = connect(); var statement = prepare(connection, sql, parameters); var rows = statement.executeQuery()) {
            var row = new LinkedHashMap<String, Object>();
            if (rows.next()) {
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    row.put(rows.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), rows.getObject(i));
                }
            }
            return row;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A query answering one number, e.g. a count. */
    public static long number(String sql, Object... parameters) {
        var row = row(sql, parameters);
        return row.isEmpty() || row.values().iterator().next() == null ? 0 : ((Number) row.values().iterator().next()).longValue();
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        var statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
