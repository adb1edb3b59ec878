package io.guarddesk.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.util.Optional;

/**
 * How the delivery of one outbox row stands (R7.2): its status, attempts and next due time, and
 * the relay's lease on it. A relay owns a row while {@code claimedBy} is its claim and
 * {@code claimedUntil} lies ahead; every outcome releases the claim.
 */
@Embeddable
public class Delivery {

    @Enumerated(EnumType.STRING)
    private MailStatus status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_reply")
    private String lastReply;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivered_to")
    private Destination deliveredTo;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected Delivery() {
    }

    static Delivery dueAt(Instant at) {
        var delivery = new Delivery();
        delivery.status = MailStatus.PENDING;
        delivery.nextAttemptAt = at;
        return delivery;
    }

    boolean isClaimedBy(String claimer) {
        return status == MailStatus.PENDING && claimer.equals(claimedBy);
    }

    void delivered(Destination destination, Instant now) {
        attempts++;
        deliveredTo = destination;
        lastReply = null;
        finish(MailStatus.DELIVERED, now);
    }

    void retryAt(String reply, Instant next) {
        attempts++;
        lastReply = reply;
        nextAttemptAt = next;
        release();
    }

    void failed(MailStatus finalStatus, String reply, Instant now) {
        attempts++;
        lastReply = reply;
        finish(finalStatus, now);
    }

    void finish(MailStatus finalStatus, Instant now) {
        status = finalStatus;
        finishedAt = now;
        release();
    }

    private void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<Instant> claimedUntil() {
        return Optional.ofNullable(claimedUntil);
    }

    public Optional<String> lastReply() {
        return Optional.ofNullable(lastReply);
    }

    public Optional<Destination> deliveredTo() {
        return Optional.ofNullable(deliveredTo);
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }
}
