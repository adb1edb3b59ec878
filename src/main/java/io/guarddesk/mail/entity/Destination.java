package io.guarddesk.mail.entity;

/** Where a delivered mail went: a real mail server, or the admin's dev mailbox when none is configured. */
public enum Destination {
    SMTP,
    DEV_MAILBOX
}
