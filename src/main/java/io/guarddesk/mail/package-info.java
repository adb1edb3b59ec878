/**
 * Outbound mail: the transactional outbox every mail goes through, the templates it is rendered
 * from, the relay that delivers it over SMTP (or into the dev mailbox when no server is
 * configured), and the admin's view of it.
 *
 * <p>Rules enforced here:
 * <ul>
 * <li>R7.2 mail leaves through a transactional outbox: {@code Outbox.enqueue} writes the rendered
 *     message in the caller's transaction ({@code MANDATORY}), so it exists if and only if the
 *     change that caused it commits. The relay runs on every instance and claims rows in the
 *     database with a lease ({@code Claims}), so two instances never send a row at the same time;
 *     each outcome commits on its own; 4xx replies and connection failures are retried with
 *     exponential backoff (30 s doubling, at most 1 h apart, 12 attempts), a 5xx reply bounces the
 *     mail at once. A relay that dies after claiming loses nothing: the lease runs out and another
 *     run sends the row. Every mail keeps the Message-ID it got at enqueue, also when resent.</li>
 * <li>R1.6 (mail part) every mail ends with a "this wasn't me" link carrying a per-mail key of
 *     256 random bits, stored only as its SHA-256; {@code Outbox.findByNotMeKey} finds the mail it
 *     came from and {@code Outbox.suppress} stops further mail to that address about that ticket,
 *     including what is still pending.</li>
 * <li>R4.3 no body, link or key reaches a log; the outbox keeps only the server's one-line reply,
 *     and once a mail has left for a real server (or never will) its bodies, whose links are live
 *     credentials, are deleted from the row.</li>
 * <li>R5.1 (mail part) exactly one address in To; header values are stripped of control
 *     characters, so a name or subject cannot add a header.</li>
 * </ul>
 * Templates are fixed text with parameters; what a customer wrote never goes into a mail through
 * them (the confirmation mail names only the reference number).
 */
package io.guarddesk.mail;
