package io.guarddesk.routing.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row every change to the classifier rules locks and counts up; instances compare it with
 * the version of the rules they compiled (R3.1, several instances share one database).
 */
@Entity
@Table(name = "classifier_rules_version")
public class ClassifierRulesVersion {

    public static final int ID = 1;

    @Id
    private int id;

    private long version;

    protected ClassifierRulesVersion() {
    }

    public long next() {
        return ++version;
    }

    public long current() {
        return version;
    }
}
