package io.guarddesk.disclosure.corpus;

/** What a corpus reply is, for the figures of {@code GuardCorpusTest}. */
enum Label {
    /** Carries an identifier of a foreign account (possibly disguised) or a card number: must be refused, always. */
    EXACT,
    /** Carries something credential-shaped: a password after a label, a key, a token. */
    CREDENTIAL,
    /** Nothing but the requester's own data and ordinary numbers: must go out. */
    CLEAN
}
