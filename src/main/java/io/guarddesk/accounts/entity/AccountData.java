package io.guarddesk.accounts.entity;

/**
 * The values of one account as the company's systems send them (CSV row or API body), already
 * validated. A value object so an account's before and after images compare with {@code equals}.
 */
public record AccountData(String accountNumber, String loginId, String ownerEmail, String holderName,
                          String holderNameKana, String phone, AccountStatus status) {
}
