package io.guarddesk.routing.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * After the migrations: installs the default classifier rules into an empty table and compiles
 * them, so the first form submission is classified without waiting for a build.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class ClassifierRulesStartup {

    private static final Logger LOG = Logger.getLogger(ClassifierRulesStartup.class.getName());

    @Inject
    ClassifierRules rules;

    @PostConstruct
    void start() {
        int installed = rules.installDefaults();
        if (installed > 0) {
            LOG.info(() -> "Security classifier: " + installed + " default rules installed");
        }
        rules.classify("", "");
    }
}
