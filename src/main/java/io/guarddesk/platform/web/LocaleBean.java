package io.guarddesk.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language of the pages: the browser's preference until the user picks one (?lang=ja or
 * ?lang=en on any page, or the switch in the header), then that choice for the session.
 */
@Named("language")
@SessionScoped
public class LocaleBean implements Serializable {

    static final List<String> SUPPORTED = List.of("ja", "en");
    /** The zone times are shown in: the desk's, not the browser's, so staff and customers quote the same time. */
    public static final String ZONE = System.getenv().getOrDefault("GUARDDESK_TIME_ZONE", "Asia/Tokyo");

    private Locale chosen;

    public Locale getLocale() {
        var context = FacesContext.getCurrentInstance();
        var requested = context.getExternalContext().getRequestParameterMap().get("lang");
        if (requested != null && SUPPORTED.contains(requested)) {
            chosen = Locale.forLanguageTag(requested);
        }
        if (chosen != null) {
            return chosen;
        }
        var browser = context.getApplication().getViewHandler().calculateLocale(context);
        return SUPPORTED.contains(browser.getLanguage()) ? Locale.forLanguageTag(browser.getLanguage()) : Locale.ENGLISH;
    }

    public String getTag() {
        return getLocale().getLanguage();
    }

    public boolean isJapanese() {
        return "ja".equals(getTag());
    }
}
