package io.guarddesk.tickets.entity;

public enum AuthorKind {
    CUSTOMER, STAFF
}
