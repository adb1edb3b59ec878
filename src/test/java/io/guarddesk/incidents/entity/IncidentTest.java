package io.guarddesk.incidents.entity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentTest {

    private static final Instant T0 = Instant.parse("2026-04-23T03:00:00Z");
    private static final IncidentFacts FACTS = new IncidentFacts("Card data in a reply", EnumSet.of(LeakedData.CARD_DATA), 1, T0, false, false);

    @Test
    @DisplayName("R3.4 R6.1 a change of facts names exactly the facts that changed, and nothing when none did")
    void changeNamesFields() {
        var incident = incident();

        assertThat(incident.change(FACTS, T0.plusSeconds(1))).isEmpty();
        assertThat(incident.getUpdatedAt()).as("no change, no new time").isEqualTo(T0);
        var changed = incident.change(new IncidentFacts("Card data in a reply", EnumSet.of(LeakedData.CARD_DATA, LeakedData.NAME), 3,
                T0.minusSeconds(600), true, true), T0.plusSeconds(2));

        assertThat(changed).containsExactly("kinds", "people", "discoveredAt", "unauthorisedAccess", "gdpr");
        assertThat(incident.facts().kinds()).containsExactly(LeakedData.NAME, LeakedData.CARD_DATA);
        assertThat(incident.getUpdatedAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(incident.change(new IncidentFacts("Renamed", EnumSet.of(LeakedData.CARD_DATA, LeakedData.NAME), 3,
                T0.minusSeconds(600), true, true), T0.plusSeconds(3))).containsExactly("title");
    }

    @Test
    @DisplayName("R3.4 a report is recorded once; the first record stands")
    void reportOnce() {
        var incident = incident();

        assertThat(incident.recordReport(Deadline.GDPR, T0.plusSeconds(10))).isTrue();
        assertThat(incident.recordReport(Deadline.GDPR, T0.plusSeconds(20))).isFalse();

        assertThat(incident.reports()).containsOnlyKeys(Deadline.GDPR).containsEntry(Deadline.GDPR, T0.plusSeconds(10));
    }

    @Test
    @DisplayName("R3.4 linking is idempotent and never links the ticket the incident was opened from")
    void linking() {
        var incident = incident();

        assertThat(incident.link("GD-AAAAA-AAAAA-AAAAA", T0)).as("the origin").isFalse();
        assertThat(incident.link("GD-BBBBB-BBBBB-BBBBB", T0)).isTrue();
        assertThat(incident.link("GD-BBBBB-BBBBB-BBBBB", T0)).isFalse();
        assertThat(incident.getLinkedTickets()).containsExactly("GD-BBBBB-BBBBB-BBBBB");
    }

    @Test
    @DisplayName("R3.4 R6.1 setting the affected accounts counts what was added and removed")
    void accounts() {
        var incident = incident();

        assertThat(incident.affect(Set.of("C-1", "C-2"), T0)).isEqualTo(new Incident.AccountChange(2, 0));
        assertThat(incident.affect(Set.of("C-2", "C-3", "C-4"), T0)).isEqualTo(new Incident.AccountChange(2, 1));
        assertThat(incident.affect(Set.of("C-2", "C-3", "C-4"), T0).any()).isFalse();
        assertThat(incident.getAffectedAccounts()).containsExactly("C-2", "C-3", "C-4");
    }

    @Test
    @DisplayName("R3.4 an overdue announcement can be forgotten per deadline, so it is announced again should it pass anew")
    void forgetAnnouncement() {
        var incident = incident();

        assertThat(incident.overdueAnnounced(Deadline.APPI_PRELIMINARY)).isFalse();
        incident.forgetOverdueAnnouncement(Deadline.APPI_PRELIMINARY);
        assertThat(incident.overdueAnnounced(Deadline.APPI_PRELIMINARY)).isFalse();
        assertThat(Incident.announcementColumn(Deadline.GDPR)).isEqualTo("gdpr_overdue_notified");
    }

    @Test
    @DisplayName("R3.4 a closed incident changes no more")
    void closedIsFinal() {
        var incident = incident();
        incident.close(T0.plusSeconds(5));

        assertThat(incident.isOpen()).isFalse();
        assertThat(incident.getClosedAt()).isEqualTo(T0.plusSeconds(5));
        assertThatThrownBy(() -> incident.recordReport(Deadline.GDPR, T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> incident.link("GD-BBBBB-BBBBB-BBBBB", T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> incident.change(FACTS, T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> incident.close(T0)).isInstanceOf(IllegalStateException.class);
    }

    private static Incident incident() {
        return new Incident(IncidentReference.of(2026, 1), "sora", "GD-AAAAA-AAAAA-AAAAA", FACTS, T0);
    }
}
