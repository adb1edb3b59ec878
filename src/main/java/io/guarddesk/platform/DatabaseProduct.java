package io.guarddesk.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Which database the datasource reaches, asked of the driver once. The schema is the same on
 * both, but PostgreSQL has indexes H2 has not ({@code db/vendor/postgresql}), and a query that
 * uses them is only worth its extra steps there.
 */
@ApplicationScoped
public class DatabaseProduct {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    private volatile Boolean postgreSql;

    public boolean isPostgreSql() {
        if (postgreSql == null) {
            try (var connection = dataSource.getConnection()) {
                postgreSql = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
            } catch (SQLException e) {
                throw new IllegalStateException("The database does not answer", e);
            }
        }
        return postgreSql;
    }
}
