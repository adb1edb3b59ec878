package io.guarddesk.routing.boundary;

import io.guarddesk.platform.InvalidInputException;
import io.guarddesk.routing.control.DefaultRules;
import io.guarddesk.routing.entity.ClassifierRule;
import io.guarddesk.routing.entity.ClassifierRulesChanged;
import io.guarddesk.testing.Databases;
import io.guarddesk.testing.OnEachDatabase;
import io.guarddesk.audit.entity.SensitiveAction;
import io.guarddesk.testing.RecordingEvent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.DisplayName;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The classifier's rules in a real database (R3.1), on H2 and PostgreSQL: the V8 schema, the
 * defaults installed once, admin changes stored and seen by a second instance. The boundary runs
 * outside the container, wired by hand; each call is one local transaction, as in the container.
 */
class StoredClassifierRulesIT {

    private static final Locale JA = Locale.JAPANESE;

    @OnEachDatabase
    @DisplayName("R3.1 the defaults go into an empty table once; a rule an admin adds is stored and classifies here and on another instance")
    void defaultsThenAdminRule(Databases.Target database) {
        try (var factory = database.migratedUnit()) {
            var here = instance(factory);
            var other = instance(factory);

            assertThat(inTransaction(here, () -> here.rules.installDefaults())).isEqualTo(DefaultRules.load().size());
            assertThat(inTransaction(here, () -> here.rules.installDefaults())).as("only into an empty table").isZero();
            assertThat(inTransaction(other, () -> other.rules.classify("", "配達予定のない宅配便の通知")).security()).isFalse();

            var added = inTransaction(here, () -> here.rules.add(new RuleInput("配達予定のない ... (宅配便|不在票)", "ja", "SIGNAL", null,
                    "incident 3: a carrier's mail"), "admin", JA));
            here.afterCommit();

            assertThat(added.getId()).isPositive();
            assertThat(added.getUpdatedBy()).isEqualTo("admin");
            assertThat(here.audited.fired()).as("R6.1 the admin's rule change is audited, the installed defaults are not")
                    .singleElement().satisfies(a -> {
                        assertThat(a.actor()).isEqualTo("admin");
                        assertThat(a.action()).isEqualTo(io.guarddesk.audit.entity.AuditAction.CLASSIFIER_RULE_CHANGE);
                        assertThat(a.detail()).contains("rule " + added.getId() + " added");
                    });
            assertThat(inTransaction(here, () -> here.rules.classify("", "配達予定のない宅配便の通知")).matchedRules())
                    .containsExactly("配達予定のない ... (宅配便|不在票)");
            var fresh = instance(factory);
            assertThat(inTransaction(fresh, () -> fresh.rules.classify("", "配達予定のない宅配便の通知")).security())
                    .as("an instance that starts now reads the stored rule").isTrue();
        }
    }

    @OnEachDatabase
    @DisplayName("R3.1 an admin disables and changes a rule; a refused change names the fields in the admin's language and stores nothing")
    void changeDisableRefuse(Databases.Target database) {
        try (var factory = database.migratedUnit()) {
            var desk = instance(factory);
            var rule = inTransaction(desk, () -> desk.rules.add(new RuleInput("hacked", "en", "SIGNAL", true, null), "admin", Locale.ENGLISH));
            desk.afterCommit();
            assertThat(inTransaction(desk, () -> desk.rules.classify("HACKED", "")).security()).isTrue();

            inTransaction(desk, () -> desk.rules.setEnabled(rule.getId(), false, "admin2", Locale.ENGLISH));
            desk.afterCommit();
            assertThat(inTransaction(desk, () -> desk.rules.classify("HACKED", "")).security()).isFalse();
            var stored = inTransaction(desk, () -> desk.rules.all());
            assertThat(stored).singleElement().satisfies(r -> {
                assertThat(r.isEnabled()).isFalse();
                assertThat(r.getUpdatedBy()).isEqualTo("admin2");
                assertThat(r.getPattern()).isEqualTo("hacked");
            });

            assertThatThrownBy(() -> inTransaction(desk, () -> desk.rules.update(rule.getId(), new RuleInput("hack.*", "fr", "SIGNAL", true,
                    null), "admin", JA)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly("pattern", "language");
                        assertThat(e.fieldErrors().get(0).message()).contains("正規表現").contains(".*");
                    });
            assertThatThrownBy(() -> inTransaction(desk, () -> desk.rules.add(new RuleInput(" HACKED ", "en", "SIGNAL", true, null), "admin",
                    Locale.ENGLISH)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get(0).message())
                            .contains("Rule " + rule.getId()));
            assertThatThrownBy(() -> inTransaction(desk, () -> desk.rules.update(999_999L, new RuleInput("x y", "en", "SIGNAL", true, null),
                    "admin", Locale.ENGLISH)))
                    .isInstanceOf(ClassifierRuleNotFoundException.class);
            assertThat(inTransaction(desk, () -> desk.rules.all())).singleElement()
                    .satisfies(r -> assertThat(r.getPattern()).isEqualTo("hacked"));
        }
    }

    /** One instance of the desk: its own cache and persistence context, sharing the database. */
    private static final class Instance {
        final ClassifierRules rules = new ClassifierRules();
        final RecordingEvent<ClassifierRulesChanged> events = new RecordingEvent<>();
        final RecordingEvent<SensitiveAction> audited = new RecordingEvent<>();
        final EntityManager em;
        int delivered;

        Instance(EntityManagerFactory factory) {
            em = factory.createEntityManager();
            rules.em = em;
            rules.cache = new ClassifierCache();
            rules.clock = Clock.fixed(Instant.parse("2026-05-01T09:00:00Z"), ZoneOffset.UTC);
            rules.changed = events;
            rules.audit = audited;
        }

        /** What the container does once a changing transaction committed: the cache observes the event. */
        void afterCommit() {
            var fired = events.fired();
            fired.subList(delivered, fired.size()).forEach(rules.cache::changedHere);
            delivered = fired.size();
        }

        /** Events of a rolled-back transaction are never observed after success. */
        void rolledBack() {
            delivered = events.fired().size();
        }
    }

    private static Instance instance(EntityManagerFactory factory) {
        return new Instance(factory);
    }

    private static <T> T inTransaction(Instance instance, Supplier<T> work) {
        var transaction = instance.em.getTransaction();
        transaction.begin();
        try {
            T result = work.get();
            transaction.commit();
            instance.em.clear();
            return result;
        } catch (RuntimeException e) {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            instance.em.clear();
            instance.rolledBack();
            throw e;
        }
    }
}
