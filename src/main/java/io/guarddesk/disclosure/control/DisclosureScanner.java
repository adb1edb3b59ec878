package io.guarddesk.disclosure.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The send-time scan (R2.3, R2.4): finds in the final rendered text every identifier of an
 * account not covered by the allowance, and everything credential-shaped (passwords after a
 * label, API keys, JWTs, private keys, high-entropy tokens next to credential words, reset
 * tokens not allowed, Luhn-valid card numbers). An empty list means the text may leave.
 *
 * <p>Each part is normalised once ({@link TextNormalizer}); the identifier matchers hash windows of
 * the normalised text and look them up in the index, the credential detectors scan it once each.
 * Every pass is linear in the text: no regular expression runs over the whole text. Findings carry
 * offsets into the part as given (R2.5) and are ordered by part, then position.
 */
public final class DisclosureScanner {

    private final IdentifierIndex index;

    public DisclosureScanner(IdentifierIndex index) {
        if (index == null) {
            throw new IllegalArgumentException("the scanner needs the identifier index");
        }
        this.index = index;
    }

    public List<Finding> scan(List<OutgoingPart> parts, Allowance allowance) {
        Allowance allowed = allowance == null ? Allowance.none() : allowance;
        Lookup lookup = index.lookup();
        List<Finding> findings = new ArrayList<>();
        for (OutgoingPart part : parts) {
            if (part == null || part.text() == null || part.text().isEmpty()) {
                continue;
            }
            scanPart(part, allowed, lookup, findings);
        }
        return List.copyOf(findings);
    }

    private static void scanPart(OutgoingPart part, Allowance allowance, Lookup lookup, List<Finding> findings) {
        NormalizedText text = TextNormalizer.normalize(part.text());
        Hits hits = new Hits(allowance);
        Secrets secrets = new Secrets(text);

        ResetTokenFinder.find(secrets, hits, allowance);
        AlnumMatcher.match(text, lookup, hits);
        LatinNames.match(text, lookup, hits);
        CjkNames.match(text, lookup, hits);

        PasswordLabels.find(secrets);
        ApiKeys.find(secrets);
        KeyMaterial.find(secrets);
        SecretTokens.find(secrets);
        CardNumbers.find(text, true, (start, end, lastFour) ->
                secrets.add(FindingKind.CARD_NUMBER, start, end, Masks.card(lastFour)));

        List<Finding> found = new ArrayList<>();
        hits.findings(text, part.where(), found);
        secrets.findings(part.where(), found);
        found.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
        findings.addAll(found);
    }
}
