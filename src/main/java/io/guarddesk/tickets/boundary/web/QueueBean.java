package io.guarddesk.tickets.boundary.web;

import io.guarddesk.staff.boundary.StaffDirectory;
import io.guarddesk.staff.entity.StaffUser;
import io.guarddesk.platform.web.Faces;
import io.guarddesk.tickets.boundary.TicketQueue;
import io.guarddesk.tickets.boundary.Tickets;
import io.guarddesk.tickets.boundary.Viewers;
import io.guarddesk.tickets.control.QueueFilter;
import io.guarddesk.tickets.control.QueueOrder;
import io.guarddesk.tickets.control.QueueSearch;
import io.guarddesk.tickets.control.TicketSummary;
import io.guarddesk.tickets.entity.Category;
import io.guarddesk.tickets.entity.Reference;
import io.guarddesk.tickets.entity.TicketStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The agent queue: every page is fetched from the database on demand (server-side paging and sorting). */
@Named
@ViewScoped
public class QueueBean implements Serializable {

    @Inject
    TicketQueue queue;

    @Inject
    Tickets tickets;

    @Inject
    Viewers viewers;

    @Inject
    StaffDirectory staff;

    private String text;
    private TicketStatus status;
    private Category category;
    private String assignee;
    private Integer olderThanHours;
    private boolean exact = true;
    private transient List<StaffUser> workers;

    private final LazyDataModel<TicketSummary> model = new LazyDataModel<>() {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            var count = queue.count(filter(), viewers.current());
            exact = count.exact();
            return (int) count.value();
        }

        @Override
        public List<TicketSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var sort = sortBy.values().stream().findFirst();
            var order = sort.flatMap(s -> QueueOrder.parse(s.getField())).orElse(QueueOrder.UPDATED);
            boolean ascending = sort.map(s -> s.getOrder() == SortOrder.ASCENDING).orElse(false);
            return queue.rows(filter(), viewers.current(), order, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(TicketSummary row) {
            return row.reference();
        }
    };

    /**
     * A reference the agent may not open in the queue is still found: the page says who has it
     * (R1.8). Text too short to search says so instead of showing an empty queue.
     */
    public void apply() {
        if (QueueSearch.of(text).orElse(null) instanceof QueueSearch.Unsearchable) {
            Faces.info("queue.search.unsearchable");
            return;
        }
        if (text == null || Reference.parse(text).isEmpty()) {
            return;
        }
        tickets.lookup(text, viewers.current())
                .filter(found -> found.where() != Tickets.Lookup.Where.QUEUE)
                .ifPresent(found -> {
                    if (found.handTo() != null) {
                        Faces.info("queue.lookup.SECURITY_TEAM.handTo", found.handTo());
                    } else {
                        Faces.info("queue.lookup." + found.where().name());
                    }
                });
    }

    QueueFilter filter() {
        return new QueueFilter(status == null ? Set.of() : Set.of(status), Optional.ofNullable(category),
                Optional.ofNullable(assignee), Optional.ofNullable(olderThanHours).map(Duration::ofHours),
                Optional.ofNullable(text));
    }

    /** False when more tickets match than the queue counts; the page then says "or more". */
    public boolean isExact() {
        return exact;
    }

    public LazyDataModel<TicketSummary> getModel() {
        return model;
    }

    public List<TicketStatus> getStatuses() {
        return Arrays.stream(TicketStatus.values()).filter(TicketStatus::inQueue).toList();
    }

    public List<Category> getCategories() {
        return List.of(Category.values());
    }

    /** Read once per view: the page asks for the list several times while it renders. */
    public List<StaffUser> getWorkers() {
        if (workers == null) {
            workers = staff.ticketWorkers();
        }
        return workers;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public void setStatus(TicketStatus status) {
        this.status = status;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public Integer getOlderThanHours() {
        return olderThanHours;
    }

    public void setOlderThanHours(Integer olderThanHours) {
        this.olderThanHours = olderThanHours;
    }
}
