package io.guarddesk.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * One rule of the security classifier (R3.1), as an admin edits it. Rules are never deleted, only
 * disabled: the table then also tells which patterns were tried and why they were turned off.
 */
@Entity
@Table(name = "classifier_rule")
@NamedQuery(name = ClassifierRule.ALL, query = "SELECT r FROM ClassifierRule r ORDER BY r.id")
public class ClassifierRule {

    public static final String ALL = "ClassifierRule.all";
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "classifier_rule_seq")
    @SequenceGenerator(name = "classifier_rule_seq", sequenceName = "classifier_rule_seq", allocationSize = 50)
    private Long id;

    private String pattern;

    @Enumerated(EnumType.STRING)
    @Column(name = "lang")
    private RuleLanguage language;

    @Enumerated(EnumType.STRING)
    private RuleKind kind;

    private boolean enabled;

    private String note;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private long version;

    protected ClassifierRule() {
    }

    public ClassifierRule(String pattern, RuleLanguage language, RuleKind kind, boolean enabled, String note, String by, Instant now) {
        this.createdAt = now;
        change(pattern, language, kind, enabled, note, by, now);
    }

    public void change(String pattern, RuleLanguage language, RuleKind kind, boolean enabled, String note, String by, Instant now) {
        this.pattern = pattern;
        this.language = language;
        this.kind = kind;
        this.enabled = enabled;
        this.note = note;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getPattern() {
        return pattern;
    }

    public RuleLanguage getLanguage() {
        return language;
    }

    public RuleKind getKind() {
        return kind;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
