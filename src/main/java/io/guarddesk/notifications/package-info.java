/**
 * Telling the security team at once: in-app notices and mail through the outbox.
 *
 * <p>Rules enforced here:
 * <ul>
 * <li>R3.3 a new security ticket notifies every supervisor and the privacy officer in the
 *     tagging transaction; an overdue acknowledgement notifies all supervisors, then the privacy
 *     officer; the mails carry the reference, the deadline and a link, never the ticket's content;</li>
 * <li>R3.4 an incident deadline that passed notifies the privacy officer;</li>
 * <li>R7.2 every notice mail leaves through the outbox.</li>
 * </ul>
 */
package io.guarddesk.notifications;
