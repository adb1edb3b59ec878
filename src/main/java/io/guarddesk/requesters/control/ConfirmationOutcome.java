package io.guarddesk.requesters.control;

/** What following a confirmation link came to; the page says what to do next for each. */
public sealed interface ConfirmationOutcome {

    /** The ticket is in the queue now; {@code accessKey} opens its private page. */
    record Confirmed(String reference, String accessKey) implements ConfirmationOutcome {
    }

    /** The link works: the page asks the person to confirm, which uses it. */
    record Ready() implements ConfirmationOutcome {
    }

    record AlreadyUsed() implements ConfirmationOutcome {
    }

    record Replaced() implements ConfirmationOutcome {
    }

    record Expired() implements ConfirmationOutcome {
    }

    /** Forged, mistyped, or for something that no longer exists: said the same way. */
    record Unknown() implements ConfirmationOutcome {
    }
}
