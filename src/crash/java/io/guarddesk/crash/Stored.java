package io.guarddesk.crash;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the database holds after the run, read directly over JDBC once the server has stopped:
 * the run's tickets, the replies carrying this run's markers, and the whole outbox.
 */
record Stored(List<TicketRow> tickets, Map<Integer, List<Long>> replyTicketIdsByMarker, List<MailRow> outbox) {

    record TicketRow(long id, String reference, String email, String status) {
    }

    record MailRow(long id, String messageId, String kind, Long ticketId, String recipient, String status, int attempts) {
    }

    static Stored read(String url, String user, String password, String run) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            return new Stored(tickets(connection, run), replies(connection, run), outbox(connection));
        }
    }

    private static List<TicketRow> tickets(Connection connection, String run) throws SQLException {
        var rows = new ArrayList<TicketRow>();
        try (var statement = connection.prepareStatement(
                "SELECT id, reference, requester_email, status FROM ticket WHERE requester_email LIKE ?")) {
            statement.setString(1, "crash-" + run + "-%");
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new TicketRow(result.getLong(1), result.getString(2), result.getString(3), result.getString(4)));
                }
            }
        }
        return rows;
    }

    private static Map<Integer, List<Long>> replies(Connection connection, String run) throws SQLException {
        var marker = Pattern.compile("crash check " + Pattern.quote(run) + " reply (\\d+)");
        var byMarker = new HashMap<Integer, List<Long>>();
        try (var statement = connection.prepareStatement(
                "SELECT ticket_id, body FROM ticket_message WHERE author_kind = 'STAFF' AND body LIKE ?")) {
            statement.setString(1, "%crash check " + run + " reply %");
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    var matcher = marker.matcher(result.getString(2));
                    if (matcher.find()) {
                        byMarker.computeIfAbsent(Integer.parseInt(matcher.group(1)), k -> new ArrayList<>()).add(result.getLong(1));
                    }
                }
            }
        }
        return byMarker;
    }

    private static List<MailRow> outbox(Connection connection) throws SQLException {
        var rows = new ArrayList<MailRow>();
        try (var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT id, message_id, kind, ticket_id, recipient, status, attempts FROM mail_outbox")) {
            while (result.next()) {
                long ticket = result.getLong(4);
                rows.add(new MailRow(result.getLong(1), result.getString(2), result.getString(3), result.wasNull() ? null : ticket,
                        result.getString(5), result.getString(6), result.getInt(7)));
            }
        }
        return rows;
    }
}
