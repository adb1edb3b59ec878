package io.guarddesk.accounts.boundary;

import io.guarddesk.accounts.control.AccountFile;
import io.guarddesk.accounts.control.CsvText;
import io.guarddesk.accounts.control.ImportJob;
import io.guarddesk.platform.Failures;
import io.guarddesk.platform.Secrets;
import io.guarddesk.platform.Validation;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Directory imports running in the background while the admin watches a progress bar. The job
 * lives on the instance that took the upload (the admin's session stays there); the data, once
 * written, is everyone's. The last few jobs are kept so a reload of the page still shows the report.
 */
@ApplicationScoped
public class DirectoryImports {

    private static final Logger LOG = Logger.getLogger(DirectoryImports.class.getName());
    private static final int KEEP = 20;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    Directory directory;

    @Inject
    Validation validation;

    private final Map<String, ImportJob> jobs = new LinkedHashMap<>(KEEP, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImportJob> eldest) {
            return size() > KEEP;
        }
    };

    /**
     * Starts importing {@code bytes}; answers empty when they are not text in the given encoding,
     * so nothing starts on a file that would import as mojibake.
     */
    public Optional<ImportJob> start(byte[] bytes, CsvText.Encoding encoding, String admin, Locale locale) {
        var text = CsvText.decode(bytes, encoding);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        var job = new ImportJob(Secrets.random(12), admin);
        synchronized (jobs) {
            jobs.put(job.id(), job);
        }
        executor.submit(() -> run(job, text.get(), locale));
        return Optional.of(job);
    }

    /** Runs the import in the caller's thread, for the API, which answers with the report. */
    public ImportJob runNow(String text, String admin, Locale locale) {
        var job = new ImportJob(Secrets.random(12), admin);
        run(job, text, locale);
        return job;
    }

    /** A job of {@code admin}'s; another admin's job id answers as unknown. */
    public Optional<ImportJob> find(String id, String admin) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner().equals(admin));
        }
    }

    private void run(ImportJob job, String text, Locale locale) {
        try {
            var parsed = AccountFile.read(text, validation.validator(locale), job::reading);
            if (!parsed.importable()) {
                job.rejected(parsed.rows().isEmpty() && parsed.rejections().isEmpty()
                        ? List.of(new AccountFile.Rejection(1, "", "The file has a header but no accounts."))
                        : parsed.rejections());
                return;
            }
            job.writing(parsed.rows().size());
            job.done(directory.importAll(parsed.rows(), job));
        } catch (RuntimeException e) {
            // the type only: a message may quote a row (R4.3)
            LOG.warning(() -> "Directory import " + job.id() + " failed with " + Failures.describe(e) + "; nothing was imported");
            job.failed(e.getClass().getSimpleName());
        }
    }
}
