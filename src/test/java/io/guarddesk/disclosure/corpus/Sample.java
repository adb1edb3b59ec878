package io.guarddesk.disclosure.corpus;

import io.guarddesk.disclosure.control.Allowance;
import io.guarddesk.disclosure.control.FindingKind;
import io.guarddesk.disclosure.control.OutgoingPart;

import java.util.List;

/**
 * One labelled reply. {@code category} says what was planted and how it was disguised
 * ({@code PHONE/dots}, {@code clean/own-phone}); {@code planted} says where, for the positive ones.
 * {@code ordinaryValues} are the numbers and addresses of a clean reply that belong to nobody in
 * the directory, kept so that the corpus can check its own labels.
 */
record Sample(int id, String lang, Label label, String category, Person requester, List<OutgoingPart> parts,
              Planted planted, List<String> ownResetTokens, List<String> ordinaryValues) {

    record Planted(FindingKind kind, OutgoingPart.Where where, int start, int end, String text) {
    }

    Allowance allowance() {
        return Allowance.of(requester.accounts(), requester.email(), ownResetTokens);
    }

    String text(OutgoingPart.Where where) {
        return parts.stream().filter(p -> p.where() == where).map(OutgoingPart::text).findFirst().orElse("");
    }
}
