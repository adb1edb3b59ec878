package io.guarddesk.staff.boundary;

import io.guarddesk.audit.entity.AuditAction;
import io.guarddesk.audit.entity.SensitiveAction;
import io.guarddesk.platform.Boundary;
import io.guarddesk.platform.InvalidInputException;
import io.guarddesk.platform.Texts;
import io.guarddesk.platform.Validation;
import io.guarddesk.staff.control.StaffSettings;
import io.guarddesk.staff.entity.Role;
import io.guarddesk.staff.entity.StaffUser;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An admin changes what a staff member may do: roles, active, privacy officer. Every real change
 * is a ROLE_CHANGE entry of the audit log in the same transaction (R6.1). A signed-in page
 * session keeps the roles it signed in with until it ends; the API sees a change at once.
 */
@Boundary
public class StaffChanges {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validation validation;

    @Inject
    StaffDirectory directory;

    @Inject
    Event<SensitiveAction> audit;

    public StaffUser change(String username, StaffChange change, String admin, Locale locale) {
        var user = directory.find(username)
                .orElseThrow(() -> new StaffNotFoundException(Texts.of(locale, "staff.change.notFound")));
        validation.check(change, locale);
        var wanted = new StaffSettings(change.roles.stream().map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))), change.active, change.privacyOfficer);
        if (wanted.privacyOfficer() && !wanted.roles().contains(Role.SUPERVISOR)) {
            throw new InvalidInputException("privacyOfficer", Texts.of(locale, "staff.change.privacyOfficer"));
        }
        // Locked, so two admins changing one member one after the other both see the other's result.
        em.refresh(user, LockModeType.PESSIMISTIC_WRITE);
        if (user.isActive() && user.has(Role.ADMIN) && !(wanted.active() && wanted.roles().contains(Role.ADMIN))
                && otherActiveAdmins(user) == 0) {
            throw new StaffChangeRefusedException(Texts.of(locale, "staff.change.lastAdmin"));
        }
        var before = StaffSettings.of(user);
        user.assign(wanted.roles(), wanted.active(), wanted.privacyOfficer());
        StaffSettings.of(user).changedFrom(before).ifPresent(detail -> audit.fire(
                new SensitiveAction(admin, AuditAction.ROLE_CHANGE, null, null, "OK", "staff " + username + "; " + detail)));
        return user;
    }

    private long otherActiveAdmins(StaffUser user) {
        return directory.all().stream()
                .filter(s -> !s.getId().equals(user.getId()))
                .filter(StaffUser::isActive)
                .filter(s -> s.has(Role.ADMIN))
                .count();
    }
}
