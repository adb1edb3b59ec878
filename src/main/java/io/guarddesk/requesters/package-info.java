/**
 * Who a ticket belongs to, and how they prove it: confirmation links mailed to the address a
 * ticket names, and "this wasn't me" reports from anyone who receives a mail they never asked for.
 *
 * <p>Rules enforced here:
 * <ul>
 * <li>R1.1 a web-form ticket waits in {@code PENDING_VERIFICATION}, in no queue, until the link
 *     mailed to its address is followed;</li>
 * <li>R1.2 confirmation tokens carry 256 bits from the CSPRNG, are stored as SHA-256, are single
 *     use (a row lock serialises concurrent redemptions), bound to their ticket and address,
 *     expire (default 24 h), and a new one voids the old; confirmation mails per address are
 *     limited per hour and per day, and the form answers the same whatever the address;</li>
 * <li>R1.6 every mail carries a "this wasn't me" link: following it needs no sign-in, opens a
 *     security ticket linked to the original and stops mail to that address for that ticket.</li>
 * </ul>
 */
package io.guarddesk.requesters;
