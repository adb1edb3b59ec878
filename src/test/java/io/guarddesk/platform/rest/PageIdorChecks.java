package io.guarddesk.platform.rest;

import io.guarddesk.testing.Notices;
import io.guarddesk.testing.PageSession;
import io.guarddesk.testing.Staff;
import io.guarddesk.testing.StaffTokens;
import jakarta.json.JsonArray;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IDOR/BOLA on the pages that take an id in their address (issue #7), fetched as a browser
 * would with a signed-in session: a ticket, incident, notice or mail the visitor may not see
 * gives the very page that an id that does not exist gives — status, redirect and text — once
 * what differs between any two renderings is set aside. The customer's pages are in
 * {@code CustomerLinkChecks}. Run inside {@code GuarddeskIT}.
 */
public abstract class PageIdorChecks {

    /** Customers sign in nowhere staff pages look: on these pages they are anonymous visitors. */
    static final List<Caller> VISITORS = List.of(Caller.ANONYMOUS, Caller.AGENT, Caller.SUPERVISOR, Caller.ADMIN);
    private static final Map<Caller, PageSession> SESSIONS = new ConcurrentHashMap<>();
    private static final Map<String, String> MADE = new ConcurrentHashMap<>();

    static PageSession session(Caller caller) {
        return SESSIONS.computeIfAbsent(caller, c -> c.staff == null ? PageSession.anonymous() : PageSession.signIn(c.staff));
    }

    static Stream<Arguments> ticketPages() {
        var cases = new ArrayList<Arguments>();
        for (var page : List.of("agent/ticket?ref=", "supervisor/incident?ticket=")) {
            for (var caller : VISITORS) {
                cases.add(Arguments.of(page, caller));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "/{0}… as {1}")
    @MethodSource("ticketPages")
    @DisplayName("R3.2 R1.1 a ticket page for a ticket the visitor may not see is the page for a reference that does not "
            + "exist; one they may see shows it")
    void hiddenTicketPage(String page, Caller caller) {
        var targets = Targets.get();
        var session = session(caller);
        var missingReference = Targets.missingReference();
        var missing = session.get(page + missingReference);

        for (var kind : Targets.Kind.values()) {
            var reference = targets.reference(kind);
            var shown = session.get(page + reference);
            var visible = page.startsWith("supervisor/") ? caller == Caller.SUPERVISOR && kind != Targets.Kind.UNCONFIRMED
                    : caller.sees(kind);
            if (visible) {
                // without this, a session that silently failed to sign in would make every page "missing" and the check pass
                assertThat(shown.status()).as("/" + page + " " + kind + " as " + caller).isEqualTo(200);
            } else {
                Answers.assertPageLikeMissing("/" + page + " " + kind + " as " + caller, shown, reference, missing, missingReference);
            }
        }
    }

    /** A page for one kind of id: the id of a real one, one that does not exist, and who may not see it. */
    record IdPage(String path, Supplier<String> existing, String missing, List<Caller> denied) {
    }

    static Stream<Arguments> idPages() {
        var pages = List.of(
                new IdPage("supervisor/incident?ref=", () -> Targets.get().incident, "INC-1999-9999",
                        List.of(Caller.ANONYMOUS, Caller.AGENT, Caller.ADMIN)),
                new IdPage("supervisor/notice?id=", PageIdorChecks::notice, "999999999", List.of(Caller.ANONYMOUS, Caller.AGENT, Caller.ADMIN)),
                new IdPage("admin/mail?id=", PageIdorChecks::mail, "999999999", List.of(Caller.ANONYMOUS, Caller.AGENT, Caller.SUPERVISOR)));
        var cases = new ArrayList<Arguments>();
        for (var page : pages) {
            for (var caller : page.denied()) {
                cases.add(Arguments.of(page.path(), caller, page));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "/{0}… as {1}")
    @MethodSource("idPages")
    @DisplayName("R3.4 R5.2 R7.3 an incident, notice or mail page answers a visitor whose role may not see it exactly like an "
            + "id that does not exist")
    void pageOfAnotherRole(String path, Caller caller, IdPage page) {
        var session = session(caller);
        var id = page.existing().get();

        var shown = session.get(path + id);

        Answers.assertPageLikeMissing("/" + path + id + " as " + caller, shown, id, session.get(path + page.missing()), page.missing());
    }

    private static String notice() {
        return MADE.computeIfAbsent("notice", k -> Long.toString(Notices.draft(StaffTokens.of(Staff.SUPERVISOR), "Holiday opening hours")));
    }

    /** The newest mail in the outbox: every check before this one sent some. */
    private static String mail() {
        return MADE.computeIfAbsent("mail", k -> {
            var newest = (JsonArray) StaffTokens.of(Staff.ADMIN).get("api/admin/mailbox?limit=1").structure();
            return newest.isEmpty() ? "1" : newest.getJsonObject(0).getJsonNumber("id").toString();
        });
    }
}
