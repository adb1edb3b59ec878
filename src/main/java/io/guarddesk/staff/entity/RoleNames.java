package io.guarddesk.staff.entity;

/** The {@link Role} names as constants, for annotations such as {@code @RolesAllowed}. */
public final class RoleNames {

    public static final String AGENT = "AGENT";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String ADMIN = "ADMIN";

    private RoleNames() {
    }
}
