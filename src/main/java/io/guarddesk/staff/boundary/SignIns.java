package io.guarddesk.staff.boundary;

import io.guarddesk.platform.Boundary;
import io.guarddesk.staff.control.PasswordHashing;
import io.guarddesk.staff.control.SignInBackoff;
import io.guarddesk.staff.control.SignInResult;
import io.guarddesk.staff.entity.StaffUser;
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
 * response time tells an attacker which names are real.
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

    private final Map<String, Integer> unknownNameFailures = new ConcurrentHashMap<>();

    public SignInResult signIn(String username, String password) {
        var now = clock.instant();
        var found = find(username);
        if (found.isEmpty()) {
            return unknownName(username, password, now);
        }
        var staff = found.get();
        if (staff.lockedAt(now)) {
            return new SignInResult.Paused(staff.lockedUntil().orElse(now));
        }
        if (!staff.isActive() || !passwords.matches(password, staff.getPasswordHash())) {
            staff.failedSignIn(SignInBackoff.pausedUntil(staff.getFailedSignIns() + 1, now).orElse(null));
            return new SignInResult.Rejected();
        }
        staff.succeededSignIn();
        return new SignInResult.SignedIn(staff.getUsername(), staff.getDisplayName(), staff.getRoles());
    }

    private SignInResult unknownName(String username, String password, Instant now) {
        passwords.verifyNothing(password);
        if (unknownNameFailures.size() > MAX_UNKNOWN_NAMES) {
            unknownNameFailures.clear();
        }
        int failures = unknownNameFailures.merge(username, 1, Integer::sum);
        // The pause of a real account would start at its own failure; approximate with now.
        return SignInBackoff.pausedUntil(failures - 1, now)
                .<SignInResult>map(SignInResult.Paused::new)
                .orElseGet(SignInResult.Rejected::new);
    }

    private Optional<StaffUser> find(String username) {
        return em.createNamedQuery(StaffUser.BY_USERNAME, StaffUser.class)
                .setParameter("username", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }
}
