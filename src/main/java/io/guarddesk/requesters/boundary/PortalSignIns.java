package io.guarddesk.requesters.boundary;

import io.guarddesk.mail.boundary.Letter;
import io.guarddesk.mail.boundary.Outbox;
import io.guarddesk.platform.Boundary;
import io.guarddesk.platform.PublicUrls;
import io.guarddesk.platform.RateLimits;
import io.guarddesk.platform.Secrets;
import io.guarddesk.platform.Validation;
import io.guarddesk.requesters.control.ConfirmationLinks;
import io.guarddesk.requesters.entity.Confirmation;
import io.guarddesk.requesters.entity.Purpose;
import io.guarddesk.tickets.boundary.PublicLimits;
import io.guarddesk.tickets.control.Intake;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Signing in to the customer portal by a one-time link mailed to the address (R1.7): whoever
 * follows it controls the address, so a signed-in customer is a verified requester. The request
 * is answered the same whatever the address; the link lives 30 minutes and works once; at most
 * 3 such mails an hour and 10 a day go to one address.
 */
@Boundary
public class PortalSignIns {

    static final String KIND = "SIGN_IN";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    PublicUrls urls;

    @Inject
    RateLimits rateLimits;

    @Inject
    PublicLimits limits;

    @Inject
    AddressMailLimits mailLimits;

    @Inject
    Validation validation;

    @Inject
    @ConfigProperty(name = "guarddesk.portal.link-minutes", defaultValue = "30")
    long minutes;

    public void requestLink(String address, Locale language, String client) {
        rateLimits.consume(limits.perClient(), client);
        var request = new SignInRequest(Intake.email(address));
        validation.check(request, language);
        var email = request.email();
        var now = clock.instant();
        if (!mailLimits.allow(email, KIND)) {
            // over the limit nothing changes: the link already sent keeps working
            return;
        }
        em.createNamedQuery(Confirmation.LIVE_FOR_ADDRESS, Confirmation.class)
                .setParameter("email", email)
                .setParameter("purpose", Purpose.PORTAL)
                .getResultList()
                .forEach(older -> older.voidAt(now));
        var token = Secrets.random(32);
        em.persist(new Confirmation(Secrets.sha256(token), Purpose.PORTAL, null, email, now, now.plus(Duration.ofMinutes(minutes))));
        outbox.enqueue(new Letter(email, email, language, "sign-in",
                Map.of("link", urls.base() + "/portal/enter?token=" + token, "minutes", Long.toString(minutes)), null, KIND));
    }

    /** Whether a sign-in link still works; opening the page only looks (mail scanners open links too). */
    public boolean usable(String token) {
        return find(token, LockModeType.NONE).filter(c -> c.stateAt(clock.instant()) == Confirmation.State.USABLE).isPresent();
    }

    /** The address a sign-in link proves, once: used by the page's button, not by opening it. */
    public Optional<String> enter(String token) {
        return find(token, LockModeType.PESSIMISTIC_WRITE)
                .filter(c -> c.redeem(clock.instant()) == Confirmation.State.REDEEMED)
                .map(Confirmation::getEmail);
    }

    private Optional<Confirmation> find(String token, LockModeType lock) {
        return ConfirmationLinks.find(em, token, Purpose.PORTAL, lock);
    }
}
