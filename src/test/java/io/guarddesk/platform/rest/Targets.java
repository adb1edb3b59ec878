package io.guarddesk.platform.rest;

import io.guarddesk.testing.Api;
import io.guarddesk.testing.Customers;
import io.guarddesk.testing.Directory;
import io.guarddesk.testing.Incidents;
import io.guarddesk.testing.Staff;
import io.guarddesk.testing.StaffTokens;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.Map;

/**
 * The tickets, incident, notification and held reply the IDOR checks aim at, made once per run
 * through the API as people make them, and checked to be what they claim before any check
 * relies on them: that a "hidden" ticket answers like a missing one proves nothing if it is
 * missing too. Shared, because every security ticket lands on the first page of the supervisor
 * queue, which a browser journey reads.
 */
final class Targets {

    /** A ticket as its caller may or may not see it. */
    enum Kind {
        /** General and confirmed, worked by agent2: agents share the general queue, so it is hidden only from non-agents. */
        ASSIGNED_TO_OTHER,
        /** Tagged security by its form category (R3.1). */
        SECURITY,
        /** General until an agent escalated it (R3.1): from then on the agents' like any security ticket. */
        ESCALATED,
        /** Submitted and never confirmed: in nobody's queue (R1.1). */
        UNCONFIRMED
    }

    static final String ESCALATION_NOTE = "Customer mentions a sign-in from abroad.";
    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static Targets made;

    final Customers.Submitted assigned;
    final Customers.Submitted security;
    final Customers.Submitted escalated;
    final String unconfirmed;
    final String incident;
    /** The privacy officer's notification about the security ticket. */
    final long notification;
    /** A reply the privacy officer wrote on the security ticket, held by the guard and releasable by another supervisor. */
    final long heldReply;
    private final Map<Kind, String> fingerprints = new EnumMap<>(Kind.class);
    private final String incidentFingerprint;

    private Targets() {
        var supervisor = StaffTokens.of(Staff.SUPERVISOR);
        assigned = Customers.submit("GENERAL", "Question about delivery times");
        expect(StaffTokens.of(Staff.AGENT2).put("api/tickets/" + assigned.reference() + "/assignee", "{\"assignee\":\"agent2\"}"),
                200, "assigning to agent2");
        security = Customers.submit("RECEIVED_OTHERS_INFORMATION", "A stranger's invoice reached me");
        escalated = Customers.submit("BILLING", "Invoice shows a strange charge");
        expect(StaffTokens.of(Staff.AGENT).post("api/tickets/" + escalated.reference() + "/escalation",
                "{\"note\":" + Api.quote(ESCALATION_NOTE) + "}"), 204, "escalating");
        unconfirmed = expect(Api.anonymous().post("api/tickets", Customers.submission("Never Confirms", Customers.uniqueEmail(),
                "GENERAL", "Delivery address", "Please update my delivery address.")), 202, "submitting").text("reference");
        incident = Incidents.open(supervisor, security.reference());
        notification = notificationOf(StaffTokens.of(Staff.PRIVACY), security.reference()).getJsonNumber("id").longValue();
        var stranger = Directory.put(Directory.unique("Aki Nomura", "ノムラ アキ"));
        var refusal = expect(StaffTokens.of(Staff.PRIVACY).post("api/tickets/" + security.reference() + "/replies",
                "{\"body\":" + Api.quote("We also wrote to " + stranger.email() + ".") + "}"), 422, "holding a reply")
                .json().getJsonObject("refusal");
        if (!refusal.getBoolean("releasable")) {
            throw new IllegalStateException("a reply nobody may release proves nothing about releasing it elsewhere: " + refusal);
        }
        heldReply = refusal.getJsonNumber("id").longValue();
        for (var kind : new Kind[]{Kind.ASSIGNED_TO_OTHER, Kind.SECURITY, Kind.ESCALATED}) {
            var seen = expect(supervisor.get("api/tickets/" + reference(kind)), 200, "a supervisor reading " + kind).json();
            if (seen.getBoolean("security") != (kind != Kind.ASSIGNED_TO_OTHER)) {
                throw new IllegalStateException(kind + " is not what it claims: " + seen);
            }
        }
        snapshot(fingerprints);
        if (!"AWAITING_CONFIRMATION".equals(fingerprints.get(Kind.UNCONFIRMED))) {
            throw new IllegalStateException("the unconfirmed ticket is not waiting for its requester: " + fingerprints);
        }
        incidentFingerprint = incidentFingerprint();
    }

    static synchronized Targets get() {
        if (made == null) {
            made = new Targets();
        }
        return made;
    }

    String reference(Kind kind) {
        return switch (kind) {
            case ASSIGNED_TO_OTHER -> assigned.reference();
            case SECURITY -> security.reference();
            case ESCALATED -> escalated.reference();
            case UNCONFIRMED -> unconfirmed;
        };
    }

    /** A well-formed reference no ticket has: 75 random bits, as the desk makes them. */
    static String missingReference() {
        var text = new StringBuilder("GD");
        for (int i = 0; i < 15; i++) {
            text.append(i % 5 == 0 ? "-" : "").append(CROCKFORD.charAt(RANDOM.nextInt(CROCKFORD.length())));
        }
        return text.toString();
    }

    /** None of the calls that were refused changed a target: same status, assignee, thread, tag; the unconfirmed one still waits. */
    void assertUnchanged() {
        var now = new EnumMap<Kind, String>(Kind.class);
        snapshot(now);
        if (!now.equals(fingerprints) || !incidentFingerprint().equals(incidentFingerprint)) {
            throw new AssertionError("a target changed: before " + fingerprints + " " + incidentFingerprint + ", now " + now
                    + " " + incidentFingerprint());
        }
    }

    private void snapshot(Map<Kind, String> into) {
        var supervisor = StaffTokens.of(Staff.SUPERVISOR);
        for (var kind : new Kind[]{Kind.ASSIGNED_TO_OTHER, Kind.SECURITY, Kind.ESCALATED}) {
            JsonObject ticket = supervisor.get("api/tickets/" + reference(kind)).json();
            into.put(kind, ticket.getString("status") + " " + ticket.getString("assignee", "-") + " "
                    + ticket.getJsonArray("messages").size() + " " + ticket.getBoolean("security"));
        }
        into.put(Kind.UNCONFIRMED, StaffTokens.of(Staff.AGENT).get("api/tickets/lookup?reference=" + unconfirmed).text("where"));
    }

    private String incidentFingerprint() {
        var json = StaffTokens.of(Staff.SUPERVISOR).get("api/incidents/" + incident).json();
        return json.getString("status") + " v" + json.getJsonNumber("version") + " " + json.getJsonArray("linkedTickets")
                + " " + json.getJsonArray("affectedAccounts") + " " + json.getInt("people");
    }

    static JsonObject notificationOf(Api staff, String reference) {
        return ((JsonArray) staff.get("api/notifications?limit=200").structure()).getValuesAs(JsonObject.class).stream()
                .filter(n -> reference.equals(n.getString("subject"))).findFirst()
                .orElseThrow(() -> new AssertionError("no notification about " + reference));
    }

    /** Whether the privacy officer's notification is unread and the held reply still held: no probe reached either. */
    void assertNotificationAndReplyUntouched() {
        var notice = notificationOf(StaffTokens.of(Staff.PRIVACY), security.reference());
        if (notice.containsKey("readAt") && !notice.isNull("readAt")) {
            throw new AssertionError("someone else marked the privacy officer's notification read: " + notice);
        }
        var refusals = (JsonArray) StaffTokens.of(Staff.SUPERVISOR).get("api/tickets/" + security.reference() + "/refusals").structure();
        var held = refusals.getValuesAs(JsonObject.class).stream().filter(r -> r.getJsonNumber("id").longValue() == heldReply)
                .findFirst().orElseThrow(() -> new AssertionError("the held reply is gone: " + refusals));
        if (!"HELD".equals(held.getString("state"))) {
            throw new AssertionError("the held reply was released: " + held);
        }
    }

    private static Api.Answer expect(Api.Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + " failed: " + answer);
        }
        return answer;
    }
}
