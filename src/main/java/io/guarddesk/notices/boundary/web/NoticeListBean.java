package io.guarddesk.notices.boundary.web;

import io.guarddesk.notices.boundary.Notices;
import io.guarddesk.notices.control.NoticeView;
import io.guarddesk.tickets.boundary.Viewers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The notices list, and an incident's notices on its page (R5: when they went out, to how many). */
@Named
@RequestScoped
public class NoticeListBean {

    @Inject
    Notices notices;

    @Inject
    Viewers viewers;

    private List<NoticeView> all;

    public List<NoticeView> getAll() {
        if (all == null) {
            all = notices.all(viewers.current());
        }
        return all;
    }

    public List<NoticeView> ofIncident(String incidentReference) {
        return notices.ofIncident(incidentReference, viewers.current());
    }
}
