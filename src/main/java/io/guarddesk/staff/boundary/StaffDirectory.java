package io.guarddesk.staff.boundary;

import io.guarddesk.platform.Boundary;
import io.guarddesk.platform.InvalidInputException;
import io.guarddesk.platform.Validation;
import io.guarddesk.staff.control.PasswordHashing;
import io.guarddesk.staff.entity.Role;
import io.guarddesk.staff.entity.StaffUser;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Who works at the desk: look-ups other features use (assignees, authors). */
@Boundary
public class StaffDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validation validation;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    public Optional<StaffUser> find(String username) {
        return em.createNamedQuery(StaffUser.BY_USERNAME, StaffUser.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    public StaffUser get(String username) {
        return find(username).orElseThrow(() -> new IllegalStateException("signed-in staff member vanished: " + username));
    }

    public List<StaffUser> all() {
        // the roles of everyone in one more query, not one query per person (the queue page asks on every view)
        return em.createQuery("SELECT s FROM StaffUser s ORDER BY s.username", StaffUser.class)
                .setHint("eclipselink.batch", "s.roles")
                .getResultList();
    }

    /** Adds a staff member; the password is kept only as a PBKDF2 hash (R4.2). */
    public StaffUser add(NewStaffMember member, Locale locale) {
        validation.check(member, locale);
        if (find(member.username).isPresent()) {
            throw new InvalidInputException("username", "This user name is taken; choose another.");
        }
        var roles = member.roles.stream().map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        var user = new StaffUser(member.username, member.displayName.strip(), member.email.strip().toLowerCase(Locale.ROOT),
                passwords.hash(member.password), roles, clock.instant());
        em.persist(user);
        em.flush();
        return user;
    }

    /** Active staff who can work tickets, for the assignee choice. */
    public List<StaffUser> ticketWorkers() {
        return all().stream()
                .filter(StaffUser::isActive)
                .filter(s -> s.has(Role.AGENT) || s.has(Role.SUPERVISOR))
                .toList();
    }

    /** Active supervisors: the security team every security ticket is routed to (R3.2). */
    public List<StaffUser> supervisors() {
        return all().stream().filter(StaffUser::isActive).filter(s -> s.has(Role.SUPERVISOR)).toList();
    }

    /** Active privacy officers (R3.3); usually one. */
    public List<StaffUser> privacyOfficers() {
        return supervisors().stream().filter(StaffUser::isPrivacyOfficer).toList();
    }
}
