package io.guarddesk.routing.boundary;

import java.io.Serializable;

/**
 * An admin's rule as typed, from the API (JSON) or the admin page; checked by
 * {@link ClassifierRules}, which names every field to fix. {@code enabled} defaults to true.
 */
public class RuleInput implements Serializable {

    private String pattern;
    private String language;
    private String kind;
    private Boolean enabled;
    private String note;

    public RuleInput() {
    }

    public RuleInput(String pattern, String language, String kind, Boolean enabled, String note) {
        this.pattern = pattern;
        this.language = language;
        this.kind = kind;
        this.enabled = enabled;
        this.note = note;
    }

    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
