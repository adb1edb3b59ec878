package io.guarddesk.audit.entity;

/**
 * A sensitive action (R6.1), fired by the feature that performs it, synchronously and inside the
 * action's own transaction: the audit log observes it and appends an entry that commits or rolls
 * back with the action. Features never call the log directly.
 *
 * <p>Nothing here may hold a message body or a secret: {@code detail} is a short, fixed-form
 * description such as finding kinds or a tag source, never text a person wrote.
 *
 * @param actor   the staff user name, or {@code customer} / {@code system}
 * @param ticket  the ticket reference, or null
 * @param account the account number, or null
 * @param outcome a short word: OK, REFUSED, FAILED …
 * @param detail  non-secret context, or null
 */
public record SensitiveAction(String actor, AuditAction action, String ticket, String account, String outcome, String detail) {

    public static SensitiveAction of(String actor, AuditAction action, String ticket, String outcome) {
        return new SensitiveAction(actor, action, ticket, null, outcome, null);
    }

    public SensitiveAction withAccount(String number) {
        return new SensitiveAction(actor, action, ticket, number, outcome, detail);
    }

    public SensitiveAction withDetail(String text) {
        return new SensitiveAction(actor, action, ticket, account, outcome, text);
    }
}
