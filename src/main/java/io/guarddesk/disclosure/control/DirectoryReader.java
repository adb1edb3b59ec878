package io.guarddesk.disclosure.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads the directory for the identifier index straight over JDBC: a million accounts as entities
 * would cost more time and memory than the index itself. Both reads of a full build run in one
 * REPEATABLE READ snapshot, so the version read belongs to exactly the accounts read.
 */
public final class DirectoryReader {

    private DirectoryReader() {
    }

    public record Snapshot(IdentifierIndex index, long version, int accounts) {
    }

    public static Snapshot build(Connection connection) throws SQLException {
        var isolation = connection.getTransactionIsolation();
        var autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            long version;
            try (var statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT version FROM directory_version WHERE id = 1")) {
                version = rows.next() ? rows.getLong(1) : 0;
            }
            int expected;
            try (var statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT COUNT(*) FROM customer_account")) {
                expected = rows.next() ? rows.getInt(1) : 0;
            }
            var builder = IdentifierIndex.builder(expected);
            int count = 0;
            try (var statement = connection.prepareStatement("SELECT account_number, login_id, owner_email, holder_name, "
                    + "holder_name_kana, phone FROM customer_account")) {
                statement.setFetchSize(5_000);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        builder.add(new AccountIdentifiers(rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getString(6)));
                        count++;
                    }
                }
            }
            connection.commit();
            return new Snapshot(builder.build(), version, count);
        } finally {
            // a pooled connection goes back as it came
            connection.rollback();
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    /** How many change records there are after {@code version}. */
    public static long changesSince(Connection connection, long version) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT COUNT(*) FROM account_change WHERE seq > ?")) {
            statement.setLong(1, version);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Applies the changes after {@code version} in order; answers the version reached. */
    public static long catchUp(Connection connection, IdentifierIndex index, long version) throws SQLException {
        long reached = version;
        try (var statement = connection.prepareStatement("SELECT seq, account_number, before_login_id, before_owner_email, "
                + "before_holder_name, before_holder_name_kana, before_phone, after_login_id, after_owner_email, "
                + "after_holder_name, after_holder_name_kana, after_phone FROM account_change WHERE seq > ? ORDER BY seq")) {
            statement.setLong(1, version);
            statement.setFetchSize(1_000);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    var number = rows.getString(2);
                    index.apply(image(rows, number, 3), image(rows, number, 8));
                    reached = rows.getLong(1);
                }
            }
        }
        return reached;
    }

    private static AccountIdentifiers image(ResultSet rows, String number, int first) throws SQLException {
        if (rows.getString(first) == null && rows.getString(first + 1) == null) {
            return null;
        }
        return new AccountIdentifiers(number, rows.getString(first), rows.getString(first + 1), rows.getString(first + 2),
                rows.getString(first + 3), rows.getString(first + 4));
    }
}
