package io.guarddesk.staff.control;

import io.guarddesk.staff.entity.Role;
import io.guarddesk.staff.entity.StaffUser;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What an admin decides about a staff member, and how a change of it reads in the audit log (R6.1). */
public record StaffSettings(Set<Role> roles, boolean active, boolean privacyOfficer) {

    public StaffSettings {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public static StaffSettings of(StaffUser user) {
        return new StaffSettings(user.getRoles(), user.isActive(), user.isPrivacyOfficer());
    }

    /**
     * The change from {@code before} to this, e.g. {@code roles AGENT→SUPERVISOR; privacy officer
     * no→yes}; empty when nothing changed. Fixed words and role names only.
     */
    public Optional<String> changedFrom(StaffSettings before) {
        var parts = new StringBuilder();
        if (!before.roles.equals(roles)) {
            part(parts, "roles " + names(before.roles) + "→" + names(roles));
        }
        if (before.privacyOfficer != privacyOfficer) {
            part(parts, "privacy officer " + yesNo(before.privacyOfficer) + "→" + yesNo(privacyOfficer));
        }
        if (before.active != active) {
            part(parts, "active " + yesNo(before.active) + "→" + yesNo(active));
        }
        return parts.length() == 0 ? Optional.empty() : Optional.of(parts.toString());
    }

    private static void part(StringBuilder parts, String text) {
        if (parts.length() > 0) {
            parts.append("; ");
        }
        parts.append(text);
    }

    /** In the enum's order, so the same set always reads the same. */
    private static String names(Set<Role> roles) {
        return roles.isEmpty() ? "none" : roles.stream().sorted().map(Role::name).collect(Collectors.joining("+"));
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
