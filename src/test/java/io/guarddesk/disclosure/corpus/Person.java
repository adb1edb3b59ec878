package io.guarddesk.disclosure.corpus;

import io.guarddesk.disclosure.control.AccountIdentifiers;

import java.util.List;

/**
 * A customer of the test directory: one person, one address, one or two accounts. The
 * {@code familyName}/{@code givenName} pair and its readings are kept beside the accounts so that
 * replies can greet the person ("花子様", "Dear Emily") the way agents do.
 */
record Person(int id, boolean japanese, String familyName, String givenName, String familyKana,
              String givenKana, String givenRomaji, String email, String phoneDigits,
              List<AccountIdentifiers> accounts) {

    AccountIdentifiers primary() {
        return accounts.get(0);
    }

    /** Kanji with a space for Japanese persons ("山田 花子"), "First Last" for the others. */
    String fullName() {
        return japanese ? familyName + " " + givenName : givenName + " " + familyName;
    }

    String fullKana() {
        return japanese ? familyKana + " " + givenKana : null;
    }
}
