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
 * <li>R3.2 (foundation part) tickets in a security category are visible to supervisors only;
 *     for anyone else they answer exactly like a ticket that does not exist.</li>
 * </ul>
 * The state machine starts at {@code NEW} for now and already knows
 * {@code PENDING_VERIFICATION} (R1.1), which keeps a ticket out of every queue.
 */
package io.guarddesk.tickets;
