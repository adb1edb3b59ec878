package io.guarddesk.disclosure.control;

/**
 * What the guard knows of one customer account: the values whose appearance in a reply would
 * disclose the account. Any field may be null. Never a password: the desk has none.
 */
public record AccountIdentifiers(String accountNumber, String loginId, String ownerEmail,
                                 String holderName, String holderNameKana, String phone) {
}
