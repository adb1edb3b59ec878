package io.guarddesk.routing.boundary;

import io.guarddesk.routing.control.RuleDefinition;
import io.guarddesk.routing.control.RuleSet;
import io.guarddesk.routing.control.RuleSetCache;
import io.guarddesk.routing.entity.ClassifierRulesChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * This instance's compiled classifier rules. A plain CDI bean, not the transactional boundary: it
 * observes changes after commit, where a transaction interceptor has nothing to do, and it never
 * touches the database itself — {@link ClassifierRules} hands it the reads.
 */
@ApplicationScoped
public class ClassifierCache {

    /** How stale another instance's change may be here: one read of the version row per period. */
    static final Duration CHECK_EVERY = Duration.ofSeconds(2);

    private final RuleSetCache cache = new RuleSetCache(CHECK_EVERY, System::nanoTime);

    /** Public, not package-private: called through the client proxy, which must reach the one contextual instance. */
    public RuleSet rules(LongSupplier storedVersion, Supplier<List<RuleDefinition>> storedRules) {
        return cache.rules(storedVersion, storedRules);
    }

    void changedHere(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClassifierRulesChanged changed) {
        cache.invalidate();
    }
}
