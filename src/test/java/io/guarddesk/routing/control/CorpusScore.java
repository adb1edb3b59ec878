package io.guarddesk.routing.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Recall and false-positive rate of a classifier over corpus messages, with the messages it got wrong. */
final class CorpusScore {

    private int positives;
    private int caught;
    private int negatives;
    private int falseAlarms;
    final List<CorpusMessage> missed = new ArrayList<>();
    final List<CorpusMessage> falsePositives = new ArrayList<>();

    static CorpusScore of(List<CorpusMessage> messages, Predicate<CorpusMessage> tagged) {
        var score = new CorpusScore();
        for (var m : messages) {
            boolean security = tagged.test(m);
            if (m.security()) {
                score.positives++;
                if (security) {
                    score.caught++;
                } else {
                    score.missed.add(m);
                }
            } else {
                score.negatives++;
                if (security) {
                    score.falseAlarms++;
                    score.falsePositives.add(m);
                }
            }
        }
        return score;
    }

    double recall() {
        return positives == 0 ? 0 : (double) caught / positives;
    }

    double falsePositiveRate() {
        return negatives == 0 ? 1 : (double) falseAlarms / negatives;
    }

    String line(String name) {
        return String.format(Locale.ROOT, "%-8s recall %5.1f %% (%d/%d)   false positives %4.1f %% (%d/%d)", name,
                100 * recall(), caught, positives, 100 * falsePositiveRate(), falseAlarms, negatives);
    }
}
