package io.guarddesk.staff.boundary;

import io.guarddesk.platform.Boundary;
import io.guarddesk.platform.CleanTextValidator;
import io.guarddesk.platform.InvalidInputException;
import io.guarddesk.staff.control.ApiTokenCodec;
import io.guarddesk.staff.entity.ApiToken;
import io.guarddesk.staff.entity.StaffUser;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

@Boundary
public class ApiTokens {

    static final int MAX_NAME = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    StaffDirectory staff;

    /** Creates a token and returns it in clear: the only time it is ever visible. */
    public CreatedToken create(String username, String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME || !CleanTextValidator.isClean(name, false)) {
            throw new InvalidInputException("name", "Give the token a name of 1 to " + MAX_NAME
                    + " characters, e.g. the script that uses it.");
        }
        name = name.strip();
        var owner = staff.get(username);
        var token = ApiTokenCodec.newToken();
        var entity = new ApiToken(owner, name, ApiTokenCodec.hash(token), ApiTokenCodec.hint(token), clock.instant());
        em.persist(entity);
        em.flush();
        return new CreatedToken(entity.getId(), name, token);
    }

    /** The staff member a presented token belongs to, if the token is live. */
    public Optional<StaffUser> authenticate(String token) {
        if (!ApiTokenCodec.looksLikeToken(token)) {
            return Optional.empty();
        }
        var found = em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", ApiTokenCodec.hash(token))
                .getResultStream()
                .filter(ApiToken::isUsable)
                .findFirst();
        found.ifPresent(t -> t.usedAt(clock.instant()));
        return found.map(ApiToken::getStaff);
    }

    public List<ApiToken> of(String username) {
        return em.createNamedQuery(ApiToken.BY_STAFF, ApiToken.class)
                .setParameter("staff", staff.get(username))
                .getResultList();
    }

    /** Revokes one of the caller's own tokens; another person's token is "not found". */
    public void revoke(String username, long id) {
        var token = Optional.ofNullable(em.find(ApiToken.class, id))
                .filter(t -> t.getStaff().getUsername().equals(username))
                .orElseThrow(ApiTokenNotFoundException::new);
        token.revoke(clock.instant());
    }

    public record CreatedToken(long id, String name, String token) {
    }
}
