package io.guarddesk.disclosure.control;

/** One part of an outgoing message, scanned on its own so that a finding can say where it is. */
public record OutgoingPart(Where where, String text) {

    public enum Where {
        SUBJECT, BODY, ATTACHMENT_NAME
    }
}
