package io.guarddesk.disclosure.corpus;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.guarddesk.disclosure.control.AccountIdentifiers;
import io.guarddesk.disclosure.control.Allowance;
import io.guarddesk.disclosure.control.DisclosureScanner;
import io.guarddesk.disclosure.control.Finding;
import io.guarddesk.disclosure.control.OutgoingPart;
import io.guarddesk.disclosure.control.OutgoingPart.Where;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R2.3/R2.4/R2.5 under fuzzing: the scan of any text returns, its findings point inside the text
 * and do not repeat what they found, and an identifier of a foreign account set, between spaces, at
 * any place of fuzzed text is found there. Without {@code JAZZER_FUZZ} this runs the seeds only
 * (regression mode); see the pom for the bounded fuzzing run of the normal build.
 */
class DisclosureScannerFuzzTest {

    private final Directory directory = Directory.generate(new Random(42), 40);
    private final DisclosureScanner scanner = new DisclosureScanner(directory.index());
    private final Person requester = directory.persons().get(0);
    private final Allowance allowance = Allowance.of(requester.accounts(), requester.email(), List.of());

    @FuzzTest(maxDuration = "15s")
    void scanFindsAPlantedIdentifierAnywhere(FuzzedDataProvider data) {
        int what = data.consumeInt(0, 5);
        Person foreign = directory.persons().get(data.consumeInt(1, directory.persons().size() - 1));
        int style = data.consumeInt(0, Phones.Style.values().length - 1);
        int position = data.consumeInt(0, Integer.MAX_VALUE);
        String subject = data.consumeString(120);
        String body = data.consumeRemainingAsString();

        String planted = what == 0 ? null : value(what, foreign.primary(), foreign, style);
        int at = position % (body.length() + 1);
        if (at > 0 && at < body.length() && Character.isLowSurrogate(body.charAt(at))) {
            at--;
        }
        String text = planted == null ? body : body.substring(0, at) + " " + planted + " " + body.substring(at);

        List<OutgoingPart> parts = List.of(new OutgoingPart(Where.SUBJECT, subject), new OutgoingPart(Where.BODY, text));
        List<Finding> findings = scanner.scan(parts, allowance);

        for (Finding f : findings) {
            String in = f.where() == Where.SUBJECT ? subject : text;
            assertThat(f.where()).isIn(Where.SUBJECT, Where.BODY);
            assertThat(f.start()).as("%s", f).isBetween(0, in.length());
            assertThat(f.end()).as("%s", f).isBetween(f.start(), in.length());
            assertThat(f.masked()).as("%s", f).isNotNull();
            String found = in.substring(f.start(), f.end());
            if (found.length() >= 8) {
                assertThat(f.masked()).as("R2.5 masked, not repeated: %s", f).doesNotContain(found);
            }
        }
        if (planted != null) {
            int start = at + 1;
            int end = start + planted.length();
            assertThat(findings).as("«%s» at %d in «%s»", CorpusEvaluation.visible(planted), start,
                    CorpusEvaluation.visible(text)).anyMatch(f -> f.where() == Where.BODY && f.start() < end && f.end() > start);
        }
    }

    private static String value(int what, AccountIdentifiers a, Person p, int style) {
        return switch (what) {
            case 1 -> style % 2 == 0 ? a.accountNumber() : Obfuscation.regroupAccount(a.accountNumber(), style % 3);
            case 2 -> a.loginId();
            case 3 -> a.ownerEmail();
            case 4 -> Phones.format(p.phoneDigits(), Phones.Style.values()[style]);
            default -> style % 2 == 0 ? p.fullName() : (p.japanese() ? p.fullKana() : p.familyName() + " " + p.givenName());
        };
    }
}
