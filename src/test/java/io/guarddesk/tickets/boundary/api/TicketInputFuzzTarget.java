package io.guarddesk.tickets.boundary.api;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.guarddesk.disclosure.control.LuhnRuns;
import io.guarddesk.platform.ClientAddresses;
import io.guarddesk.platform.DeskException;
import io.guarddesk.platform.JsonBodies;
import io.guarddesk.platform.StandIns;
import io.guarddesk.platform.rest.AcceptLanguages;
import io.guarddesk.platform.rest.Languages;
import io.guarddesk.tickets.boundary.TicketWiring;
import io.guarddesk.tickets.boundary.Viewers;
import io.guarddesk.tickets.control.SubmissionForm;
import io.guarddesk.tickets.control.Viewer;
import io.guarddesk.tickets.entity.Category;
import io.guarddesk.tickets.entity.Channel;
import io.guarddesk.tickets.entity.Reference;
import io.guarddesk.tickets.entity.Requester;
import io.guarddesk.tickets.entity.Ticket;
import io.guarddesk.tickets.entity.TicketStatus;
import jakarta.servlet.http.HttpServletRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R7.3 for the tickets feature: what a public or API request passes before anything is stored —
 * the public form, {@code POST /api/tickets} and the portal's form, a customer's answer, the queue's query parameters
 * and reference numbers however they are typed. Each either succeeds or ends in a
 * {@link DeskException} (a 4xx); a stored text never holds a card number (R4.1).
 */
public final class TicketInputFuzzTarget {

    static final String CLIENT = "203.0.113.7";
    private static final String TEST_CARD = "4111 1111 1111 1111";
    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private TicketInputFuzzTarget() {
    }

    public static void fuzz(FuzzedDataProvider data) {
        switch (data.consumeInt(0, 3)) {
            case 0 -> submission(data);
            case 1 -> customerAnswer(data);
            case 2 -> queueParameters(data);
            default -> referenceNumber(data);
        }
    }

    /**
     * The web form (fields as JSF sets them) or the API (a JSON body), then {@code CustomerTickets.submit};
     * or the portal's form of a signed-in customer, then {@code PortalTickets.submit}.
     */
    static void submission(FuzzedDataProvider data) {
        if (data.consumeInt(0, 3) == 0) {
            portalSubmission(data);
            return;
        }
        boolean api = data.consumeBoolean();
        Locale locale;
        SubmissionForm form;
        if (api) {
            locale = Languages.preferred(AcceptLanguages.fuzzed(data));
            var bound = JsonBodies.bind(JsonBodies.body(data, SubmissionForm.class), SubmissionForm.class);
            if (bound.isEmpty()) {
                return; // 400 from the body mapper, or from the resource for a JSON null
            }
            form = bound.get();
        } else {
            locale = data.pickValue(List.of(Locale.JAPANESE, Locale.ENGLISH));
            form = typedForm(data, locale);
        }
        var persisted = StandIns.entityManager(List.of());
        try {
            var submitted = TicketWiring.customerTickets(persisted.em()).submit(form, api ? Channel.API : Channel.WEB_FORM,
                    locale, CLIENT);
            assertThat(Reference.parse(submitted.reference())).isPresent();
            var ticket = persisted.entities().stream().filter(Ticket.class::isInstance).map(Ticket.class::cast).findFirst().orElseThrow();
            assertNoCard(ticket.getRequesterName(), ticket.getRequesterEmail(), ticket.getSubject(),
                    ticket.getMessages().get(0).getBody());
        } catch (DeskException e) {
            // 400 with the fields to fix, or 429: what the server answers
        }
    }

    static void portalSubmission(FuzzedDataProvider data) {
        var locale = data.pickValue(List.of(Locale.JAPANESE, Locale.ENGLISH));
        var form = typedForm(data, locale);
        var persisted = StandIns.entityManager(List.of());
        try {
            var reference = TicketWiring.portalTickets(persisted.em()).submit(form, "aiko@example.jp", locale);
            assertThat(Reference.parse(reference)).isPresent();
            var ticket = persisted.entities().stream().filter(Ticket.class::isInstance).map(Ticket.class::cast).findFirst().orElseThrow();
            assertThat(ticket.getRequesterEmail()).as("the verified address, whatever the form said").isEqualTo("aiko@example.jp");
            assertNoCard(ticket.getRequesterName(), ticket.getSubject(), ticket.getMessages().get(0).getBody());
        } catch (DeskException e) {
            // 400 with the fields to fix, or 429
        }
    }

    /** {@code POST /api/customer/tickets/{key}/messages}, through the resource, on a ticket in any status. */
    static void customerAnswer(FuzzedDataProvider data) {
        var ticket = StandIns.identified(new Ticket(Reference.parse("GD-7K3M9-QXT4H-CA2BZ").orElseThrow(),
                new Requester("Aiko Tanaka", "aiko@example.jp", Locale.JAPANESE), data.pickValue(Category.values()), Channel.API,
                "Login", data.pickValue(TicketStatus.values()), Instant.parse("2026-01-05T09:00:00Z")), 42L);
        var resource = new CustomerTicketsResource();
        resource.tickets = TicketWiring.customerTickets(StandIns.entityManager(List.of(ticket)).em());
        resource.headers = AcceptLanguages.fuzzed(data);
        resource.clients = new ClientAddresses() {
            @Override
            public String of(HttpServletRequest request) {
                return CLIENT;
            }
        };
        var key = data.consumeBoolean() ? "k".repeat(43) : data.consumeString(60);
        var message = data.consumeBoolean()
                ? JsonBodies.bind(JsonBodies.body(data, CustomerTicketsResource.MessageRequest.class), CustomerTicketsResource.MessageRequest.class)
                : Optional.of(new CustomerTicketsResource.MessageRequest(planted(data, data.consumeString(25_000))));
        if (message.isEmpty()) {
            return;
        }
        int before = ticket.getMessages().size();
        try {
            resource.answer(key, message.get());
            assertThat(ticket.getMessages()).hasSize(before + 1);
            assertNoCard(ticket.getMessages().get(before).getBody());
        } catch (DeskException e) {
            assertThat(ticket.getMessages()).as("a refused answer changes nothing").hasSize(before);
        }
    }

    /** {@code GET /api/tickets}: every parameter as text, the way JAX-RS hands it over. */
    static void queueParameters(FuzzedDataProvider data) {
        var resource = new TicketsResource();
        resource.queue = TicketWiring.ticketQueue(StandIns.entityManager(List.of()).em());
        boolean supervisor = data.consumeBoolean();
        resource.viewers = new Viewers() {
            @Override
            public Viewer current() {
                return new Viewer("agent", supervisor);
            }
        };
        var statuses = new ArrayList<String>();
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
            statuses.add(parameter(data, TicketStatus.OPEN.name()));
        }
        try {
            var page = resource.list(statuses, optional(data, "billing"), optional(data, "-"), optional(data, "48"),
                    optional(data, "gd 7k3m9 qxt4h ca2bz"), parameter(data, "updated"), parameter(data, "desc"),
                    parameter(data, "0"), parameter(data, "25"), optional(data, "true"));
            assertThat(page.items()).isEmpty();
        } catch (DeskException e) {
            // 400 naming the parameter
        }
    }

    /** A reference read over the phone: any spelling of a real one parses back to it; nothing else throws. */
    static void referenceNumber(FuzzedDataProvider data) {
        var symbols = new StringBuilder();
        for (int i = 0; i < 15; i++) {
            symbols.append(CROCKFORD.charAt(data.consumeInt(0, CROCKFORD.length() - 1)));
        }
        var reference = Reference.parse("GD" + symbols).orElseThrow();
        var said = new StringBuilder(data.pickValue(List.of("GD-", "gd ", "", "ＧＤ－", "Gd")));
        for (int i = 0; i < symbols.length(); i++) {
            said.append(spoken(data, symbols.charAt(i)));
            if (i % 5 == 4 && i < 14 || data.consumeInt(0, 9) == 0) {
                said.append(data.pickValue(List.of("-", " ", "", "‐", "－", "ー", " - ")));
            }
        }
        if (said.length() <= 40) {
            assertThat(Reference.parse(said.toString())).as("«%s»", said).contains(reference);
        }
        var typed = data.consumeRemainingAsString();
        Reference.parse(typed).ifPresent(parsed -> assertThat(Reference.parse(parsed.value())).contains(parsed));
    }

    private static String spoken(FuzzedDataProvider data, char symbol) {
        return switch (data.consumeInt(0, 4)) {
            case 0 -> String.valueOf(Character.toLowerCase(symbol));
            case 1 -> symbol == '0' ? "O" : symbol == '1' ? data.pickValue(List.of("I", "l", "L", "i")) : String.valueOf(symbol);
            case 2 -> String.valueOf((char) (symbol - '!' + '！')); // full width, as a Japanese IME types it
            default -> String.valueOf(symbol);
        };
    }

    private static SubmissionForm typedForm(FuzzedDataProvider data, Locale locale) {
        var form = new SubmissionForm();
        form.setName(data.consumeString(120));
        form.setEmail(data.consumeBoolean() ? data.consumeString(300) : data.consumeString(30) + "@" + data.consumeString(30) + ".jp");
        form.setCategory(data.consumeInt(0, 5) == 0 ? data.consumeString(30) : data.pickValue(Category.choosable()));
        form.setSubject(planted(data, data.consumeString(220)));
        form.setMessage(planted(data, data.consumeString(12_000)));
        form.setLanguage(locale.getLanguage());
        return form;
    }

    /** Sometimes a test card number somewhere in the text, so the masking is exercised on every path. */
    private static String planted(FuzzedDataProvider data, String text) {
        if (!data.consumeBoolean()) {
            return text;
        }
        int at = data.consumeInt(0, text.length());
        return text.substring(0, at) + " " + TEST_CARD + " " + text.substring(at);
    }

    private static String parameter(FuzzedDataProvider data, String usual) {
        return data.consumeBoolean() ? usual : data.consumeString(30);
    }

    private static String optional(FuzzedDataProvider data, String usual) {
        return data.consumeBoolean() ? null : parameter(data, usual);
    }

    private static void assertNoCard(String... stored) {
        for (var text : stored) {
            if (text != null) {
                assertThat(LuhnRuns.firstValidRun(text)).as("R4.1 card number stored in «%s»", text).isNull();
            }
        }
    }
}
