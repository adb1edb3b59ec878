package io.guarddesk.tickets.entity;

/** How a ticket reached the desk. */
public enum Channel {
    WEB_FORM, API, PHONE, PORTAL
}
