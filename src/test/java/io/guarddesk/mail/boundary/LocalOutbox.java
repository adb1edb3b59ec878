package io.guarddesk.mail.boundary;

import io.guarddesk.mail.control.Composer;
import jakarta.persistence.EntityManager;

import java.time.Clock;

/** The outbox outside the container, for other features' database tests. */
public final class LocalOutbox {

    private LocalOutbox() {
    }

    public static Outbox of(EntityManager em, Clock clock, String publicBase, MailScreen screen) {
        return new Outbox(em, clock, new Composer(publicBase), screen);
    }
}
