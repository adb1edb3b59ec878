package io.guarddesk.routing.boundary.web;

import io.guarddesk.routing.boundary.RuleInput;
import io.guarddesk.routing.entity.ClassifierRule;

import java.io.Serializable;
import java.time.Instant;

/** One rule in the admin's table, editable in place; becomes a {@link RuleInput} when saved. */
public class RuleRow implements Serializable {

    private long id;
    private String pattern;
    private String language;
    private String kind;
    private boolean enabled;
    private String note;
    private Instant updatedAt;
    private String updatedBy;

    static RuleRow of(ClassifierRule rule) {
        var row = new RuleRow();
        row.id = rule.getId();
        row.pattern = rule.getPattern();
        row.language = rule.getLanguage().code();
        row.kind = rule.getKind().name();
        row.enabled = rule.isEnabled();
        row.note = rule.getNote();
        row.updatedAt = rule.getUpdatedAt();
        row.updatedBy = rule.getUpdatedBy();
        return row;
    }

    RuleInput input() {
        return new RuleInput(pattern, language, kind, enabled, note);
    }

    public long getId() {
        return id;
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

    public boolean isEnabled() {
        return enabled;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
