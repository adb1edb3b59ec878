package io.guarddesk.platform.web;

import io.guarddesk.platform.DeskException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

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

    public static void error(String key) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key));
    }

    public static void error(String clientId, String text) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text);
    }

    /**
     * A feature's refusal, shown next to the fields it names or at the top; the bundle's wording
     * ({@code error.<ExceptionName>}) wins over the exception's English text where it exists.
     */
    public static void show(DeskException e, String formId) {
        if (!e.fieldErrors().isEmpty()) {
            var root = FacesContext.getCurrentInstance().getViewRoot();
            e.fieldErrors().forEach(f -> {
                var clientId = formId + ":" + f.field();
                add(root.findComponent(clientId) == null ? null : clientId, FacesMessage.SEVERITY_ERROR, f.message());
            });
            return;
        }
        var key = "error." + e.getClass().getSimpleName();
        var text = text(key);
        add(null, FacesMessage.SEVERITY_ERROR, text.equals(key) ? e.getMessage() : text);
    }

    public static void keepMessagesOverRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
