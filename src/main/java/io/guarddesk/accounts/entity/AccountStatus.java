package io.guarddesk.accounts.entity;

/** The account's state in the company's service. A closed account still counts for the guard. */
public enum AccountStatus {
    ACTIVE, SUSPENDED, CLOSED
}
