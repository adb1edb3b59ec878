package io.guarddesk.routing.control;

import io.guarddesk.routing.entity.RuleKind;
import io.guarddesk.routing.entity.RuleLanguage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compiled rules of each instance follow the stored rules (R3.1): a rule an admin adds takes
 * effect here at once and on every other instance within the check period, without reading the
 * rules on every classification.
 */
class ClassifierCacheTest {

    /** The shared database: rules and the version row. */
    private final List<RuleDefinition> stored = new ArrayList<>(List.of(signal("hacked")));
    private final AtomicLong version = new AtomicLong(1);
    private final AtomicInteger versionReads = new AtomicInteger();
    private final AtomicInteger ruleReads = new AtomicInteger();
    private final AtomicLong now = new AtomicLong();

    private final RuleSetCache here = new RuleSetCache(Duration.ofSeconds(2), now::get);
    private final RuleSetCache otherInstance = new RuleSetCache(Duration.ofSeconds(2), now::get);

    @Test
    @DisplayName("R3.1 an admin rule added here takes effect at the next classification; other instances follow within the period")
    void addedRuleTakesEffect() {
        assertThat(tags(here, "leak of my data")).isFalse();
        assertThat(tags(otherInstance, "leak of my data")).isFalse();

        addRule(signal("leak of my data"));
        here.invalidate();

        assertThat(tags(here, "leak of my data")).isTrue();
        assertThat(tags(otherInstance, "leak of my data")).as("not yet checked").isFalse();
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(tags(otherInstance, "leak of my data")).isTrue();
    }

    @Test
    @DisplayName("R3.1 within the period classification reads nothing; after it, one version read; the rules only when it moved")
    void readsAreRare() {
        for (int i = 0; i < 1000; i++) {
            tags(here, "hacked");
        }
        assertThat(versionReads).hasValue(1);
        assertThat(ruleReads).hasValue(1);

        now.addAndGet(Duration.ofSeconds(3).toNanos());
        tags(here, "hacked");
        assertThat(versionReads).hasValue(2);
        assertThat(ruleReads).as("version unchanged: no rebuild").hasValue(1);

        addRule(signal("phishing"));
        now.addAndGet(Duration.ofSeconds(3).toNanos());
        assertThat(tags(here, "phishing")).isTrue();
        assertThat(ruleReads).hasValue(2);
    }

    @Test
    @DisplayName("R3.1 a rule disabled by an admin stops firing once the instance has checked")
    void disabledRuleStops() {
        assertThat(tags(here, "hacked")).isTrue();
        stored.set(0, new RuleDefinition("hacked", RuleLanguage.EN, RuleKind.SIGNAL, false, null));
        version.incrementAndGet();
        here.invalidate();
        assertThat(tags(here, "hacked")).isFalse();
    }

    private boolean tags(RuleSetCache cache, String body) {
        return cache.rules(() -> {
            versionReads.incrementAndGet();
            return version.get();
        }, () -> {
            ruleReads.incrementAndGet();
            return List.copyOf(stored);
        }).classify("", body).security();
    }

    private void addRule(RuleDefinition rule) {
        stored.add(rule);
        version.incrementAndGet();
    }

    private static RuleDefinition signal(String pattern) {
        return new RuleDefinition(pattern, RuleLanguage.EN, RuleKind.SIGNAL, true, null);
    }
}
