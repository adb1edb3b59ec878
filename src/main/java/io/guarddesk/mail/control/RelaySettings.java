package io.guarddesk.mail.control;

import java.time.Duration;

/**
 * How a relay claims: {@code lease} is how long a claimed row stays with the relay that took it,
 * {@code sendTime} how long one send may take at most (the transport's timeouts); a row whose
 * lease has less than that left is not sent but left to the next claim, so a slow send never
 * overlaps with another instance's claim of the same row.
 */
public record RelaySettings(Duration lease, Duration sendTime, int batch, Backoff backoff) {

    public RelaySettings {
        if (sendTime.compareTo(lease) >= 0 || batch < 1) {
            throw new IllegalArgumentException("The lease must outlast a send, and a batch hold at least one mail");
        }
    }
}
