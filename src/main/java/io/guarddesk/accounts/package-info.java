/**
 * The company's customer accounts (account number, login id, owner address, holder, phone), as
 * far as the desk needs them so far: a phone ticket is confirmed through the address on file
 * for the caller's account, never one the caller dictates (R1.4). The credential guard's issue
 * grows this into the full directory.
 */
package io.guarddesk.accounts;
