package io.guarddesk.staff.entity;

/** A staff role; the names are the Jakarta Security groups and the roles in web.xml. */
public enum Role {
    /** Works the generic queue. */
    AGENT,
    /** Works security tickets and escalations, approves. */
    SUPERVISOR,
    /** Manages staff and settings; reads no tickets by virtue of this role alone. */
    ADMIN
}
