/**
 * Tickets, their messages and their lifecycle: the public form, the customer's private link, the
 * agent queue and ticket page, replies, status changes, assignment and canned replies.
 *
 * <p>Rules enforced here:
 * <ul>
 * <li>R1.8 reference numbers are unguessable (75 random bits), human-friendly (Crockford base32,
 *     forgiving of O/0 and I/1 when read over the phone) and never the database id;</li>
 * <li>R4.2 the customer's private link (256 bits) is stored only as its SHA-256;</li>
 * <li>R7.1 a ticket or reply is committed before anyone is told it was saved;</li>
 * <li>R7.3 every inbound text passes {@code Intake}: length limits, no control characters, no
 *     undecodable bytes; a refused input changes nothing;</li>
 * <li>R3.1 {@code SecurityTagging} tags a ticket from any of the five sources (form category, the
 *     classifier over subject and every customer message, a "this wasn't me" report, a guard
 *     refusal, an agent's one-click escalation in {@code Escalations}), records why in
 *     {@code TagChange} and fires {@code SecurityTagged}; a security report does not wait for the
 *     requester's confirmation;</li>
 * <li>R3.2 security tickets are visible to supervisors only; for anyone else they answer exactly
 *     like a ticket that does not exist; visibility is read from the ticket on every request, so
 *     a re-tag or a clearance takes effect on the next one;</li>
 * <li>R3.3 the acknowledgement clock ({@code AcknowledgementClock}, business hours optional);
 *     {@code AcknowledgementEscalations} escalates each step exactly once across instances by a
 *     conditional UPDATE;</li>
 * <li>R6.1 opening a security ticket, inserting account information, escalating, tagging,
 *     clearing and acknowledging fire {@code SensitiveAction} inside the action's transaction.</li>
 * </ul>
 * A web-form ticket starts at {@code PENDING_VERIFICATION} (R1.1), which keeps it out of every
 * queue until the requester follows the mailed link. The queue's search box finds a reference,
 * a requester's address, or text in subjects and messages ({@code QueueSearch}, {@code TextSearch});
 * text is searched only among the tickets the same filters let the viewer list, so an agent's
 * search never finds a security ticket (R3.2).
 */
package io.guarddesk.tickets;
