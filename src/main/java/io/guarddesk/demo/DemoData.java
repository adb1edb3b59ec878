package io.guarddesk.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Logger;

/** Loads the demo once, right after the schema is migrated. */
@Startup
@Singleton
@DependsOn({"DatabaseMigration", "ClassifierRulesStartup"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "guarddesk.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoDataWriter writer;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        if (writer.writeIfEmpty()) {
            LOG.info("Demo data loaded: staff agent, agent2, supervisor, admin (passwords in the README) and sample tickets");
        }
    }
}
