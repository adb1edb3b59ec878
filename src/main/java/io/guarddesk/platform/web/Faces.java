package io.guarddesk.platform.web;

import io.guarddesk.platform.DeskException;
import io.guarddesk.platform.TooManyRequestsException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Messages for pages, in the page's language, from the {@code messages} bundle. */
public final class Faces {

    private Faces() {
    }

    public static String text(String key) {
        var context = FacesContext.getCurrentInstance();
        var bundle = ResourceBundle.getBundle("io.guarddesk.messages", context.getViewRoot().getLocale());
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static void info(String key) {
        add(null, FacesMessage.SEVERITY_INFO, text(key));
    }

    /** An information with its {0} filled in by a value (a name, a reference), not by markup. */
    public static void info(String key, String value) {
        add(null, FacesMessage.SEVERITY_INFO, text(key).replace("{0}", value));
    }

    public static void error(String key) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key));
    }

    /** An error whose text the caller composed from bundle texts. */
    public static void errorText(String text) {
        add(null, FacesMessage.SEVERITY_ERROR, text);
    }

    /**
     * A feature's refusal, shown next to the fields it names or at the top; the bundle's wording
     * ({@code error.<ExceptionName>}) wins over the exception's English text where it exists.
     */
    public static void show(DeskException e, String formId) {
        show(e, formId, Map.of());
    }

    /** As {@link #show(DeskException, String)}, where the page's component ids differ from the field names. */
    public static void show(DeskException e, String formId, Map<String, String> componentOfField) {
        if (!e.fieldErrors().isEmpty()) {
            var root = FacesContext.getCurrentInstance().getViewRoot();
            e.fieldErrors().forEach(f -> {
                var clientId = formId + ":" + componentOfField.getOrDefault(f.field(), f.field());
                add(root.findComponent(clientId) == null ? null : clientId, FacesMessage.SEVERITY_ERROR, f.message());
            });
            return;
        }
        var key = "error." + e.getClass().getSimpleName();
        var text = text(key);
        add(null, FacesMessage.SEVERITY_ERROR, text.equals(key) ? e.getMessage() : text);
    }

    /**
     * A refusal shown on the page; a rate limit also answers 429 with Retry-After, so the
     * browser, a proxy or a script sees the same status as on the API.
     */
    public static void refuse(DeskException e, String formId, Map<String, String> componentOfField) {
        if (e instanceof TooManyRequestsException tooMany) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.setResponseStatus(429);
            external.setResponseHeader("Retry-After", Long.toString(Math.max(1, tooMany.retryAfter().toSeconds())));
        }
        show(e, formId, componentOfField);
    }

    public static void keepMessagesOverRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
