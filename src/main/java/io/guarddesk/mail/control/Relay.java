package io.guarddesk.mail.control;

import java.time.Clock;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox (R7.2): claims due rows, sends each through the transport with no
 * transaction open, and records each outcome in a transaction of its own. Any number of relays
 * may run against one database (see {@link Claims}); a relay that dies between claim and outcome
 * loses nothing, its rows are claimed again once their lease has run out.
 *
 * <p>Delivery is at least once, as with any SMTP client: a crash after the server accepted a
 * message and before its outcome committed sends it again after the lease. The message keeps
 * its Message-ID, so the receiving side can recognise the repeat.
 */
public final class Relay {

    private static final Logger LOG = Logger.getLogger(Relay.class.getName());

    private final Transactions transactions;
    private final MailTransport transport;
    private final Clock clock;
    private final RelaySettings settings;
    private final Outcomes outcomes;

    public Relay(Transactions transactions, MailTransport transport, Clock clock, RelaySettings settings) {
        this.transactions = transactions;
        this.transport = transport;
        this.clock = clock;
        this.settings = settings;
        this.outcomes = new Outcomes(settings.backoff());
    }

    /** One pass over what is due now; answers how many outcomes it recorded. */
    public int runOnce() {
        var claimer = UUID.randomUUID().toString();
        var claimed = transactions.inNewTransaction(em -> Claims.claim(em, claimer, clock.instant(), settings.lease(), settings.batch()));
        int recorded = 0;
        for (var mail : claimed) {
            if (clock.instant().plus(settings.sendTime()).isAfter(mail.claimedUntil())) {
                break;
            }
            var result = sendSafely(mail);
            boolean kept = transactions.inNewTransaction(em ->
                    outcomes.record(em, mail.id(), claimer, result, transport.destination(), clock.instant()));
            if (kept) {
                recorded++;
                log(mail, result);
            } else {
                LOG.warning(() -> "Outbox mail " + mail.id() + " was claimed again before its outcome was recorded");
            }
        }
        return recorded;
    }

    private SendResult sendSafely(Envelope mail) {
        try {
            return transport.send(mail);
        } catch (RuntimeException e) {
            // the exception's text could quote the message; its type is enough to act on (R4.3)
            LOG.log(Level.WARNING, "Outbox mail {0}: the transport failed with {1}", new Object[]{mail.id(), e.getClass().getName()});
            return new SendResult.RetryLater("transport error " + e.getClass().getSimpleName());
        }
    }

    private static void log(Envelope mail, SendResult result) {
        if (!(result instanceof SendResult.Delivered)) {
            LOG.info(() -> "Outbox mail " + mail.id() + ": " + result.getClass().getSimpleName());
        }
    }
}
