package io.guarddesk.testing;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the test server's database holds, in figures that move whenever anything is written:
 * rows per table, the sum and maximum of every {@code version} column (JPA raises it on each
 * change of a row), and the state columns that conditional UPDATEs change without a version.
 * Two fingerprints are equal when nothing was inserted, deleted or changed in between.
 *
 * <p>Left out, because a read writes them on purpose: audit entries for reads that R6.1 names as
 * sensitive (SECURITY_VIEW: a supervisor opened a security ticket; AUDIT_VERIFIED: the chain was
 * checked, GET /api/admin/audit/verify) and the chain's head row that every entry moves; the
 * last-used time of an API token (that is what it records); Flyway's own history. A sign-in
 * entry is NOT left out: the sweep reads with Bearer tokens and signed-in sessions, which sign
 * no one in (HTTP Basic would: a known limit in the README).
 */
public final class DatabaseFingerprint {

    private static final Set<String> SKIPPED_TABLES = Set.of("flyway_schema_history", "audit_head", "audit_entry");
    private static final Map<String, String> STATE = new LinkedHashMap<>();

    static {
        STATE.put("audit_entry.rows (without reads R6.1 audits)",
                "SELECT COUNT(*) FROM audit_entry WHERE action NOT IN ('SECURITY_VIEW', 'AUDIT_VERIFIED')");
        STATE.put("ticket.status", "SELECT status, COUNT(*) FROM ticket GROUP BY status ORDER BY status");
        STATE.put("ticket.flags", "SELECT SUM(CASE WHEN security THEN 1 ELSE 0 END), COUNT(requester_verified_at), COUNT(assignee_id), "
                + "COUNT(acknowledged_at), SUM(escalation_level), MAX(updated_at) FROM ticket");
        STATE.put("confirmation.used/voided", "SELECT COUNT(used_at), COUNT(voided_at) FROM confirmation");
        STATE.put("reset_link.used", "SELECT COUNT(used_at) FROM reset_link");
        STATE.put("staff_notification.read", "SELECT COUNT(read_at) FROM staff_notification");
        STATE.put("api_token.revoked", "SELECT COUNT(revoked_at) FROM api_token");
        STATE.put("staff_user.flags", "SELECT SUM(failed_sign_ins), COUNT(locked_until), SUM(CASE WHEN active THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN privacy_officer THEN 1 ELSE 0 END) FROM staff_user");
        STATE.put("guard_refusal.state", "SELECT state, COUNT(*) FROM guard_refusal GROUP BY state ORDER BY state");
        STATE.put("incident.status", "SELECT status, COUNT(*), COUNT(preliminary_report_at), COUNT(final_report_at), "
                + "COUNT(gdpr_notified_at) FROM incident GROUP BY status ORDER BY status");
        STATE.put("notice.status", "SELECT status, COUNT(*), SUM(next_position), SUM(queued_count) FROM notice GROUP BY status ORDER BY status");
        STATE.put("classifier_rule.enabled", "SELECT COUNT(*) FROM classifier_rule WHERE enabled");
        STATE.put("customer_account.updated", "SELECT MAX(updated_at), COUNT(DISTINCT status) FROM customer_account");
    }

    private DatabaseFingerprint() {
    }

    /** The fingerprint now, key by key (sorted, so a difference reads table by table). */
    public static Map<String, String> take() {
        var print = new TreeMap<String, String>();
        try (var connection = ItDatabase.connect()) {
            var tables = new ArrayList<String>();
            var versioned = new ArrayList<String>();
            try (var found = connection.getMetaData().getTables(null, null, "%", new String[]{"TABLE"})) {
                while (found.next()) {
                    if (!"INFORMATION_SCHEMA".equalsIgnoreCase(found.getString("TABLE_SCHEM"))) {
                        tables.add(found.getString("TABLE_NAME"));
                    }
                }
            }
            for (var table : tables) {
                try (var columns = connection.getMetaData().getColumns(null, null, table, "%")) {
                    while (columns.next()) {
                        // the name is a LIKE pattern: "_" in it matches other tables too
                        if ("version".equalsIgnoreCase(columns.getString("COLUMN_NAME")) && table.equals(columns.getString("TABLE_NAME"))) {
                            versioned.add(table);
                        }
                    }
                }
            }
            for (var table : tables) {
                if (!SKIPPED_TABLES.contains(table.toLowerCase(Locale.ROOT))) {
                    print.put(table.toLowerCase(Locale.ROOT) + ".rows", rows(connection, "SELECT COUNT(*) FROM \"" + table + "\""));
                }
            }
            for (var table : versioned) {
                if (SKIPPED_TABLES.contains(table.toLowerCase(Locale.ROOT))) {
                    continue; // flyway's "version" is a migration's number, not a row version
                }
                print.put(table.toLowerCase(Locale.ROOT) + ".version",
                        rows(connection, "SELECT SUM(version), MAX(version) FROM \"" + table + "\""));
            }
            for (var state : STATE.entrySet()) {
                print.put(state.getKey(), rows(connection, state.getValue()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the test server's database", e);
        }
        return print;
    }

    /**
     * A fingerprint once the desk's background work (the mail relay, the notice sender, the
     * escalation jobs) has settled: two readings a second apart agree. Fails when it never does,
     * naming what kept moving.
     */
    public static Map<String, String> takeWhenQuiet(Duration patience) {
        var deadline = Instant.now().plus(patience);
        var last = take();
        while (Instant.now().isBefore(deadline)) {
            pause(Duration.ofSeconds(1));
            var now = take();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("the database kept changing for " + patience + " without any request of this test: " + last);
    }

    /** Every key whose figure differs, as "key: before → after". */
    public static List<String> differences(Map<String, String> before, Map<String, String> after) {
        var keys = new TreeMap<String, Boolean>();
        before.keySet().forEach(k -> keys.put(k, true));
        after.keySet().forEach(k -> keys.put(k, true));
        var differences = new ArrayList<String>();
        for (var key : keys.keySet()) {
            if (!java.util.Objects.equals(before.get(key), after.get(key))) {
                differences.add(key + ": " + before.get(key) + " → " + after.get(key));
            }
        }
        return differences;
    }

    private static String rows(java.sql.Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            var text = new StringBuilder();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    text.append(i == 1 ? "" : ",").append(rows.getObject(i));
                }
                text.append(';');
            }
            return text.toString();
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
