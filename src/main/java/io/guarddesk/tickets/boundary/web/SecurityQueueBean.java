package io.guarddesk.tickets.boundary.web;

import io.guarddesk.tickets.boundary.TicketQueue;
import io.guarddesk.tickets.boundary.Viewers;
import io.guarddesk.tickets.control.QueueFilter;
import io.guarddesk.tickets.control.QueueOrder;
import io.guarddesk.tickets.control.TicketSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The supervisor queue (R3.2): security tickets only, the nearest acknowledgement deadline first
 * (R3.3), read page by page from the database like the agent queue.
 */
@Named
@ViewScoped
public class SecurityQueueBean implements Serializable {

    @Inject
    TicketQueue queue;

    @Inject
    Viewers viewers;

    @Inject
    Clock clock;

    private final LazyDataModel<TicketSummary> model = new LazyDataModel<>() {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queue.count(filter(), viewers.current()).value();
        }

        @Override
        public List<TicketSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var sort = sortBy.values().stream().findFirst();
            var order = sort.flatMap(s -> QueueOrder.parse(s.getField())).orElse(QueueOrder.ACKNOWLEDGE_BY);
            boolean ascending = sort.map(s -> s.getOrder() == SortOrder.ASCENDING).orElse(true);
            return queue.rows(filter(), viewers.current(), order, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(TicketSummary row) {
            return row.reference();
        }
    };

    private static QueueFilter filter() {
        return QueueFilter.everything().securityOnly();
    }

    public boolean overdue(TicketSummary row) {
        return row.overdueAt(clock.instant());
    }

    public LazyDataModel<TicketSummary> getModel() {
        return model;
    }
}
