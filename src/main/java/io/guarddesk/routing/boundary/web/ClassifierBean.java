package io.guarddesk.routing.boundary.web;

import io.guarddesk.platform.DeskException;
import io.guarddesk.platform.web.Faces;
import io.guarddesk.routing.boundary.ClassifierRules;
import io.guarddesk.routing.boundary.RuleInput;
import io.guarddesk.routing.control.Trial;
import io.guarddesk.routing.entity.RuleKind;
import io.guarddesk.routing.entity.RuleLanguage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.primefaces.event.RowEditEvent;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The admin's classifier page (R3.1): the rules with inline edit and enable/disable, a form for a
 * new rule, and a box to try a text against the rules in force.
 */
@Named
@ViewScoped
public class ClassifierBean implements Serializable {

    private static final Map<String, String> NEW_RULE_FIELDS = Map.of("pattern", "new-pattern", "language", "new-language",
            "kind", "new-kind", "note", "new-note");

    @Inject
    ClassifierRules rules;

    @Inject
    SecurityContext security;

    private List<RuleRow> rows;
    private RuleInput newRule = blankRule();
    private String trySubject;
    private String tryBody;
    private boolean tried;
    private boolean trialSecurity;
    private List<String> trialMatched = List.of();
    private List<String> trialSuppressedBy = List.of();

    @PostConstruct
    void load() {
        rows = rules.all().stream().map(RuleRow::of).toList();
    }

    public void add() {
        try {
            rules.add(newRule, admin(), locale());
            newRule = blankRule();
            Faces.info("classifier.added");
            load();
        } catch (DeskException e) {
            Faces.show(e, "classifier-add", NEW_RULE_FIELDS);
        }
    }

    /** A row edited inline; a refused change keeps the row open with the reason above the table. */
    public void save(RowEditEvent<RuleRow> event) {
        var row = event.getObject();
        try {
            rules.update(row.getId(), row.input(), admin(), locale());
            Faces.info("classifier.saved");
            load();
        } catch (DeskException e) {
            Faces.show(e, "classifier-rules");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void cancel(RowEditEvent<RuleRow> event) {
        load();
    }

    public void toggle(RuleRow row) {
        try {
            rules.setEnabled(row.getId(), !row.isEnabled(), admin(), locale());
            Faces.info(row.isEnabled() ? "classifier.disabledNow" : "classifier.enabledNow");
            load();
        } catch (DeskException e) {
            Faces.show(e, "classifier-rules");
        }
    }

    public void tryText() {
        Trial trial = rules.trial(trySubject, tryBody);
        tried = true;
        trialSecurity = trial.classification().security();
        trialMatched = List.copyOf(trial.classification().matchedRules());
        trialSuppressedBy = List.copyOf(trial.suppressedBy());
    }

    public List<RuleRow> getRows() {
        return rows;
    }

    public String[] getLanguages() {
        return java.util.Arrays.stream(RuleLanguage.values()).map(RuleLanguage::code).toArray(String[]::new);
    }

    public RuleKind[] getKinds() {
        return RuleKind.values();
    }

    public RuleInput getNewRule() {
        return newRule;
    }

    public String getTrySubject() {
        return trySubject;
    }

    public void setTrySubject(String trySubject) {
        this.trySubject = trySubject;
    }

    public String getTryBody() {
        return tryBody;
    }

    public void setTryBody(String tryBody) {
        this.tryBody = tryBody;
    }

    public boolean isTried() {
        return tried;
    }

    public boolean isTrialSecurity() {
        return trialSecurity;
    }

    public List<String> getTrialMatched() {
        return trialMatched;
    }

    public List<String> getTrialSuppressedBy() {
        return trialSuppressedBy;
    }

    private static RuleInput blankRule() {
        return new RuleInput(null, RuleLanguage.JA.code(), RuleKind.SIGNAL.name(), true, null);
    }

    private String admin() {
        return security.getCallerPrincipal().getName();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
