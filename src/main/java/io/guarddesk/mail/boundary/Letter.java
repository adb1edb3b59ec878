package io.guarddesk.mail.boundary;

import java.util.Locale;
import java.util.Map;

/** SCAFFOLD, replaced by the mail-outbox branch at merge. */
public record Letter(String recipient, String recipientName, Locale language, String template,
                     Map<String, String> parameters, Long ticketId, String kind) {
}
