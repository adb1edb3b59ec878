package io.guarddesk.accounts.boundary;

import io.guarddesk.accounts.control.ResetSignature;
import io.guarddesk.accounts.entity.CustomerAccount;
import io.guarddesk.accounts.entity.OwnerAddress;
import io.guarddesk.accounts.entity.ResetLink;
import io.guarddesk.platform.PublicUrls;
import io.guarddesk.platform.Secrets;
import io.guarddesk.staff.entity.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Password-reset links (R2.2): the desk never knows or sends a password; it hands the verified
 * owner of an account a signed one-time link to the company's own reset page
 * ({@code GUARDDESK_RESET_URL}), which checks the signature with the shared secret
 * ({@code GUARDDESK_RESET_SECRET}) and then uses the link up here, exactly once.
 */
@ApplicationScoped
public class ResetLinks {

    private static final Logger LOG = Logger.getLogger(ResetLinks.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PublicUrls urls;

    @Inject
    @ConfigProperty(name = "guarddesk.reset.secret")
    Optional<String> configuredSecret;

    @Inject
    @ConfigProperty(name = "guarddesk.reset.url")
    Optional<String> configuredUrl;

    @Inject
    @ConfigProperty(name = "guarddesk.reset.valid-minutes", defaultValue = "60")
    long validMinutes;

    private ResetSignature signature;

    @PostConstruct
    void configure() {
        byte[] secret;
        if (configuredSecret.filter(s -> !s.isBlank()).isEmpty()) {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            LOG.warning("GUARDDESK_RESET_SECRET is not set: reset links are signed with a key only this instance knows, "
                    + "so the company's service cannot check them. Set the same secret here and there.");
        } else {
            secret = configuredSecret.get().getBytes(StandardCharsets.UTF_8);
        }
        signature = new ResetSignature(secret);
    }

    public record Issued(String token, String link, Instant expiresAt) {
    }

    /**
     * A new link for {@code account}, which the caller has checked belongs to the verified
     * {@code requester}. Joins the caller's transaction: the link exists only if the reply commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Issued issue(CustomerAccount account, String requester, Long ticketId, StaffUser issuer) {
        var now = clock.instant();
        var expires = now.plus(Duration.ofMinutes(validMinutes));
        var token = signature.sign(account.getAccountNumber(), expires,
                Secrets.sha256(OwnerAddress.key(requester)), Secrets.random(16));
        em.persist(new ResetLink(Secrets.sha256(token), account, OwnerAddress.key(requester), ticketId, issuer, now, expires));
        return new Issued(token, link(token), expires);
    }

    /** Outcome of using a link up. */
    public sealed interface Redemption {
        record Redeemed(String accountNumber) implements Redemption { }
        record Refused(ResetLink.State state) implements Redemption { }
        record Unknown() implements Redemption { }
    }

    /** Uses a link up: valid once, then {@code USED}; a forged or unknown token is {@code Unknown}. */
    @Transactional
    public Redemption redeem(String token) {
        if (signature.verify(token).isEmpty()) {
            return new Redemption.Unknown();
        }
        return em.createNamedQuery(ResetLink.BY_HASH, ResetLink.class)
                .setParameter("hash", Secrets.sha256(token))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .<Redemption>map(link -> {
                    var state = link.stateAt(clock.instant());
                    if (state != ResetLink.State.VALID) {
                        return new Redemption.Refused(state);
                    }
                    link.use(clock.instant());
                    return new Redemption.Redeemed(link.getAccount().getAccountNumber());
                })
                .orElseGet(Redemption.Unknown::new);
    }

    /** Whether a link would work now, without using it (for the page that offers the button). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ResetLink.State> check(String token) {
        if (signature.verify(token).isEmpty()) {
            return Optional.empty();
        }
        return em.createNamedQuery(ResetLink.BY_HASH, ResetLink.class)
                .setParameter("hash", Secrets.sha256(token))
                .getResultStream()
                .findFirst()
                .map(link -> link.stateAt(clock.instant()));
    }

    /** Whether {@code token} was issued to {@code address}: a mail to that address may carry it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean issuedTo(String token, String address) {
        return signature.verify(token).isPresent() && em.createNamedQuery(ResetLink.BY_HASH, ResetLink.class)
                .setParameter("hash", Secrets.sha256(token))
                .getResultStream()
                .anyMatch(link -> link.isFor(OwnerAddress.key(address)));
    }

    private String link(String token) {
        var base = configuredUrl.filter(u -> !u.isBlank()).orElse(urls.base() + "/reset");
        return base + (base.contains("?") ? "&" : "?") + "token=" + token;
    }
}
