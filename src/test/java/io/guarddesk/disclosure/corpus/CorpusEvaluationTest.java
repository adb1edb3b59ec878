package io.guarddesk.disclosure.corpus;

import io.guarddesk.disclosure.control.Finding;
import io.guarddesk.disclosure.control.FindingKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The measuring stick itself, with made-up guards: it must tell a blind guard from a perfect one. */
class CorpusEvaluationTest {

    private final CorpusGenerator.Corpus corpus = CorpusGenerator.generate(7L, 60, 120, 60, 120);

    @Test
    @DisplayName("R2.4 a guard that finds nothing fails the exact and credential thresholds")
    void blindGuardFails() {
        CorpusEvaluation blind = CorpusEvaluation.of(corpus.samples(), s -> List.of());
        assertThat(blind.recall(Label.EXACT)).isZero();
        assertThat(blind.thresholdFailures()).hasSize(2);
    }

    @Test
    @DisplayName("R2.4/R2.6 a guard that finds exactly what was planted passes every threshold")
    void perfectGuardPasses() {
        CorpusEvaluation perfect = CorpusEvaluation.of(corpus.samples(), CorpusEvaluationTest::planted);
        assertThat(perfect.thresholdFailures()).isEmpty();
        assertThat(perfect.wrongKinds()).isEmpty();
    }

    @Test
    @DisplayName("R2.6 a guard that refuses everything fails the false-positive threshold")
    void paranoidGuardFails() {
        CorpusEvaluation paranoid = CorpusEvaluation.of(corpus.samples(), s -> List.of(
                new Finding(FindingKind.SECRET_TOKEN, s.parts().get(0).where(), 0, 1, "…")));
        assertThat(paranoid.thresholdFailures()).anyMatch(f -> f.startsWith("false-positive rate"));
    }

    @Test
    @DisplayName("R2.4 a finding elsewhere in the text does not count as catching the planted value")
    void findingElsewhereIsAMiss() {
        CorpusEvaluation elsewhere = CorpusEvaluation.of(corpus.samples(), s -> s.planted() == null ? List.of()
                : List.of(new Finding(s.planted().kind(), s.planted().where(), s.planted().end(), s.planted().end() + 1, "…")));
        assertThat(elsewhere.recall(Label.EXACT)).isZero();
    }

    @Test
    @DisplayName("R2.7 a card found as a releasable kind, or a throwing guard, is reported")
    void wrongKindsAndErrorsAreReported() {
        CorpusEvaluation wrong = CorpusEvaluation.of(corpus.samples(), s -> s.planted() == null ? List.of()
                : List.of(new Finding(FindingKind.ACCOUNT_NUMBER, s.planted().where(), s.planted().start(), s.planted().end(), "…")));
        assertThat(wrong.wrongKinds()).anyMatch(o -> o.sample().planted().kind() == FindingKind.CARD_NUMBER);
        CorpusEvaluation throwing = CorpusEvaluation.of(corpus.samples(), s -> {
            throw new IllegalStateException("boom");
        });
        assertThat(throwing.errors()).hasSameSizeAs(corpus.samples());
        assertThat(throwing.thresholdFailures()).anyMatch(f -> f.contains("throw"));
    }

    private static List<Finding> planted(Sample s) {
        return s.planted() == null ? List.of()
                : List.of(new Finding(s.planted().kind(), s.planted().where(), s.planted().start(), s.planted().end(), "…"));
    }
}
