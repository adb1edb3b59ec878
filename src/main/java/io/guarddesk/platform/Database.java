package io.guarddesk.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one datasource. The embedded default is an H2 file under {@code ./data}; PostgreSQL (or a
 * throw-away H2 for tests) differs only in environment variables, so the same WAR runs
 * everywhere. {@code MODE=LEGACY} keeps H2 2.x compatible with EclipseLink's SQL. {@code
 * WRITE_DELAY=0} makes H2 write each commit before it answers: with its default (500 ms) a
 * kill -9 lost transactions already answered "saved", kept halves of others and left an outbox
 * index broken (the crash harness, {@code mvn -Pcrash package}).
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "${ENV=GUARDDESK_DB_DRIVER:org.h2.jdbcx.JdbcDataSource}",
        url = "${ENV=GUARDDESK_DB_URL:jdbc:h2:file:./data/guarddesk;MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0}",
        user = "${ENV=GUARDDESK_DB_USER:guarddesk}",
        password = "${ENV=GUARDDESK_DB_PASSWORD:guarddesk}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.log-jdbc-calls=false",
                // after a database restart the pool's connections are dead: each is checked
                // (Connection.isValid) before it is handed out, and one dead connection empties
                // the pool, so the desk recovers on its own instead of failing request by request
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true",
                // at most once per connection in 2 s: the check loads its class through the web class
                // loader's lock on every call, which serialised the load benchmark's requests on it;
                // a database down for longer than that is still noticed at the next checkout
                "fish.payara.validate-atmost-once-period-in-seconds=2"})
@ApplicationScoped
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/guarddesk";
}
