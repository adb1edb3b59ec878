package io.guarddesk.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The database of the running test server, opened beside it: the failsafe configuration gives
 * the server an H2 URL with {@code AUTO_SERVER=TRUE}, so this JVM reaches the same file through
 * the server's H2. Only for checks that must do what the desk never does, such as tampering with
 * the audit log as someone with database access could.
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
}
