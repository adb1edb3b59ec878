package io.guarddesk.disclosure.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/**
 * Builds the guard's index at startup, after the migrations and before the desk takes requests.
 * A separate EJB because the index itself must stay a plain CDI bean: it observes directory
 * changes after commit, where an EJB's transaction handling is in the way.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class GuardIndexStartup {

    @Inject
    GuardIndex index;

    @PostConstruct
    void build() {
        index.build();
    }
}
