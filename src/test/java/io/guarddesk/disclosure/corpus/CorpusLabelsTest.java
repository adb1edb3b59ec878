package io.guarddesk.disclosure.corpus;

import io.guarddesk.disclosure.control.AccountIdentifiers;
import io.guarddesk.disclosure.control.FindingKind;
import io.guarddesk.disclosure.control.OutgoingPart;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus is what its labels say, checked without the scanner: a corpus with mislabelled replies
 * would blame or excuse the guard for the wrong reasons.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusLabelsTest {

    private final CorpusGenerator.Corpus corpus = CorpusGenerator.generate();

    @Test
    @DisplayName("R2.4/R2.6 corpus: the same seed gives the same replies")
    void deterministic() {
        CorpusGenerator.Corpus again = CorpusGenerator.generate();
        assertThat(again.samples()).hasSameSizeAs(corpus.samples());
        for (int i = 0; i < corpus.samples().size(); i++) {
            assertThat(again.samples().get(i).parts()).isEqualTo(corpus.samples().get(i).parts());
            assertThat(again.samples().get(i).category()).isEqualTo(corpus.samples().get(i).category());
        }
    }

    @Test
    @DisplayName("R2.4/R2.6 corpus: ≥ 1,000 positive and ≥ 1,000 clean replies, half Japanese, every kind planted")
    void composition() {
        List<Sample> positive = corpus.samples().stream().filter(s -> s.label() != Label.CLEAN).toList();
        List<Sample> clean = corpus.with(Label.CLEAN);
        assertThat(positive).hasSizeGreaterThanOrEqualTo(1000);
        assertThat(clean).hasSizeGreaterThanOrEqualTo(1000);
        for (List<Sample> half : List.of(positive, clean)) {
            long ja = half.stream().filter(s -> s.lang().equals("ja")).count();
            assertThat(ja).isBetween(half.size() / 2L - 1, half.size() / 2L + 1);
        }
        Set<FindingKind> planted = EnumSet.noneOf(FindingKind.class);
        positive.forEach(s -> planted.add(s.planted().kind()));
        assertThat(planted).containsExactlyInAnyOrder(FindingKind.values());
        assertThat(corpus.directory().accounts()).hasSizeBetween(200, 500);
        assertThat(corpus.directory().persons()).anyMatch(p -> p.accounts().size() == 2);
    }

    @Test
    @DisplayName("R2.4 corpus: the planted value sits at the recorded place")
    void offsets() {
        for (Sample s : corpus.samples()) {
            if (s.planted() != null) {
                String text = s.text(s.planted().where());
                assertThat(text.substring(s.planted().start(), s.planted().end()))
                        .as("#%d %s", s.id(), s.category()).isEqualTo(s.planted().text());
            }
        }
    }

    @Test
    @DisplayName("R2.4 corpus: a planted identifier belongs to an account the requester does not own")
    void plantedIdentifiersAreForeign() {
        for (Sample s : corpus.with(Label.EXACT)) {
            if (s.planted().kind() == FindingKind.CARD_NUMBER) {
                continue;
            }
            String planted = NaiveOracle.fold(s.planted().text());
            Set<String> own = s.requester().accounts().stream().flatMap(a -> NaiveOracle.keys(a).stream())
                    .collect(Collectors.toSet());
            assertThat(own).as("#%d %s", s.id(), s.category()).noneMatch(k -> k.equals(planted) || planted.contains(k));
            assertThat(corpus.directory().accounts()).as("#%d %s", s.id(), s.category())
                    .anyMatch(a -> NaiveOracle.keys(a).stream().anyMatch(planted::contains));
        }
    }

    @Test
    @DisplayName("R2.6 corpus: a clean reply holds no identifier of a foreign account and no Luhn-valid number")
    void cleanRepliesAreClean() {
        List<String> problems = new ArrayList<>();
        Set<String> directoryNumbers = new HashSet<>();
        corpus.directory().accounts().forEach(a -> {
            directoryNumbers.add(Plants.digitsOf(a.phone()));
            directoryNumbers.add(a.accountNumber().substring(2));
        });
        for (Sample s : corpus.with(Label.CLEAN)) {
            String folded = s.parts().stream().map(p -> NaiveOracle.fold(p.text(), true)).collect(Collectors.joining("|"));
            for (AccountIdentifiers a : corpus.directory().accounts()) {
                if (s.requester().accounts().contains(a)) {
                    continue;
                }
                NaiveOracle.spacedKeys(a).stream().filter(k -> NaiveOracle.containsWord(folded, k))
                        .forEach(k -> problems.add("#" + s.id() + " " + s.category() + " holds foreign " + k));
            }
            s.ordinaryValues().stream().map(v -> v.replaceAll("\\D", "")).filter(directoryNumbers::contains)
                    .forEach(v -> problems.add("#" + s.id() + " ordinary value " + v + " is in the directory"));
            for (OutgoingPart part : s.parts()) {
                Matcher digits = Pattern.compile("\\d[\\d -]{11,}\\d").matcher(
                        java.text.Normalizer.normalize(part.text(), java.text.Normalizer.Form.NFKC));
                while (digits.find()) {
                    if (Secrets.hasLuhnRun(digits.group().replaceAll("\\D", ""))) {
                        problems.add("#" + s.id() + " " + s.category() + " has a Luhn-valid run " + digits.group());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
