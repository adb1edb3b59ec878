/**
 * The company's customer account directory (account number, login id, owner address, holder name
 * and kana, phone, status; never a password) and password-reset links.
 *
 * <p>Rules enforced here:
 * <ul>
 * <li>R1.4 a phone ticket is confirmed through the address on file for the caller's account;</li>
 * <li>R2.1 "the requester owns the account" is decided on the owner address normalised (case,
 *     white space, full-width characters) against the verified requester's address;</li>
 * <li>R2.2 reset links are one-time, expiring, bound to the account and the requester, signed
 *     for the company's reset page, and stored only as hashes (R4.2);</li>
 * <li>R2.8 every change is recorded with its before and after image, numbered in commit order,
 *     so every instance's guard follows without a rebuild;</li>
 * <li>a directory file is read and checked completely before anything is written, and written in
 *     one transaction: nothing half-imported.</li>
 * </ul>
 */
package io.guarddesk.accounts;
