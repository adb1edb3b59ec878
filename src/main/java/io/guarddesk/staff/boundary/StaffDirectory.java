package io.guarddesk.staff.boundary;

import io.guarddesk.platform.Boundary;
import io.guarddesk.staff.entity.Role;
import io.guarddesk.staff.entity.StaffUser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Who works at the desk: look-ups other features use (assignees, authors). */
@Boundary
public class StaffDirectory {

    @PersistenceContext
    EntityManager em;

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
        return em.createQuery("SELECT s FROM StaffUser s ORDER BY s.username", StaffUser.class).getResultList();
    }

    /** Active staff who can work tickets, for the assignee choice. */
    public List<StaffUser> ticketWorkers() {
        return all().stream()
                .filter(StaffUser::isActive)
                .filter(s -> s.has(Role.AGENT) || s.has(Role.SUPERVISOR))
                .toList();
    }
}
