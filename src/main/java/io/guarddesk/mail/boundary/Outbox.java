package io.guarddesk.mail.boundary;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Optional;

/** SCAFFOLD, replaced by the mail-outbox branch at merge. */
@ApplicationScoped
public class Outbox {

    public void enqueue(Letter letter) {
        throw new UnsupportedOperationException("scaffold");
    }

    public Optional<Sent> findByNotMeKey(String key) {
        return Optional.empty();
    }

    public void suppress(String recipient, Long ticketId) {
    }

    public long countSince(String recipient, String kind, Instant since) {
        return 0;
    }

    public record Sent(long id, String recipient, Long ticketId, String kind, Instant createdAt) {
    }
}
