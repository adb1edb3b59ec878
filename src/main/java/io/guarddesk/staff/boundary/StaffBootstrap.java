package io.guarddesk.staff.boundary;

import io.guarddesk.staff.control.PasswordHashing;
import io.guarddesk.staff.entity.Role;
import io.guarddesk.staff.entity.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The first admin of a production desk: with no staff at all and {@code GUARDDESK_ADMIN_PASSWORD}
 * set, an {@code admin} account is created with that password, once. Without it an empty desk
 * would have nobody who may add staff.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigration", "DemoData"})
public class StaffBootstrap {

    private static final Logger LOG = Logger.getLogger(StaffBootstrap.class.getName());
    static final int MIN_PASSWORD = 12;

    @Inject
    @ConfigProperty(name = "guarddesk.admin-password")
    Optional<String> adminPassword;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    @PostConstruct
    void createFirstAdmin() {
        if (adminPassword.isEmpty() || em.createQuery("SELECT COUNT(s) FROM StaffUser s", Long.class).getSingleResult() > 0) {
            return;
        }
        if (adminPassword.get().length() < MIN_PASSWORD) {
            LOG.severe("GUARDDESK_ADMIN_PASSWORD is shorter than " + MIN_PASSWORD + " characters; no admin was created");
            return;
        }
        em.persist(new StaffUser("admin", "Administrator", "admin@localhost", passwords.hash(adminPassword.get()),
                EnumSet.of(Role.ADMIN), clock.instant()));
        LOG.info("Created the first admin account \"admin\" from GUARDDESK_ADMIN_PASSWORD");
    }
}
