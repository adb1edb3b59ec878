package io.guarddesk.routing.boundary.api;

import io.guarddesk.platform.InvalidInputException;
import io.guarddesk.platform.rest.Languages;
import io.guarddesk.routing.boundary.ClassifierRules;
import io.guarddesk.routing.boundary.RuleInput;
import io.guarddesk.routing.control.Trial;
import io.guarddesk.routing.entity.ClassifierRule;
import io.guarddesk.staff.entity.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/**
 * The security classifier's rules (R3.1), for admins: list, add, change or disable a rule, and try
 * a text. Rules are never deleted; a change reaches every instance within a few seconds.
 */
@Path("admin/classifier-rules")
@RequestScoped
@RolesAllowed(RoleNames.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "classifier", description = "Admin: the rules that tag a ticket as a security matter")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class ClassifierRulesResource {

    static final String RULE_FIELDS = "Fields: pattern (phrases, not a regular expression: (a|b) either, (a|) optional, "
            + "hack* any word ending, \"x ... y\" y within 24 characters of x in the same sentence; case, width and spaces "
            + "next to Japanese do not matter; at most 500 characters), language (ja, en, any), kind (SIGNAL tags the ticket; "
            + "SUPPRESS explains away a signal it overlaps, e.g. \"forgot my password\"), enabled (default true), note.";
    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 20_000;

    @Inject
    ClassifierRules rules;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "All classifier rules, enabled or not, oldest first")
    public List<RuleView> all() {
        return rules.all().stream().map(RuleView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a rule", description = RULE_FIELDS + " 201 with the rule; 400 names each field to fix.")
    public Response add(RuleInput input) {
        var added = rules.add(required(input), admin(), Languages.preferred(headers));
        return Response.status(201).entity(RuleView.of(added)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a rule (all fields; enabled=false disables it)", description = RULE_FIELDS + " 404 for an unknown id.")
    public RuleView update(@PathParam("id") long id, RuleInput input) {
        return RuleView.of(rules.update(id, required(input), admin(), Languages.preferred(headers)));
    }

    @POST
    @Path("test")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Try a text against the current rules", description = "Body: {subject, body}. Answers whether the text "
            + "would be tagged as a security matter, the patterns of the rules that fired, and the suppressing rules that "
            + "explained a signal away. Nothing is stored.")
    public TrialView test(TrialRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "Send {\"subject\": ..., \"body\": ...} as a JSON object.");
        }
        if (request.subject() != null && request.subject().length() > MAX_SUBJECT) {
            throw new InvalidInputException("subject", "Shorten the subject to at most " + MAX_SUBJECT + " characters, as on the form.");
        }
        if (request.body() != null && request.body().length() > MAX_BODY) {
            throw new InvalidInputException("body", "Shorten the body to at most " + MAX_BODY + " characters, as on the form.");
        }
        return TrialView.of(rules.trial(request.subject(), request.body()));
    }

    private static RuleInput required(RuleInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "Send the rule as a JSON object. " + RULE_FIELDS);
        }
        return input;
    }

    private String admin() {
        return security.getUserPrincipal().getName();
    }

    public record RuleView(long id, String pattern, String language, String kind, boolean enabled, String note, Instant updatedAt,
                           String updatedBy) {

        static RuleView of(ClassifierRule rule) {
            return new RuleView(rule.getId(), rule.getPattern(), rule.getLanguage().code(), rule.getKind().name(), rule.isEnabled(),
                    rule.getNote(), rule.getUpdatedAt(), rule.getUpdatedBy());
        }
    }

    public record TrialRequest(String subject, String body) {
    }

    public record TrialView(boolean security, List<String> matchedRules, List<String> suppressedBy) {

        static TrialView of(Trial trial) {
            return new TrialView(trial.classification().security(), trial.classification().matchedRules(), trial.suppressedBy());
        }
    }
}
