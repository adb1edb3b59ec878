package io.guarddesk.disclosure.corpus;

import io.guarddesk.disclosure.control.AccountIdentifiers;
import io.guarddesk.disclosure.control.Allowance;
import io.guarddesk.disclosure.control.DisclosureScanner;
import io.guarddesk.disclosure.control.FindingKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scanner over the labelled corpus: every foreign identifier and card number refused, nearly
 * every credential refused, nearly no clean reply refused. The figures are printed, and written to
 * {@code target/guard-corpus/report.txt} beside the corpus itself ({@code corpus.jsonl}) for review.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuardCorpusTest {

    private CorpusGenerator.Corpus corpus;
    private DisclosureScanner scanner;
    private CorpusEvaluation evaluation;

    @BeforeAll
    void scanTheCorpus() throws IOException {
        corpus = CorpusGenerator.generate();
        scanner = new DisclosureScanner(corpus.directory().index());
        long started = System.nanoTime();
        evaluation = CorpusEvaluation.of(corpus.samples(), s -> scanner.scan(s.parts(), s.allowance()));
        long millis = (System.nanoTime() - started) / 1_000_000;
        String report = evaluation.report() + "scan time " + millis + " ms for " + corpus.samples().size() + " replies\n";
        System.out.println("=== R2.4/R2.6 guard corpus ===\n" + report);
        Path dir = Path.of("target", "guard-corpus");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.txt"), report + "\n" + details(), StandardCharsets.UTF_8);
        Files.write(dir.resolve("corpus.jsonl"), corpus.samples().stream().map(CorpusJson::line).toList(), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("R2.4 every foreign identifier and card number in the corpus is refused (exact recall 100 %)")
    void exactRecall() {
        assertThat(evaluation.misses(Label.EXACT)).as("misses (recall %s):\n%s",
                CorpusEvaluation.percent(evaluation.recall(Label.EXACT)), list(evaluation.misses(Label.EXACT))).isEmpty();
    }

    @Test
    @DisplayName("R2.4 credential-shaped text is refused (credential recall ≥ 95 %)")
    void credentialRecall() {
        assertThat(evaluation.recall(Label.CREDENTIAL)).as("misses:\n%s", list(evaluation.misses(Label.CREDENTIAL)))
                .isGreaterThanOrEqualTo(0.95);
    }

    @Test
    @DisplayName("R2.6 replies with only the requester's own data and ordinary numbers go out (false positives ≤ 1 %)")
    void falsePositives() {
        assertThat(evaluation.falsePositiveRate()).as("false positives:\n%s", list(evaluation.falsePositives()))
                .isLessThanOrEqualTo(0.01);
    }

    @Test
    @DisplayName("R2.4/R2.7 cards are refused as CARD_NUMBER, passwords as PASSWORD, no secret as a releasable kind")
    void rightKind() {
        assertThat(evaluation.wrongKinds()).as("found under the wrong kind:\n%s", list(evaluation.wrongKinds())).isEmpty();
    }

    @Test
    @DisplayName("R2.3 the scanner throws on no reply of the corpus")
    void noErrors() {
        assertThat(evaluation.errors()).as(list(evaluation.errors())).isEmpty();
    }

    @Test
    @DisplayName("R2.4 the corpus test can fail: with every account allowed, foreign identifiers pass and the exact threshold fails")
    void canFail() {
        List<AccountIdentifiers> everyone = corpus.directory().accounts();
        List<Sample> identifiers = corpus.with(Label.EXACT).stream()
                .filter(s -> s.planted().kind() != FindingKind.CARD_NUMBER).toList();
        CorpusEvaluation allowingAll = CorpusEvaluation.of(identifiers,
                s -> scanner.scan(s.parts(), Allowance.of(everyone, s.requester().email(), List.of())));
        System.out.println("R2.4 with every account allowed: exact-identifier recall "
                + CorpusEvaluation.percent(allowingAll.recall(Label.EXACT)));
        assertThat(allowingAll.recall(Label.EXACT)).isLessThan(0.5);
        assertThat(allowingAll.thresholdFailures()).anyMatch(f -> f.startsWith("exact recall"));

        CorpusEvaluation unverified = CorpusEvaluation.of(corpus.with(Label.CLEAN).stream()
                .filter(s -> s.category().startsWith("clean/own-")).toList(), s -> scanner.scan(s.parts(), Allowance.none()));
        System.out.println("R1.3 own identifiers sent to an unverified requester: refused "
                + CorpusEvaluation.percent(unverified.falsePositiveRate()));
        assertThat(unverified.falsePositiveRate()).as("own identifiers must be refused without an allowance").isGreaterThan(0.5);
    }

    private String details() {
        return "exact misses:\n" + list(evaluation.misses(Label.EXACT))
                + "\ncredential misses:\n" + list(evaluation.misses(Label.CREDENTIAL))
                + "\nfalse positives:\n" + list(evaluation.falsePositives())
                + "\nwrong kinds:\n" + list(evaluation.wrongKinds()) + "\n";
    }

    private static String list(List<CorpusEvaluation.Outcome> outcomes) {
        return outcomes.stream().map(CorpusEvaluation::describe).collect(Collectors.joining("\n"));
    }
}
