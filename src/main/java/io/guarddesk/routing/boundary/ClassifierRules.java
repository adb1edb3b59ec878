package io.guarddesk.routing.boundary;

import io.guarddesk.audit.entity.AuditAction;
import io.guarddesk.audit.entity.SensitiveAction;
import io.guarddesk.platform.Boundary;
import io.guarddesk.platform.DeskException;
import io.guarddesk.platform.InvalidInputException;
import io.guarddesk.routing.control.Classification;
import io.guarddesk.routing.control.DefaultRules;
import io.guarddesk.routing.control.RuleCheck;
import io.guarddesk.routing.control.RuleDefinition;
import io.guarddesk.routing.control.RuleSet;
import io.guarddesk.routing.control.StoredRule;
import io.guarddesk.routing.control.Trial;
import io.guarddesk.routing.entity.ClassifierRule;
import io.guarddesk.routing.entity.ClassifierRulesChanged;
import io.guarddesk.routing.entity.ClassifierRulesVersion;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The desk's security classifier (R3.1, source 2): whether a ticket's subject and body are a
 * security or privacy matter, by rules admins edit. Classifying is cheap enough for every form
 * submission: the compiled rules are cached and only re-read when the version row moved (checked
 * at most every {@link ClassifierCache#CHECK_EVERY}, at once after a change made here).
 */
@Boundary
public class ClassifierRules {

    private static final Logger LOG = Logger.getLogger(ClassifierRules.class.getName());
    static final String SYSTEM = "system";

    @Inject
    Event<SensitiveAction> audit;

    @PersistenceContext
    EntityManager em;

    @Inject
    ClassifierCache cache;

    @Inject
    Clock clock;

    @Inject
    Event<ClassifierRulesChanged> changed;

    /**
     * Classifies a ticket's text. Joins the caller's transaction and neither writes nor flushes
     * anything; the result names the rules that fired by their patterns, never the text.
     */
    public Classification classify(String subject, String body) {
        return compiled().classify(subject, body);
    }

    /** As {@link #classify}, with the suppressing rules that explained a signal away: for admins trying a text. */
    public Trial trial(String subject, String body) {
        return compiled().explain(subject, body);
    }

    public List<ClassifierRule> all() {
        return em.createNamedQuery(ClassifierRule.ALL, ClassifierRule.class).setFlushMode(FlushModeType.COMMIT).getResultList();
    }

    public ClassifierRule add(RuleInput input, String admin, Locale locale) {
        var version = lockVersion();
        var rule = checked(input, null, locale);
        var stored = new ClassifierRule(rule.pattern(), rule.language(), rule.kind(), rule.enabled(), rule.note(), admin, clock.instant());
        em.persist(stored);
        em.flush();
        changedNow(version);
        audited(admin, stored, "added");
        return stored;
    }

    public ClassifierRule update(long id, RuleInput input, String admin, Locale locale) {
        var version = lockVersion();
        var stored = find(id);
        var rule = checked(input, id, locale);
        stored.change(rule.pattern(), rule.language(), rule.kind(), rule.enabled(), rule.note(), admin, clock.instant());
        em.flush();
        changedNow(version);
        audited(admin, stored, "changed");
        return stored;
    }

    /** Enables or disables a rule, keeping everything else as it is. */
    public ClassifierRule setEnabled(long id, boolean enabled, String admin, Locale locale) {
        var current = find(id);
        return update(id, new RuleInput(current.getPattern(), current.getLanguage().code(), current.getKind().name(), enabled,
                current.getNote()), admin, locale);
    }

    /**
     * Inserts the default rules when the table is empty (a new desk); an emptied table stays as the
     * admins left it only if they disabled rules, since rules are never deleted.
     *
     * @return how many rules were inserted
     */
    public int installDefaults() {
        var version = lockVersion();
        long count = em.createQuery("SELECT COUNT(r) FROM ClassifierRule r", Long.class).getSingleResult();
        if (count > 0) {
            return 0;
        }
        var now = clock.instant();
        var defaults = DefaultRules.load();
        for (var rule : defaults) {
            em.persist(new ClassifierRule(rule.pattern(), rule.language(), rule.kind(), rule.enabled(), rule.note(), SYSTEM, now));
        }
        em.flush();
        changedNow(version);
        return defaults.size();
    }

    private ClassifierRule find(long id) {
        return Optional.ofNullable(em.find(ClassifierRule.class, id)).orElseThrow(ClassifierRuleNotFoundException::new);
    }

    private RuleDefinition checked(RuleInput input, Long replacing, Locale locale) {
        Objects.requireNonNull(input, "input");
        var stored = all().stream().map(r -> new StoredRule(r.getId(), definition(r))).toList();
        var outcome = RuleCheck.check(input.getPattern(), input.getLanguage(), input.getKind(), input.getEnabled(), input.getNote(),
                replacing, stored);
        if (outcome instanceof RuleCheck.Valid valid) {
            return valid.rule();
        }
        var problems = ((RuleCheck.Invalid) outcome).problems().stream()
                .map(p -> new DeskException.FieldError(p.field(), RuleTexts.of(locale, p.key(), p.arguments().toArray())))
                .toList();
        throw new InvalidInputException(problems);
    }

    /** R6.1: a rule decides which tickets only supervisors see; its changes are audited (the pattern, never a message). */
    private void audited(String admin, ClassifierRule rule, String what) {
        var detail = "rule " + rule.getId() + " " + what + "; " + rule.getKind() + (rule.isEnabled() ? "" : " (disabled)");
        audit.fire(SensitiveAction.of(admin, AuditAction.CLASSIFIER_RULE_CHANGE, null, "OK").withDetail(detail));
    }

    /** Every write takes the version row first: writes are serialised, and each moves the version once. */
    private ClassifierRulesVersion lockVersion() {
        return Objects.requireNonNull(em.find(ClassifierRulesVersion.class, ClassifierRulesVersion.ID, LockModeType.PESSIMISTIC_WRITE),
                "classifier_rules_version row missing (V8 migration)");
    }

    private void changedNow(ClassifierRulesVersion version) {
        changed.fire(new ClassifierRulesChanged(version.next()));
    }

    private RuleSet compiled() {
        return cache.rules(this::storedVersion, this::storedRules);
    }

    private long storedVersion() {
        return em.createQuery("SELECT v.version FROM ClassifierRulesVersion v WHERE v.id = :id", Long.class)
                .setParameter("id", ClassifierRulesVersion.ID)
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult();
    }

    private List<RuleDefinition> storedRules() {
        var rules = all().stream().map(ClassifierRules::definition).toList();
        var compiled = RuleSet.compile(rules);
        // patterns are admins' text, never a customer's: fine to log (R4.3)
        compiled.skipped().forEach(s -> LOG.warning(() -> "Classifier rule skipped, its pattern no longer parses: " + s.pattern()
                + " (" + s.problem().kind() + ")"));
        LOG.info(() -> "Security classifier: " + compiled.signals() + " signal and " + compiled.suppressors() + " suppressing rules");
        return rules;
    }

    static RuleDefinition definition(ClassifierRule rule) {
        return new RuleDefinition(rule.getPattern(), rule.getLanguage(), rule.getKind(), rule.isEnabled(), rule.getNote());
    }
}
