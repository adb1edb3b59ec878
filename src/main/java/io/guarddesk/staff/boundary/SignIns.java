package io.guarddesk.staff.boundary;

import io.guarddesk.audit.entity.SensitiveAction;
import io.guarddesk.platform.Boundary;
import io.guarddesk.staff.control.PasswordHashing;
import io.guarddesk.staff.control.SignInAudit;
import io.guarddesk.staff.control.SignInBackoff;
import io.guarddesk.staff.control.SignInResult;
import io.guarddesk.staff.entity.StaffUser;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a staff name and password, with back-off per account. Names that do not exist get the
 * same back-off (kept in memory) and the same timing, so neither the pause message nor the
 * response time tells an attacker which names are real. Every attempt, for a real name or not, is
 * an entry of the audit log in the same transaction (R6.1): both kinds cost the same append.
 */
@Boundary
public class SignIns {

    private static final int MAX_UNKNOWN_NAMES = 100_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    @Inject
    Event<SensitiveAction> audit;

    private final Map<String, UnknownName> unknownNames = new ConcurrentHashMap<>();

    public SignInResult signIn(String username, String password) {
        var found = find(username);
        var result = check(found, username, password);
        audit.fire(SignInAudit.of(found.map(StaffUser::getUsername), result));
        return result;
    }

    private SignInResult check(Optional<StaffUser> found, String username, String password) {
        var now = clock.instant();
        // Exactly one PBKDF2 check whatever the outcome (unknown, inactive, paused, wrong,
        // right), so the response time tells nothing about which names exist.
        boolean matches = found.filter(StaffUser::isActive)
                .map(staff -> passwords.matches(password, staff.getPasswordHash()))
                .orElseGet(() -> {
                    passwords.verifyNothing(password);
                    return false;
                });
        if (found.isEmpty()) {
            return unknownName(username, now);
        }
        // Lock only now, after the slow hash, and only to count: sign-ins of one user queue briefly.
        var staff = found.get();
        em.refresh(staff, LockModeType.PESSIMISTIC_WRITE);
        if (staff.lockedAt(now)) {
            return new SignInResult.Paused(staff.lockedUntil().orElse(now));
        }
        if (!matches) {
            staff.failedSignIn(SignInBackoff.pausedUntil(staff.getFailedSignIns() + 1, now).orElse(null));
            return new SignInResult.Rejected();
        }
        staff.succeededSignIn();
        return new SignInResult.SignedIn(staff.getUsername(), staff.getDisplayName(), staff.getRoles());
    }

    /** A name that does not exist gets the very same back-off as one that does. */
    private SignInResult unknownName(String username, Instant now) {
        if (unknownNames.size() > MAX_UNKNOWN_NAMES) {
            unknownNames.values().removeIf(name -> !name.pausedAt(now));
        }
        var before = unknownNames.getOrDefault(username, new UnknownName(0, null));
        if (before.pausedAt(now)) {
            return new SignInResult.Paused(before.pausedUntil());
        }
        int failures = before.failures() + 1;
        unknownNames.put(username, new UnknownName(failures, SignInBackoff.pausedUntil(failures, now).orElse(null)));
        return new SignInResult.Rejected();
    }

    private Optional<StaffUser> find(String username) {
        return em.createNamedQuery(StaffUser.BY_USERNAME, StaffUser.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    private record UnknownName(int failures, Instant pausedUntil) {

        boolean pausedAt(Instant now) {
            return pausedUntil != null && pausedUntil.isAfter(now);
        }
    }
}
