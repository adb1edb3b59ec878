package io.guarddesk.audit.boundary.web;

import io.guarddesk.audit.boundary.AuditLog;
import io.guarddesk.audit.control.AuditRow;
import io.guarddesk.audit.control.Verification;
import io.guarddesk.platform.web.Faces;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The admin's audit page (R6.2): verify the chain on demand, read the entries newest first, a page at a time. */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    /** UTC with seconds: an audit time is quoted exactly, whatever the desk's zone. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    AuditLog log;

    private final LazyDataModel<AuditRow> model = new LazyDataModel<>() {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, log.lastSeq());
        }

        @Override
        public List<AuditRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return log.newest(first, pageSize);
        }

        @Override
        public String getRowKey(AuditRow row) {
            return Long.toString(row.seq());
        }
    };

    public void verify() {
        var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        var result = log.verify(principal.getName());
        if (result instanceof Verification.Broken broken) {
            Faces.errorText(MessageFormat.format(Faces.text("audit.verify.broken"), Long.toString(broken.seq()),
                    broken.at() == null ? Faces.text("audit.unknown") : time(broken.at()),
                    broken.action() == null ? Faces.text("audit.unknown") : actionLabel(broken.action()),
                    Faces.text("audit.reason." + broken.reason().name()), Long.toString(broken.checked())));
        } else {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    MessageFormat.format(Faces.text("audit.verify.intact"), Long.toString(result.checked())), null));
        }
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    /** The action in the page's language; a value the desk does not know (a tampered row) is shown as it is. */
    public String actionLabel(String action) {
        var key = "audit.action." + action;
        var text = Faces.text(key);
        return text.equals(key) ? action : text;
    }

    public LazyDataModel<AuditRow> getModel() {
        return model;
    }
}
