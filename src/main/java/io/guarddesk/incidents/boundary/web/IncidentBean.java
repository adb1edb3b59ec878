package io.guarddesk.incidents.boundary.web;

import io.guarddesk.incidents.boundary.IncidentChanges;
import io.guarddesk.incidents.boundary.IncidentSettings;
import io.guarddesk.incidents.boundary.Incidents;
import io.guarddesk.incidents.control.IncidentForm;
import io.guarddesk.incidents.control.IncidentView;
import io.guarddesk.incidents.entity.Deadline;
import io.guarddesk.incidents.entity.LeakedData;
import io.guarddesk.platform.DeskException;
import io.guarddesk.platform.web.Faces;
import io.guarddesk.tickets.boundary.Tickets;
import io.guarddesk.tickets.boundary.Viewers;
import io.guarddesk.tickets.control.TicketView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The incident page: {@code ?ticket=GD-…} opens the form to create an incident from that security
 * ticket, {@code ?ref=INC-…} shows an incident with its clocks and edits it. The time of discovery
 * is entered in the desk's zone (the zone APPI days are counted in); every change passes the
 * version the supervisor saw.
 */
@Named
@ViewScoped
public class IncidentBean implements Serializable {

    private static final Map<String, String> COMPONENT_OF_FIELD = Map.of("discoveredAt", "discovered", "ticket", "link-ticket");

    @Inject
    Incidents incidents;

    @Inject
    IncidentChanges changes;

    @Inject
    Tickets tickets;

    @Inject
    Viewers viewers;

    @Inject
    IncidentSettings settings;

    @Inject
    Clock clock;

    private String reference;
    private String ticketReference;
    private IncidentView incident;
    private TicketView ticket;
    private boolean found;

    private String title;
    private List<String> kinds = new ArrayList<>();
    private Integer people;
    private LocalDateTime discovered;
    private boolean unauthorisedAccess;
    private boolean gdpr;
    private String linkTicket;
    private String accounts;

    public void load() {
        try {
            if (reference != null && !reference.isBlank()) {
                show(incidents.get(reference, viewers.current(), locale()));
            } else if (ticketReference != null && !ticketReference.isBlank()) {
                var source = tickets.forStaff(ticketReference, viewers.current());
                // a link from the ticket page lands on the incident already open for it, if there is one
                var open = incidents.openIncidentOf(source.reference(), viewers.current());
                if (open.isPresent()) {
                    reference = open.get();
                    show(incidents.get(reference, viewers.current(), locale()));
                } else {
                    prepareFrom(source);
                }
            }
        } catch (DeskException e) {
            // an incident or ticket this supervisor may not see: the page says only that there is none
            found = false;
        }
        if (!found) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** The poll: the clocks move on, the form keeps what the supervisor is typing. */
    public void refreshClocks() {
        if (incident != null) {
            try {
                incident = incidents.get(reference, viewers.current(), locale());
            } catch (DeskException e) {
                Faces.show(e, "incident");
            }
        }
    }

    public String create() {
        return act(() -> incidents.open(ticket.reference(), form(), viewers.current(), locale()), "incidents.opened");
    }

    public String save() {
        return act(() -> changes.update(reference, form(), Optional.of(incident.version()), viewers.current(), locale()), "incidents.saved");
    }

    public String link() {
        return act(() -> changes.link(reference, linkTicket, viewers.current(), locale()), "incidents.linked");
    }

    public String saveAccounts() {
        var numbers = accounts == null ? List.<String>of() : Arrays.asList(accounts.split("[\\s,、，]+"));
        return act(() -> changes.setAffectedAccounts(reference, numbers, Optional.of(incident.version()), viewers.current(), locale()),
                "incidents.saved");
    }

    public String report(String deadline) {
        return act(() -> changes.recordReport(reference, Deadline.valueOf(deadline), viewers.current(), locale()), "incidents.reported");
    }

    public String close() {
        return act(() -> changes.close(reference, Optional.of(incident.version()), viewers.current(), locale()), "incidents.closed");
    }

    private String act(Supplier<IncidentView> action, String doneKey) {
        try {
            var view = action.get();
            Faces.info(doneKey);
            Faces.keepMessagesOverRedirect();
            return "/supervisor/incident?faces-redirect=true&ref=" + view.reference();
        } catch (DeskException e) {
            Faces.show(e, "incident", COMPONENT_OF_FIELD);
            return null;
        }
    }

    private void show(IncidentView view) {
        incident = view;
        found = true;
        title = view.title();
        kinds = view.kinds().stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
        people = view.people();
        discovered = LocalDateTime.ofInstant(view.discoveredAt(), settings.zone());
        unauthorisedAccess = view.unauthorisedAccess();
        gdpr = view.gdpr();
        accounts = String.join("\n", view.affectedAccounts());
    }

    /** A new incident starts from the ticket's subject, discovered now, GDPR as configured. */
    private void prepareFrom(TicketView view) {
        ticket = view;
        found = true;
        title = view.subject();
        discovered = LocalDateTime.ofInstant(clock.instant(), settings.zone()).truncatedTo(ChronoUnit.MINUTES);
        gdpr = settings.gdprDefault();
        if (!view.security()) {
            Faces.error("incidents.error.notSecurityTicket");
        }
    }

    private IncidentForm form() {
        return new IncidentForm(title, kinds, people, getDiscoveredInstant(), unauthorisedAccess, gdpr);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** The time of discovery as entered, as an instant, for showing it in UTC beside the field. */
    public Instant getDiscoveredInstant() {
        return discovered == null ? null : discovered.atZone(settings.zone()).toInstant();
    }

    public List<String> getAllKinds() {
        return Arrays.stream(LeakedData.values()).map(Enum::name).toList();
    }

    /** Whether the report for this deadline was recorded (the button to record it is then gone). */
    public boolean reported(String deadline) {
        return incident != null && incident.reports().containsKey(Deadline.valueOf(deadline));
    }

    public boolean isFound() {
        return found;
    }

    public IncidentView getIncident() {
        return incident;
    }

    public TicketView getTicket() {
        return ticket;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getTicketReference() {
        return ticketReference;
    }

    public void setTicketReference(String ticketReference) {
        this.ticketReference = ticketReference;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<String> getKinds() {
        return kinds;
    }

    public void setKinds(List<String> kinds) {
        this.kinds = kinds;
    }

    public Integer getPeople() {
        return people;
    }

    public void setPeople(Integer people) {
        this.people = people;
    }

    public LocalDateTime getDiscovered() {
        return discovered;
    }

    public void setDiscovered(LocalDateTime discovered) {
        this.discovered = discovered;
    }

    public boolean isUnauthorisedAccess() {
        return unauthorisedAccess;
    }

    public void setUnauthorisedAccess(boolean unauthorisedAccess) {
        this.unauthorisedAccess = unauthorisedAccess;
    }

    public boolean isGdpr() {
        return gdpr;
    }

    public void setGdpr(boolean gdpr) {
        this.gdpr = gdpr;
    }

    public String getLinkTicket() {
        return linkTicket;
    }

    public void setLinkTicket(String linkTicket) {
        this.linkTicket = linkTicket;
    }

    public String getAccounts() {
        return accounts;
    }

    public void setAccounts(String accounts) {
        this.accounts = accounts;
    }
}
