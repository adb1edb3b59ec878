package io.guarddesk.accounts.boundary.web;

import io.guarddesk.accounts.boundary.DirectoryImports;
import io.guarddesk.accounts.control.CsvText;
import io.guarddesk.accounts.control.ImportJob;
import io.guarddesk.platform.web.Faces;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;

/**
 * The admin's directory import: upload a CSV file, watch the progress bar, read the report of
 * rejected rows. The job runs in the background; the page polls it.
 */
@Named
@ViewScoped
public class AccountImportBean implements Serializable {

    @Inject
    DirectoryImports imports;

    private CsvText.Encoding encoding = CsvText.Encoding.AUTO;
    private String jobId;

    public void upload(FileUploadEvent event) {
        var context = FacesContext.getCurrentInstance();
        var admin = context.getExternalContext().getUserPrincipal().getName();
        imports.start(event.getFile().getContent(), encoding, admin, context.getViewRoot().getLocale())
                .ifPresentOrElse(job -> jobId = job.id(), () -> Faces.error("accounts.import.encoding"));
    }

    public ImportJob getJob() {
        if (jobId == null) {
            return null;
        }
        var admin = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
        return imports.find(jobId, admin).orElse(null);
    }

    public int getProgress() {
        var job = getJob();
        return job == null ? 0 : job.percent();
    }

    public boolean isRunning() {
        var job = getJob();
        return job != null && !job.finished();
    }

    public CsvText.Encoding[] getEncodings() {
        return CsvText.Encoding.values();
    }

    public CsvText.Encoding getEncoding() {
        return encoding;
    }

    public void setEncoding(CsvText.Encoding encoding) {
        this.encoding = encoding;
    }
}
