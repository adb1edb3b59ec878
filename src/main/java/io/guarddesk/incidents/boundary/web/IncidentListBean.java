package io.guarddesk.incidents.boundary.web;

import io.guarddesk.incidents.boundary.Incidents;
import io.guarddesk.incidents.control.IncidentClocks;
import io.guarddesk.incidents.entity.Deadline;
import io.guarddesk.tickets.boundary.Viewers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.List;

/** The supervisors' list of open incidents with their clocks, read once per request (the page polls). */
@Named
@RequestScoped
public class IncidentListBean {

    @Inject
    Incidents incidents;

    @Inject
    Viewers viewers;

    private List<IncidentClocks> open;

    /** The column heads, in the order of every incident's clocks. */
    public List<String> getDeadlines() {
        return Arrays.stream(Deadline.values()).map(Enum::name).toList();
    }

    public List<IncidentClocks> getOpen() {
        if (open == null) {
            open = incidents.openIncidents(viewers.current());
        }
        return open;
    }
}
